package jp.konbini.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import jp.konbini.central.CentralServer;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.central.store.BaselineInsert;
import jp.konbini.central.store.CentralDatabase;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalCompactor;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.NoteRef;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.sync.Backoff;
import jp.konbini.sync.Connectivity;
import jp.konbini.sync.HttpCentralClient;
import jp.konbini.sync.UploadRound;
import jp.konbini.sync.WireMapping;
import jp.konbini.wire.TopUpSubmission;

/**
 * {@code bench sync}: a kiosk journal with a backlog of journalled top-ups (as after an outage) is
 * drained by the real uploader over HTTP into a local central server, on H2 and on PostgreSQL;
 * beside it, in the same run and the same database, the same rows inserted by bare batched JDBC.
 * The drain includes everything the real path does: signing, JSON, the server's duplicate checks
 * and carrier, its commit, and the kiosk's durable recording of each answer. Two more figures bound
 * any drain from above, each side's own work alone: the server's transaction
 * ({@link ServerApplyCeiling}) and the kiosk's reading and recording ({@link KioskRecordCeiling}).
 *
 * <p>Both are measured warm: the backlog holds {@code warmUp} more records, which the uploader
 * drains first (their rate is reported as the cold figure), and whose rows the bare insert writes
 * once before its measured run. Kiosk and server share this machine's cores, so a JVM still
 * compiling the path (kiosk, HTTP, server) would otherwise be measured rather than the path.
 */
public final class SyncBenchmark {

    private static final String KIOSK = "KSK-BENCH-0001";

    private final Path workDir;
    private final int records;
    private final int warmUp;
    private final int batchSize;
    private final Optional<String> postgresUrl;

    /**
     * @param warmUp    records drained (and bare-inserted) before the measured {@code records}
     * @param batchSize records per upload: the kiosk's {@code sync.batch-size}, and the bare insert's commit size
     */
    public SyncBenchmark(Path workDir, int records, int warmUp, int batchSize, Optional<String> postgresUrl) {
        if (records < 1 || batchSize < 1 || warmUp < 0) {
            throw new IllegalArgumentException("records and batch size must be positive, the warm-up not negative");
        }
        this.workDir = workDir;
        this.records = records;
        this.warmUp = warmUp / batchSize * batchSize; // whole batches, so the measured records go in the same batches
        this.batchSize = batchSize;
        this.postgresUrl = postgresUrl;
    }

    /** @return one result per database, H2 first */
    public List<Map<String, Object>> run(Product product) {
        long buildStart = System.nanoTime();
        Path backlog = workDir.resolve("backlog");
        buildBacklog(backlog, product);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        List<Map<String, Object>> results = new ArrayList<>();
        try (CentralDatabase h2 = CentralDatabase.open(CentralDatabase.defaultUrl(workDir.resolve("central-h2")), 16)) {
            results.add(measure("h2", h2, backlog, buildSeconds, 2000));
        }
        if (postgresUrl.isPresent()) {
            try (CentralDatabase pg = CentralDatabase.open(postgresUrl.get(), 16)) {
                results.add(measure("postgresql", pg, backlog, buildSeconds, 5000));
            }
        } else {
            try (LocalPostgres local = new LocalPostgres(); CentralDatabase pg = CentralDatabase.open(local.url(), 16)) {
                results.add(measure("postgresql", pg, backlog, buildSeconds, 5000));
            }
        }
        return results;
    }

    /**
     * Sells the warm-up's and the measured top-ups through the journal (each event durable), all queued and none
     * synced, then compacts the file as a kiosk does at start (the journal never reuses space).
     */
    private void buildBacklog(Path dir, Product product) {
        try (H2Journal journal = H2Journal.open(JournalLocation.in(dir), KIOSK, "bench", Clock.systemUTC())) {
            Random random = new Random(1);
            for (int i = 0; i < warmUp + records; i++) {
                LineId line = LineId.parse(String.format("090%08d", random.nextInt(100_000_000)));
                TopUpRecord t = journal.open(new TopUpOrder(line, product, Language.EN));
                while (t.due().isPositive()) {
                    NoteRef note = journal.escrowed(t.seq(), Yen.of(1000));
                    journal.stackSent(note);
                    t = journal.credited(note).topUp();
                }
                journal.complete(t.seq());
            }
        }
        new JournalCompactor(JournalLocation.in(dir)).compact();
    }

