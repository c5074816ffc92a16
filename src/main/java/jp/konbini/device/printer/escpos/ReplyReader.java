package jp.konbini.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialLinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that reads from the printer. It sorts every byte by the identification table of
 * reference §1.10: {@code DLE EOT} replies (0xx1xx10), block replies (0x37 … NUL, e.g. the process
 * ID), automatic status blocks (0xx1xx00 plus three bytes), XON/XOFF (which the tty layer
 * normally swallows), and anything else, which is ignored. Callers wait on the queues.
 */
final class ReplyReader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyReader.class);

    private final SerialLink link;
    private final BlockingQueue<Integer> statuses = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> blocks = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean lost;

    ReplyReader(SerialLink link) {
        this.link = link;
        this.thread = new Thread(this::run, "printer-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The line is gone (unplugged, closed); nothing more will arrive. */
    boolean lost() {
        return lost;
    }

    /** Forgets status replies nobody asked for (unsolicited, or late answers to an earlier poll). */
    void discardStatuses() {
        statuses.clear();
    }

    /** Forgets block replies nobody waits for (an old process ID). */
    void discardBlocks() {
        blocks.clear();
    }

    /** The next {@code DLE EOT} reply, or -1 if none came in time. */
    int nextStatus(Duration timeout) throws InterruptedException {
        Integer b = statuses.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return b == null ? -1 : b;
    }

    /** The next block reply (without its 0x37 header and NUL), or null if none came in time. */
    byte[] nextBlock(Duration timeout) throws InterruptedException {
        return blocks.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void run() {
        byte[] in = new byte[256];
        ByteArrayOutputStream block = null;
        int asbLeft = 0;
        try {
            while (running) {
                int n = link.read(in, 0, in.length, Duration.ofMillis(100));
                for (int i = 0; i < n; i++) {
                    int b = in[i] & 0xFF;
                    if (b == EscPosCommands.XON || b == EscPosCommands.XOFF) {
                        continue; // flow control is the tty's business; it may even split a block reply
                    }
                    if (block != null) {
                        if (b == 0) {
                            blocks.add(block.toByteArray());
                            block = null;
                        } else {
                            block.write(b);
                        }
                    } else if (asbLeft > 0) {
                        asbLeft--;
                    } else if (b == EscPosCommands.BLOCK_REPLY) {
                        block = new ByteArrayOutputStream();
                    } else if (StatusBytes.isStatusReply(b)) {
                        statuses.add(b);
                    } else if ((b & 0x93) == 0x10) {
                        asbLeft = 3;
                    } else {
                        LOG.debug("printer sent unexpected byte {}", String.format("%02X", b));
                    }
                }
            }
        } catch (SerialLinkException e) {
            lost = true;
            if (running) {
                LOG.warn("printer line lost: {}", e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
