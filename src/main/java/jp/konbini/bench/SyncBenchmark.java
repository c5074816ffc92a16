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
 * and carrier, its commit, and the kiosk's durable recording of each answer.
 */
public final class SyncBenchmark {

    private static final String KIOSK = "KSK-BENCH-0001";

    private final Path workDir;
    private final int records;
    private final int batchSize;
    private final Optional<String> postgresUrl;

    public SyncBenchmark(Path workDir, int records, int batchSize, Optional<String> postgresUrl) {
        this.workDir = workDir;
        this.records = records;
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
     * Sells {@code records} top-ups through the journal (each event durable), all queued and none
     * synced, then compacts the file as a kiosk does at start (the journal never reuses space).
     */
    private void buildBacklog(Path dir, Product product) {
        try (H2Journal journal = H2Journal.open(JournalLocation.in(dir), KIOSK, "bench", Clock.systemUTC())) {
            Random random = new Random(1);
            for (int i = 0; i < records; i++) {
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
            List<TopUpSubmission> rows = new ArrayList<>(records);
            for (OutboxEntry e : journal.pending(records)) {
                rows.add(WireMapping.submission(e));
            }
            HttpCentralClient client = new HttpCentralClient(URI.create("http://127.0.0.1:" + central.port() + "/"), KIOSK, secret,
                    Duration.ofSeconds(60), Optional.empty(), Clock.systemUTC(), new SecureRandom());
            UploadRound round = new UploadRound(journal, client, batchSize, new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), new Random(1)),
                    new Connectivity(), Clock.systemUTC());
            long start = System.nanoTime();
            int sent = 0;
            while (true) {
                UploadRound.Result r = round.run();
                if (r.idle()) {
                    break;
                }
                if (r.recorded() == 0) {
                    throw new IllegalStateException("an upload failed during the benchmark; see the log");
                }
                sent += r.recorded();
            }
            double drainSeconds = (System.nanoTime() - start) / 1e9;
            double bareSeconds = BaselineInsert.run(database, KIOSK, rows, batchSize) / 1e9;
            double drainRate = sent / drainSeconds;
            double bareRate = rows.size() / bareSeconds;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bench", "sync");
            out.put("db", db);
            out.put("records", sent);
            out.put("batchSize", batchSize);
            out.put("drainSeconds", round(drainSeconds));
            out.put("drainPerSecond", Math.round(drainRate));
            out.put("bareInsertSeconds", round(bareSeconds));
            out.put("bareInsertPerSecond", Math.round(bareRate));
            out.put("ratioToBare", round(drainRate / bareRate));
            out.put("target", "drainPerSecond >= " + target + " and ratioToBare >= 0.5");
            out.put("pass", drainRate >= target && drainRate / bareRate >= 0.5);
            out.put("backlogBuildSeconds", round(buildSeconds));
            return out;
        }
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
