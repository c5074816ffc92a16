package jp.konbini.device.printer.escpos;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.PrinterProblem;
import jp.konbini.device.printer.PrinterStatus;
import jp.konbini.device.printer.ReceiptPrinter;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialLinkException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer on a serial line (reference §2.7): ask {@code DLE EOT 1–4} before a
 * job and refuse to start when the printer cannot print; write the job in chunks of whole
 * commands, polling {@code DLE EOT 2} and {@code 4} after each (a reply only comes once the chunk
 * has gone down the line, so at most one chunk is ever in flight, and XON/XOFF holds the rest);
 * end with a process-ID request where the model has it and wait for it; check the status again.
 * Paper out or an open cover in the middle means the job failed, whatever follows: the buffers
 * are cleared so the rest does not print after reload, and the caller reprints the whole receipt.
 * Calls are serialised; one reader thread owns the input.
 */
public final class EscPosPrinter implements ReceiptPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(EscPosPrinter.class);
    private static final byte[] FULL_QUERY = EscPosCommands.concat(EscPosCommands.statusRequest(1), EscPosCommands.statusRequest(2),
            EscPosCommands.statusRequest(3), EscPosCommands.statusRequest(4));
    private static final byte[] QUICK_QUERY = EscPosCommands.concat(EscPosCommands.statusRequest(2), EscPosCommands.statusRequest(4));
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

    private final SerialLink link;
    private final EscPosJobEncoder encoder;
    private final CapabilityProfile profile;
    private final ReplyReader reader;
    private int processId;

    public EscPosPrinter(SerialLink link, EscPosJobEncoder encoder) {
        this.link = link;
        this.encoder = encoder;
        this.profile = encoder.profile();
        this.reader = new ReplyReader(link);
    }

    @Override
    public String name() {
        return profile.model() + " on " + link.name();
    }

    @Override
    public synchronized PrinterStatus status() {
        try {
            return fullStatus(0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PrinterStatus.notAnswering();
        }
    }

    /** Encodes without printing (benchmarks, byte counts). */
    public EncodedJob encode(PrintJob job) {
        return encoder.encode(job);
    }

    @Override
    public synchronized PrintOutcome print(PrintJob job) {
        EncodedJob encoded = encoder.encode(job);
        try {
            PrinterStatus before = fullStatus(0);
            if (!before.acceptsJobs()) {
                PrinterProblem p = before.problem().orElseThrow();
                return new PrintOutcome.Failed(p, "printer not ready before " + job.title() + ": " + p.describe(), false);
            }
            return send(job, encoded);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PrintOutcome.Failed(PrinterProblem.NOT_ANSWERING, "interrupted while printing " + job.title(), true);
        } catch (SerialLinkException e) {
            return new PrintOutcome.Failed(PrinterProblem.NOT_ANSWERING, "line lost while printing " + job.title() + ": " + e.getMessage(), true);
        }
    }

    private PrintOutcome send(PrintJob job, EncodedJob encoded) throws InterruptedException {
        long started = System.nanoTime();
        List<byte[]> chunks = encoded.chunks(profile.chunkBytes());
        for (byte[] chunk : chunks) {
            link.write(chunk);
            Optional<PrinterStatus> s = quickStatus(chunk.length, profile.busyTimeout());
            if (s.isEmpty()) {
                return fail(job, PrinterProblem.NOT_ANSWERING, "no status reply during the job");
            }
            if (!s.get().acceptsJobs()) {
                return fail(job, refine(s.get()), "during the job");
            }
        }
        String id = nextProcessId();
        if (profile.processId()) {
            reader.discardBlocks();
            link.write(EscPosCommands.processIdRequest(id));
        }
        Duration printTime = Duration.ofNanos((long) (encoded.paperDots() / profile.dotsPerMm() / profile.printSpeedMmPerSecond() * 1e9));
        long deadline = started + profile.line().wireNanos(encoded.size()) + printTime.toNanos() + profile.busyTimeout().toNanos();
        long earliestDone = started + Math.max(profile.line().wireNanos(encoded.size()), printTime.toNanos());
        while (true) {
            if (profile.processId()) {
                byte[] block = reader.nextBlock(POLL_INTERVAL);
                if (block != null && isProcessId(block, id)) {
                    break;
                }
            } else if (System.nanoTime() >= earliestDone) {
                break;
            } else {
                Thread.sleep(Math.min(POLL_INTERVAL.toMillis(), Math.max(1, (earliestDone - System.nanoTime()) / 1_000_000)));
            }
            Optional<PrinterStatus> s = quickStatus(0, Duration.ZERO);
            if (s.isEmpty()) {
                return fail(job, PrinterProblem.NOT_ANSWERING, "no status reply while the job printed");
            }
            if (!s.get().acceptsJobs()) {
                return fail(job, refine(s.get()), "while the job printed");
            }
            if (System.nanoTime() > deadline) {
                return fail(job, PrinterProblem.NOT_ANSWERING, "the printer did not report the job printed in time");
            }
        }
        PrinterStatus after = fullStatus(0);
        if (!after.acceptsJobs()) {
            return fail(job, after.problem().orElseThrow(), "at the end of the job");
        }
        return new PrintOutcome.Printed(after);
    }

    /** The job failed after it started: clear what is still buffered so no half receipt follows later. */
    private PrintOutcome fail(PrintJob job, PrinterProblem problem, String when) throws InterruptedException {
        String detail = job.title() + " failed " + when + ": " + problem.describe();
        LOG.warn(detail);
        if (profile.clearBuffers() && problem != PrinterProblem.NOT_ANSWERING && !reader.lost()) {
            reader.discardBlocks();
            link.write(EscPosCommands.clearBuffers());
            byte[] reply = reader.nextBlock(profile.statusTimeout());
            if (reply == null || reply.length < 1 || reply[0] != EscPosCommands.CLEAR_REPLY) {
                LOG.warn("the printer did not confirm clearing its buffers; the rest of {} may print after recovery", job.title());
            }
        }
        return new PrintOutcome.Failed(problem, detail, true);
    }

    /** A general error in the quick poll: ask for the cause. */
    private PrinterProblem refine(PrinterStatus quick) throws InterruptedException {
        PrinterProblem p = quick.problem().orElseThrow();
        if (p == PrinterProblem.RECOVERABLE_ERROR) {
            return fullStatus(0).problem().orElse(p);
        }
        return p;
    }

    private PrinterStatus fullStatus(int queuedBytes) throws InterruptedException {
        if (reader.lost()) {
            return PrinterStatus.notAnswering();
        }
        reader.discardStatuses();
        link.write(FULL_QUERY);
        int[] r = replies(4, queuedBytes + FULL_QUERY.length, Duration.ZERO);
        return r == null ? PrinterStatus.notAnswering() : StatusBytes.decode(r[0], r[1], r[2], r[3]);
    }

    private Optional<PrinterStatus> quickStatus(int queuedBytes, Duration busy) throws InterruptedException {
        if (reader.lost()) {
            return Optional.empty();
        }
        reader.discardStatuses();
        link.write(QUICK_QUERY);
        int[] r = replies(2, queuedBytes + QUICK_QUERY.length, busy);
        return r == null ? Optional.empty() : Optional.of(StatusBytes.decodeQuick(r[0], r[1]));
    }

    /** {@code n} status replies; the wait allows for the bytes queued ahead of the request on the line. */
    private int[] replies(int n, int queuedBytes, Duration busy) throws InterruptedException {
        long deadline = System.nanoTime() + profile.line().wireNanos(queuedBytes + n) + profile.statusTimeout().toNanos() + busy.toNanos();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            long left = deadline - System.nanoTime();
            int b = left > 0 ? reader.nextStatus(Duration.ofNanos(left)) : -1;
            if (b < 0) {
                return null;
            }
            out[i] = b;
        }
        return out;
    }

    private String nextProcessId() {
        processId = processId % 9999 + 1;
        return String.format(java.util.Locale.ROOT, "%04d", processId);
    }

    private static boolean isProcessId(byte[] block, String id) {
        return block.length == 5 && block[0] == EscPosCommands.PROCESS_ID_REPLY
                && new String(block, 1, 4, java.nio.charset.StandardCharsets.US_ASCII).equals(id);
    }

    @Override
    public void close() {
        reader.close();
        link.close();
    }
}
