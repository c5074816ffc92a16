package jp.konbini.device.printer.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.serial.LineSettings;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialLinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated ESC/POS receipt printer on the device end of a serial link. Two threads, as in a
 * real printer: the <em>wire</em> thread takes bytes at the line's speed into a bounded receive
 * buffer, answers real-time commands ({@code DLE EOT n}, {@code DLE DC4 8}, {@code DLE ENQ n}) the
 * moment their bytes arrive, wherever they are in the stream, and sends XOFF when the buffer is
 * nearly full (XON once it has room again); the <em>engine</em> thread executes the buffer at the
 * head's speed and puts what it prints on the {@link #paper()}. Paper end and an open cover stop
 * the engine and take the printer offline; the rest of a job waits in the buffer and comes out
 * after recovery, as on real printers (hence the driver's reprint of the whole receipt).
 */
public final class PrinterSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PrinterSimulator.class);
    /** XOFF at ≤ 16 bytes free, XON again at ≥ 26 (TM-T88 thresholds, reference §2.3). */
    static final int BUSY_FREE = 16;
    static final int READY_FREE = 26;
    private static final byte[] CLEAR_PATTERN = {0x10, 0x14, 8, 1, 3, 20, 1, 6, 2, 8};

    private final SerialLink link;
    private final CapabilityProfile profile;
    private final SimulatorOptions options;
    private final SimulatedPaper paper = new SimulatedPaper();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final byte[] buffer;
    private int head;
    private int count;
    private long dropped;
    private long received;
    private final List<String> problems = new ArrayList<>();

    // Printer state (guarded by lock).
    private boolean coverOpen;
    private boolean paperNearEnd;
    private boolean paperOut;
    private boolean forcedOffline;
    private boolean cutterError;
    private boolean answering = true;
    private boolean holding;
    private long paperLeftDots = Long.MAX_VALUE;
    private boolean clearRequested;
    private volatile boolean running = true;

    private final EscPosParser parser;
    private final Thread wire;
    private final Thread engine;

    private PrinterSimulator(SerialLink link, CapabilityProfile profile, SimulatorOptions options) {
        this.link = link;
        this.profile = profile;
        this.options = options;
        this.buffer = new byte[options.receiveBufferBytes()];
        this.parser = new EscPosParser(new Printed(), profile.lineSpacingDots());
        this.wire = new Thread(this::wireLoop, "printer-sim-wire");
        this.engine = new Thread(this::engineLoop, "printer-sim-engine");
        wire.setDaemon(true);
        engine.setDaemon(true);
    }

    /** Starts a simulator of {@code profile}'s printer on {@code link} (its device end). */
    public static PrinterSimulator start(SerialLink link, CapabilityProfile profile, SimulatorOptions options) {
        PrinterSimulator sim = new PrinterSimulator(link, profile, options);
        sim.wire.start();
        sim.engine.start();
        return sim;
    }

    public SimulatedPaper paper() {
        return paper;
    }

    public CapabilityProfile profile() {
        return profile;
    }

    /** Commands a real printer would ignore or mangle (strict mode); a correct driver causes none. */
    public List<String> problems() {
        lock.lock();
        try {
            return List.copyOf(problems);
        } finally {
            lock.unlock();
        }
    }

    /** Bytes that arrived while the buffer was full and were lost (only without flow control). */
    public long droppedBytes() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    public long receivedBytes() {
        lock.lock();
        try {
            return received;
        } finally {
            lock.unlock();
        }
    }

    // ---- faults a test or a technician sets ----

    public void setPaperNearEnd(boolean nearEnd) {
        update(() -> paperNearEnd = nearEnd);
    }

    /** The roll runs out now. */
    public void paperOut() {
        update(() -> {
            paperOut = true;
            paperLeftDots = 0;
        });
    }

    /** The roll runs out after {@code lines} more text lines' worth of paper (in the middle of a job). */
    public void paperOutAfterLines(int lines) {
        update(() -> paperLeftDots = (long) lines * profile.lineSpacingDots());
    }

    /**
     * Staff load a new roll and close the cover: the printer comes back online by itself. The
     * half receipt at the end of the old roll goes with it ({@link SimulatedPaper#removedWithRoll()}).
     */
    public void reloadPaper() {
        paper.rollChanged();
        update(() -> {
            paperOut = false;
            paperNearEnd = false;
            paperLeftDots = Long.MAX_VALUE;
        });
    }

    public void setCoverOpen(boolean open) {
        update(() -> coverOpen = open);
    }

    /** Offline for another reason (e.g. the feed button held). */
    public void setOffline(boolean offline) {
        update(() -> forcedOffline = offline);
    }

    public void setCutterError(boolean error) {
        update(() -> cutterError = error);
    }

    /** When false the printer is dead to the host: it takes no bytes and answers nothing (unplugged, powered off). */
    public void setAnswering(boolean on) {
        update(() -> answering = on);
    }

    private void update(Runnable change) {
        lock.lock();
        try {
            change.run();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean offline() {
        return coverOpen || paperOut || forcedOffline || cutterError;
    }

    // ---- the wire ----

    private void wireLoop() {
        LineSettings line = profile.line();
        double bytesPerNano = (double) line.baud() / line.bitsPerByte() / 1e9;
        double burst = Math.max(1, Math.min(64, line.baud() / line.bitsPerByte() / 50.0));
        double tokens = 0;
        long last = System.nanoTime();
        byte[] in = new byte[256];
        RealTimeScanner scanner = new RealTimeScanner();
        try {
            while (running) {
                if (!waitUntilTaking()) {
                    continue;
                }
                int max = in.length;
                if (options.paceAtBaud()) {
                    long now = System.nanoTime();
                    tokens = Math.min(burst, tokens + (now - last) * bytesPerNano);
                    last = now;
                    if (tokens < 1) {
                        java.util.concurrent.locks.LockSupport.parkNanos((long) ((1 - tokens) / bytesPerNano));
                        continue;
                    }
                    max = (int) Math.min(max, tokens);
                }
                if (profile.line().flowControl() != LineSettings.FlowControl.NONE) {
                    max = Math.max(1, Math.min(max, freeBeyondBusy()));
                }
                int n = link.read(in, 0, max, Duration.ofMillis(20));
                if (n <= 0) {
                    last = System.nanoTime();
                    tokens = 0;
                    continue;
                }
                tokens -= n;
                for (int i = 0; i < n; i++) {
                    arrived(in[i] & 0xFF, scanner);
                }
            }
        } catch (SerialLinkException e) {
            if (running) {
                LOG.info("printer simulator line closed: {}", e.getMessage());
            }
        }
    }

    /** Blocks while the printer takes nothing (dead, or holding after XOFF); false to re-check running. */
    private boolean waitUntilTaking() {
        lock.lock();
        try {
            if (!answering || holding) {
                changed.await(50, TimeUnit.MILLISECONDS);
                return false;
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        } finally {
            lock.unlock();
        }
    }

    private int freeBeyondBusy() {
        lock.lock();
        try {
            return buffer.length - count - BUSY_FREE + 1;
        } finally {
            lock.unlock();
        }
    }

    /** One byte off the wire: real-time commands act now; the byte goes into the buffer (or is lost if full). */
    private void arrived(int b, RealTimeScanner scanner) {
        int realTime = scanner.next(b);
        lock.lock();
        try {
            received++;
            if (count == buffer.length) {
                dropped++;
            } else {
                buffer[(head + count) % buffer.length] = (byte) b;
                count++;
            }
            if (realTime == RealTimeScanner.CLEAR) {
                count = 0;
                clearRequested = true;
            }
            if (profile.line().flowControl() != LineSettings.FlowControl.NONE && !holding && buffer.length - count <= BUSY_FREE) {
                holding = true;
                send(new byte[] {0x13});
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (realTime >= 1 && realTime <= 4) {
            send(new byte[] {(byte) statusByte(realTime)});
        } else if (realTime == RealTimeScanner.CLEAR) {
            send(new byte[] {0x37, 0x25, 0x00});
        } else if (realTime == RealTimeScanner.RECOVER) {
            update(() -> cutterError = false);
        }
    }

    /** The {@code DLE EOT n} reply from the current state (fixed bits 0x12; reference §1.9). */
    private int statusByte(int n) {
        lock.lock();
        try {
            int s = 0x12;
            switch (n) {
                case 1 -> s |= offline() ? 0x08 : 0;
                case 2 -> s |= (coverOpen ? 0x04 : 0) | (paperOut ? 0x20 : 0) | (cutterError ? 0x40 : 0);
                case 3 -> s |= cutterError ? 0x08 : 0;
                default -> s |= (paperNearEnd || paperOut ? 0x0C : 0) | (paperOut ? 0x60 : 0);
            }
            return s;
        } finally {
            lock.unlock();
        }
    }

    private void send(byte[] bytes) {
        writeLock.lock();
        try {
            link.write(bytes);
        } catch (SerialLinkException e) {
            LOG.debug("printer simulator could not answer: {}", e.getMessage());
        } finally {
            writeLock.unlock();
        }
    }

    // ---- the engine ----

    private void engineLoop() {
        try {
            while (running) {
                int b = take();
                if (b >= 0) {
                    parser.accept(b);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next byte to execute; waits while the buffer is empty. Returns -1 after a buffer clear. */
    private int take() throws InterruptedException {
        lock.lock();
        try {
            while (running && count == 0 && !clearRequested) {
                changed.await(50, TimeUnit.MILLISECONDS);
            }
            if (clearRequested) {
                clearRequested = false;
                parser.clear();
                releaseHold();
                return -1;
            }
            if (!running) {
                return -1;
            }
            int b = buffer[head] & 0xFF;
            head = (head + 1) % buffer.length;
            count--;
            releaseHold();
            return b;
        } finally {
            lock.unlock();
        }
    }

    private void releaseHold() {
        if (holding && buffer.length - count >= READY_FREE) {
            holding = false;
            send(new byte[] {0x11});
            changed.signalAll();
        }
    }

    /** Paper moves: waits while offline, spends the head's time, and runs out where the roll ends. */
    private void advance(int dots) throws InterruptedException {
        if (dots <= 0) {
            return;
        }
        lock.lock();
        try {
            while (running && offline() && !clearRequested) {
                changed.await(50, TimeUnit.MILLISECONDS);
            }
        } finally {
            lock.unlock();
        }
        if (options.printSpeedMmPerSecond() > 0) {
            long nanos = (long) (dots / profile.dotsPerMm() / options.printSpeedMmPerSecond() * 1e9);
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
        lock.lock();
        try {
            if (paperLeftDots != Long.MAX_VALUE) {
                paperLeftDots -= dots;
                if (paperLeftDots <= 0) {
                    paperOut = true;
                    changed.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** What the parser prints goes on the paper after the head has moved it. */
    private final class Printed implements EscPosParser.Listener {
        @Override
        public void printed(PaperItem item, int advanceDots) {
            try {
                lock.lock();
                try {
                    while (running && offline() && !clearRequested) {
                        changed.await(50, TimeUnit.MILLISECONDS);
                    }
                    if (clearRequested) {
                        return;
                    }
                } finally {
                    lock.unlock();
                }
                paper.add(item);
                advance(advanceDots);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }

        @Override
        public void processId(String id) {
            send(new byte[] {0x37, 0x22, (byte) id.charAt(0), (byte) id.charAt(1), (byte) id.charAt(2), (byte) id.charAt(3), 0});
        }

        @Override
        public void problem(String description) {
            if (options.strict()) {
                lock.lock();
                try {
                    problems.add(description);
                } finally {
                    lock.unlock();
                }
                LOG.warn("printer simulator: {}", description);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        update(() -> { });
        try {
            wire.join(1000);
            engine.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Recognises real-time commands in the incoming bytes wherever they occur (also inside image
     * data), as printers do.
     */
    static final class RealTimeScanner {
        static final int NONE = 0;
        static final int CLEAR = 8;
        static final int RECOVER = 5;
        private final byte[] window = new byte[CLEAR_PATTERN.length];
        private int filled;

        /** @return 1–4 for {@code DLE EOT n}, {@link #CLEAR}, {@link #RECOVER}, or {@link #NONE} */
        int next(int b) {
            System.arraycopy(window, 1, window, 0, window.length - 1);
            window[window.length - 1] = (byte) b;
            filled = Math.min(window.length, filled + 1);
            int w = window.length;
            if (filled >= 3 && window[w - 3] == 0x10 && window[w - 2] == 0x04 && b >= 1 && b <= 4) {
                return b;
            }
            if (filled >= 3 && window[w - 3] == 0x10 && window[w - 2] == 0x05 && (b == 1 || b == 2)) {
                return RECOVER;
            }
            if (filled == w && java.util.Arrays.equals(window, CLEAR_PATTERN)) {
                return CLEAR;
            }
            return NONE;
        }
    }
}
