package jp.konbini.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.time.Duration;

/**
 * A {@link SerialLink} on a real (or pseudo-terminal) serial port through jSerialComm: the only
 * class in the project that touches jSerialComm.
 */
public final class JSerialCommLink implements SerialLink {

    /** Keeps jSerialComm's native library in a folder of its own, away from other programs' versions. */
    static final String APP_ID_PROPERTY = "fazecast.jSerialComm.appid";
    private static final int READ_SLICE_MILLIS = 20;

    static {
        if (System.getProperty(APP_ID_PROPERTY) == null) {
            System.setProperty(APP_ID_PROPERTY, "konbini-kiosk");
        }
    }

    private final SerialPort port;
    private final String name;

    private JSerialCommLink(SerialPort port, String name) {
        this.port = port;
        this.name = name;
    }

    /**
     * Opens the port named by {@code spec} with {@code settings}. The line settings are applied
     * before opening (a pseudo-terminal refuses a parity change once open).
     *
     * @throws SerialLinkException when the port does not exist or cannot be opened
     */
    public static JSerialCommLink open(SerialPortSpec spec, LineSettings settings) {
        SerialPort port = find(spec);
        port.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(settings), parity(settings));
        port.setFlowControl(flowControl(settings));
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, READ_SLICE_MILLIS, 0);
        if (!port.openPort()) {
            throw new SerialLinkException("cannot open serial port " + port.getSystemPortPath()
                    + " (error " + port.getLastErrorCode() + " at " + port.getLastErrorLocation() + ")");
        }
        return new JSerialCommLink(port, port.getSystemPortPath() + " " + settings);
    }

    private static SerialPort find(SerialPortSpec spec) {
        if (spec.usbSerialNumber().isPresent()) {
            for (SerialPort candidate : SerialPort.getCommPorts()) {
                if (spec.usbSerialNumber().get().equals(candidate.getSerialNumber())) {
                    return candidate;
                }
            }
        }
        try {
            return SerialPort.getCommPort(spec.path());
        } catch (RuntimeException e) {
            throw new SerialLinkException("no serial port at " + spec.path(), e);
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isOpen() {
        return port.isOpen();
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            int available = port.bytesAvailable();
            if (available < 0) {
                throw new SerialLinkException("serial port " + name + " was lost (bytesAvailable returned " + available + ")");
            }
            // The semi-blocking timeout is termios VTIME on Linux, in tenths of a second: asked not to wait, a
            // read would block ~100 ms with nothing to read, twice per exchange (decision 0047).
            if (available == 0 && timeout.isZero()) {
                return 0;
            }
            int n = port.readBytes(buffer, available == 0 ? length : Math.min(length, available), offset);
            if (n < 0) {
                throw new SerialLinkException("serial port " + name + " was lost (read returned " + n + ")");
            }
            if (n > 0) {
                return n;
            }
        } while (System.nanoTime() < deadline);
        return 0;
    }

    @Override
    public void write(byte[] bytes) {
        int written = 0;
        while (written < bytes.length) {
            int n = port.writeBytes(bytes, bytes.length - written, written);
            if (n < 0) {
                throw new SerialLinkException("serial port " + name + " was lost (write returned " + n + ")");
            }
            written += n;
        }
    }

    /**
     * Reads and drops what has arrived. Not {@code flushIOBuffers()}: that is TCIOFLUSH, which also
     * throws away output not yet transmitted, such as the ACK of a VEND VALID written just before.
     */
    @Override
    public void discardInput() {
        byte[] sink = new byte[256];
        int available;
        while ((available = port.bytesAvailable()) != 0) {
            if (available < 0) {
                throw new SerialLinkException("serial port " + name + " was lost (bytesAvailable returned " + available + ")");
            }
            if (port.readBytes(sink, Math.min(available, sink.length)) < 0) {
                throw new SerialLinkException("serial port " + name + " was lost while discarding input");
            }
        }
    }

    @Override
    public void close() {
        port.closePort();
    }

    private static int stopBits(LineSettings s) {
        return s.stopBits() == LineSettings.StopBits.ONE ? SerialPort.ONE_STOP_BIT : SerialPort.TWO_STOP_BITS;
    }

    private static int parity(LineSettings s) {
        return switch (s.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
        };
    }

    private static int flowControl(LineSettings s) {
        return switch (s.flowControl()) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
