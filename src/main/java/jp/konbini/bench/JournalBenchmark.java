package jp.konbini.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.NoteRef;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;

/**
 * {@code bench journal}: the latency of one durable money event (escrow, stack sent or credit,
 * each committed and fsynced) against the latency of a bare append + fsync of a record of the
 * same size to a file on the same disk. The two are interleaved one for one, so both see the same
 * machine load. Target: the money event's p99 within 3x of the bare fsync's p99.
 */
public final class JournalBenchmark {

    /** A journal event as a bare append-only log would write it: its fields, a SHA-256 hex digest, a newline. */
    private static final byte[] RAW_RECORD = ("000001|00001|000001|NOTE_CREDITED|10000|1795000000000000|" + "0".repeat(64) + "\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final double TARGET_RATIO = 3.0;

    private final Path dataDir;
    private final int events;
    private final int warmUp;

    public JournalBenchmark(Path dataDir, int events, int warmUp) {
        this.dataDir = dataDir;
        this.events = events;
        this.warmUp = warmUp;
    }

    /** Runs the benchmark and returns its result as an ordered map (printed as JSON by the caller). */
    public Map<String, Object> run(Product product) {
        LatencySample durable = new LatencySample(events);
        LatencySample raw = new LatencySample(events);
        try (H2Journal journal = H2Journal.open(JournalLocation.in(dataDir.resolve("journal-bench")), "BENCH-0001", "bench", Clock.systemUTC());
             FileChannel log = FileChannel.open(dataDir.resolve("raw-append.log"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            TopUpOrder order = new TopUpOrder(LineId.parse("09012345678"), product, Language.EN);
            int measured = -warmUp;
            while (measured < events) {
                TopUpRecord topUp = journal.open(order);
                Yen due = topUp.price();
                while (due.isPositive() && measured < events) {
                    Yen note = Yen.of(1000);
                    long start = System.nanoTime();
                    NoteRef ref = journal.escrowed(topUp.seq(), note);
                    measured = record(durable, measured, System.nanoTime() - start, raw, log);
                    start = System.nanoTime();
                    journal.stackSent(ref);
                    measured = record(durable, measured, System.nanoTime() - start, raw, log);
                    start = System.nanoTime();
                    journal.credited(ref);
                    measured = record(durable, measured, System.nanoTime() - start, raw, log);
                    due = due.minus(note);
                }
                if (!due.isPositive()) {
                    journal.complete(topUp.seq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result(durable, raw);
    }

    /** Keeps a durable-event sample (after warm-up) and takes one bare append+fsync sample beside it. */
    private static int record(LatencySample durable, int measured, long elapsed, LatencySample raw, FileChannel log) throws IOException {
        long rawElapsed = appendAndSync(log);
        if (measured >= 0 && !durable.isFull()) {
            durable.add(elapsed);
            raw.add(rawElapsed);
        }
        return measured + 1;
    }

    private static long appendAndSync(FileChannel log) throws IOException {
        ByteBuffer record = ByteBuffer.wrap(RAW_RECORD);
        long start = System.nanoTime();
        while (record.hasRemaining()) {
            log.write(record);
        }
        log.force(true);
        return System.nanoTime() - start;
    }

    private Map<String, Object> result(LatencySample durable, LatencySample raw) {
        double ratio = Math.round(durable.percentileMicros(99) / raw.percentileMicros(99) * 100) / 100.0;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bench", "journal");
        out.put("events", durable.size());
        out.put("warmUpEvents", warmUp);
        out.put("recordBytes", RAW_RECORD.length);
        out.put("durableEvent", summary(durable));
        out.put("rawAppendFsync", summary(raw));
        out.put("p99Ratio", ratio);
        out.put("target", "durableEvent.p99 <= " + TARGET_RATIO + " x rawAppendFsync.p99");
        out.put("pass", ratio <= TARGET_RATIO);
        out.put("dataDir", dataDir.toString());
        return out;
    }

    private static Map<String, Object> summary(LatencySample s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50Us", s.percentileMicros(50));
        m.put("p99Us", s.percentileMicros(99));
        m.put("maxUs", s.maxMicros());
        return m;
    }
}