    private Map<String, Object> measure(String db, CentralDatabase database, Path backlog, double buildSeconds, int target) {
        Path kioskDir = copy(backlog, workDir.resolve("kiosk-" + db));
        try (CentralServer central = CentralServer.start(database, new SimulatedCarrier(true), Clock.systemUTC(), "127.0.0.1", 0, Optional.empty());
             H2Journal journal = H2Journal.open(JournalLocation.in(kioskDir), KIOSK, "bench", Clock.systemUTC())) {
            byte[] secret = Base64.getDecoder().decode(central.kiosks().register(KIOSK, Clock.systemUTC().instant()));
            HttpCentralClient client = new HttpCentralClient(URI.create("http://127.0.0.1:" + central.port() + "/"), KIOSK, secret,
                    Duration.ofSeconds(60), Optional.empty(), Clock.systemUTC(), new SecureRandom());
            Drained cold = drain(journal, client, warmUp, warmUp / batchSize);
            if (cold.records() > 0) {
                BaselineInsert.run(database, KIOSK, cold.rows(), batchSize);
            }
            Drained measured = drain(journal, client, records, UploadRound.MAX_BATCHES);
            double bareSeconds = BaselineInsert.run(database, KIOSK, measured.rows(), batchSize) / 1e9;
            double applyRate = ServerApplyCeiling.run(database, measured.rows(), batchSize);
            double kioskRate = KioskRecordCeiling.run(JournalLocation.in(copy(backlog, workDir.resolve("kiosk-" + db + "-alone"))), KIOSK,
                    warmUp, records, batchSize);
            double drainRate = measured.records() / measured.seconds();
            double bareRate = measured.rows().size() / bareSeconds;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bench", "sync");
            out.put("db", db);
            out.put("records", measured.records());
            out.put("batchSize", batchSize);
            out.put("drainSeconds", round(measured.seconds()));
            out.put("drainPerSecond", Math.round(drainRate));
            out.put("bareInsertSeconds", round(bareSeconds));
            out.put("bareInsertPerSecond", Math.round(bareRate));
            out.put("ratioToBare", round(drainRate / bareRate));
            out.put("serverApplyPerSecond", Math.round(applyRate));
            out.put("serverApplyRatioToBare", round(applyRate / bareRate));
            out.put("kioskRecordPerSecond", Math.round(kioskRate));
            out.put("kioskRecordRatioToBare", round(kioskRate / bareRate));
            out.put("target", "drainPerSecond >= " + target + " and ratioToBare >= 0.5");
            out.put("pass", drainRate >= target && drainRate / bareRate >= 0.5);
            out.put("warmUpRecords", cold.records());
            out.put("warmUpDrainPerSecond", cold.records() == 0 ? 0 : Math.round(cold.records() / cold.seconds()));
            out.put("backlogBuildSeconds", round(buildSeconds));
            return out;
        }
    }

    /** The rows the next {@code count} pending records go as, and how long the uploader took to drain them. */
    private record Drained(List<TopUpSubmission> rows, int records, double seconds) {
    }

    /**
     * Drains the oldest {@code count} pending records as the kiosk's uploader does, in rounds of up to
     * {@code batchesPerRound} batches, and gives the rows they went as (read before, for the bare insert).
     */
    private Drained drain(H2Journal journal, HttpCentralClient client, int count, int batchesPerRound) {
        List<TopUpSubmission> rows = new ArrayList<>(count);
        for (OutboxEntry e : journal.pending(count)) {
            rows.add(WireMapping.submission(e));
        }
        if (count == 0) {
            return new Drained(rows, 0, 0);
        }
        UploadRound round = new UploadRound(journal, client, batchSize, batchesPerRound,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random(1)), new Connectivity(), Clock.systemUTC());
        long start = System.nanoTime();
        int drained = 0;
        while (drained < count) {
            UploadRound.Result r = round.run();
            if (r.idle() || r.recorded() == 0 || !r.delay().isZero()) {
                throw new IllegalStateException("an upload failed during the benchmark; see the log");
            }
            drained += r.recorded();
        }
        return new Drained(rows, drained, (System.nanoTime() - start) / 1e9);
    }

    private static Path copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            Files.copy(from.resolve("journal.mv.db"), to.resolve("journal.mv.db"));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
