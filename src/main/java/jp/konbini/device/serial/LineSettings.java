package jp.konbini.device.serial;

/** How a serial line is clocked and framed, as a device profile in {@code drivers/} states it. */
public record LineSettings(int baud, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {

    public enum Parity { NONE, EVEN, ODD }

    public enum StopBits { ONE, TWO }

    public enum FlowControl { NONE, RTS_CTS, XON_XOFF }

    public LineSettings {
        if (baud <= 0) {
            throw new IllegalArgumentException("baud must be positive: " + baud);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8: " + dataBits);
        }
    }

    /** Bits on the wire per byte: start bit, data bits, parity bit if any, stop bits. */
    public int bitsPerByte() {
        return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + (stopBits == StopBits.ONE ? 1 : 2);
    }

    /** How long {@code bytes} take on the wire at this line's speed, in nanoseconds. */
    public long wireNanos(int bytes) {
        return (long) bytes * bitsPerByte() * 1_000_000_000L / baud;
    }

    /** The same line with another parity (pseudo-terminals cannot carry a parity bit). */
    public LineSettings withParity(Parity newParity) {
        return new LineSettings(baud, dataBits, newParity, stopBits, flowControl);
    }

    @Override
    public String toString() {
        return baud + " " + dataBits + parity.name().charAt(0) + (stopBits == StopBits.ONE ? "1" : "2")
                + (flowControl == FlowControl.NONE ? "" : " " + flowControl);
    }
}
