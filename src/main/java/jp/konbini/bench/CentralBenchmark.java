package jp.konbini.bench;

import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.konbini.central.CentralServer;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.central.store.CentralDatabase;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.sync.HttpCentralClient;
import jp.konbini.wire.Disposition;
import jp.konbini.wire.RecordKind;
import jp.konbini.wire.RecordResult;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;

/**
 * {@code bench central}: many simulated kiosks (default 200) upload concurrently to a local central
 * server through the real HTTP client (signed requests): top-ups applied per second and the batch
 * latency each kiosk saw, on H2 and on PostgreSQL. The kiosks keep no journal here; what is
 * measured is the server.
 */
public final class CentralBenchmark {

    private final java.nio.file.Path workDir;
    private final int kiosks;
    private final int batches;
    private final int batchSize;
    private final Optional<String> postgresUrl;

    public CentralBenchmark(java.nio.file.Path workDir, int kiosks, int batches, int batchSize, Optional<String> postgresUrl) {
        this.workDir = workDir;
        this.kiosks = kiosks;
        this.batches = batches;
        this.batchSize = batchSize;
        this.postgresUrl = postgresUrl;
    }

    public List<Map<String, Object>> run() throws InterruptedException {
        List<Map<String, Object>> results = new ArrayList<>();
        try (CentralDatabase h2 = CentralDatabase.open(CentralDatabase.defaultUrl(workDir.resolve("central-h2")), 32)) {
            results.add(measure("h2", h2));
        }
        if (postgresUrl.isPresent()) {
            try (CentralDatabase pg = CentralDatabase.open(postgresUrl.get(), 32)) {
                results.add(measure("postgresql", pg));
            }
        } else {
            try (LocalPostgres local = new LocalPostgres(); CentralDatabase pg = CentralDatabase.open(local.url(), 32)) {
                results.add(measure("postgresql", pg));
            }
        }
        return results;
    }

    private Map<String, Object> measure(String db, CentralDatabase database) throws InterruptedException {
        try (CentralServer central = CentralServer.start(database, new SimulatedCarrier(true), Clock.systemUTC(), "127.0.0.1", 0, Optional.empty())) {
            URI url = URI.create("http://127.0.0.1:" + central.port() + "/");
            List<HttpCentralClient> clients = new ArrayList<>();
            List<List<List<TopUpSubmission>>> work = new ArrayList<>();
            Random random = new Random(3);
            for (int k = 0; k < kiosks; k++) {
                String id = String.format("KSK-LOAD-%04d", k);
                byte[] secret = Base64.getDecoder().decode(central.kiosks().register(id, Instant.now()));
                clients.add(new HttpCentralClient(url, id, secret, Duration.ofSeconds(120), Optional.empty(), Clock.systemUTC(), new SecureRandom()));
                work.add(batchesFor(k, random));
            }
            LatencySample latency = new LatencySample(kiosks * batches);
            ExecutorService pool = Executors.newFixedThreadPool(kiosks);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int k = 0; k < kiosks; k++) {
                HttpCentralClient client = clients.get(k);
                List<List<TopUpSubmission>> mine = work.get(k);
                done.add(pool.submit(() -> {
                    go.await();
                    int applied = 0;
                    for (List<TopUpSubmission> batch : mine) {
                        long start = System.nanoTime();
                        UploadResponse answer = client.upload(batch);
                        long elapsed = System.nanoTime() - start;
                        synchronized (latency) {
                            latency.add(elapsed);
                        }
                        for (RecordResult r : answer.results()) {
                            if (r.disposition() != Disposition.NEW) {
                                throw new IllegalStateException("unexpected answer " + r);
                            }
                            applied++;
                        }
                    }
                    return applied;
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            long applied = 0;
            try {
                for (Future<Integer> f : done) {
                    applied += f.get(30, TimeUnit.MINUTES);
                }
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("a simulated kiosk failed: " + e.getMessage(), e);
            } finally {
                pool.shutdownNow();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("bench", "central");
            out.put("db", db);
            out.put("kiosks", kiosks);
            out.put("batchesPerKiosk", batches);
            out.put("batchSize", batchSize);
            out.put("topUps", applied);
            out.put("seconds", Math.round(seconds * 100) / 100.0);
            out.put("topUpsPerSecond", Math.round(applied / seconds));
            out.put("batchLatencyP50Ms", Math.round(latency.percentileMicros(50) / 100.0) / 10.0);
            out.put("batchLatencyP99Ms", Math.round(latency.percentileMicros(99) / 100.0) / 10.0);
            out.put("batchLatencyMaxMs", Math.round(latency.maxMicros() / 100.0) / 10.0);
            return out;
        }
    }

    /** One kiosk's records: its own line, sequence numbers from 1, in batches. */
    private List<List<TopUpSubmission>> batchesFor(int kiosk, Random random) {
        String line = String.format("080%08d", kiosk);
        List<List<TopUpSubmission>> list = new ArrayList<>();
        long seq = 1;
        for (int b = 0; b < batches; b++) {
            List<TopUpSubmission> batch = new ArrayList<>();
            for (int i = 0; i < batchSize; i++, seq++) {
                String at = Instant.parse("2026-11-22T05:00:00Z").plusSeconds(seq).toString();
                batch.add(new TopUpSubmission(new UUID(random.nextLong(), random.nextLong()), seq, RecordKind.PURCHASE, "PHONE", line,
                        "bmobile-visitor-1gb-1d", "b-mobile", 1, BigDecimal.ONE, 1000, 1000, ClaimCode.random(random).value(), at, at));
            }
            list.add(batch);
        }
        return list;
    }
}
