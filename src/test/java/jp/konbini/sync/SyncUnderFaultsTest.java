package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.konbini.central.CentralFixture;
import jp.konbini.central.LedgerRows;
import jp.konbini.central.TestDatabases;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.ReadOnlyJournal;
import jp.konbini.journal.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several kiosks sell 5,000 top-ups in all while their uploads go through a fault-injecting TCP
 * proxy and an unreliable HTTP front: the server down, 500 and 503 with Retry-After, answers
 * after the client's timeout, answers lost after the server committed, stale answers, cut
 * requests, resets, half-open connections. Afterwards the server's ledger equals the kiosks'
 * journals exactly, and the line was credited once per purchase.
 */
class SyncUnderFaultsTest {

    private static final long SEED = Long.getLong("konbini.faults.seed", 20261205L);
    private static final int KIOSKS = Integer.getInteger("konbini.faults.kiosks", 5);
    private static final int SESSIONS = Integer.getInteger("konbini.faults.sessions", 1000);

    @TempDir
    Path dir;

    @Test
    void fiveThousandTopUpsThroughEveryFaultLandExactlyOnce() throws Exception {
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"));
             FlakyCentral flaky = new FlakyCentral(central.server().url(), SEED);
             FaultProxy proxy = new FaultProxy(flaky.port(), SEED + 1)) {
            URI url = URI.create("http://127.0.0.1:" + proxy.port() + "/");
            List<TestKiosk> kiosks = new ArrayList<>();
            int[] batchSizes = {100, 1, 7, 50, 100};
            for (int i = 0; i < KIOSKS; i++) {
                String id = "KSK-FLT-000" + i;
                kiosks.add(TestKiosk.open(dir.resolve("kiosk-" + i), id, TestKiosk.client(url, id, central.register(id), Duration.ofMillis(800)),
                        batchSizes[i % batchSizes.length], Duration.ofMillis(5), Duration.ofMillis(200), SEED + 10 + i));
            }
            flaky.odds(new FlakyCentral.Odds(0.04, 0.04, 0.04, 0.03, 1000, 0.04, 0.04));
            proxy.faults(new FaultProxy.Faults(0.02, 0.03, 0.02, 0.02, 300, 0.01));
            kiosks.forEach(k -> k.uploader.start());

            ExecutorService sellers = Executors.newFixedThreadPool(KIOSKS);
            List<Future<?>> selling = new ArrayList<>();
            for (TestKiosk k : kiosks) {
                selling.add(sellers.submit(() -> {
                    for (int s = 0; s < SESSIONS; s++) {
                        k.randomSession();
                        if (s % 10 == 0) {
                            k.uploader.wake();
                        }
                    }
                    return null;
                }));
            }
            for (int outage = 0; outage < 3 && !selling.get(0).isDone(); outage++) {
                Thread.sleep(1500);
                proxy.down(true);
                Thread.sleep(700);
                proxy.halfOpenNext(); // the first connection after the outage hangs until the client's timeout
                proxy.down(false);
            }
            for (Future<?> f : selling) {
                f.get(10, TimeUnit.MINUTES);
            }
            sellers.shutdown();

            // The network heals; everything must drain.
            flaky.odds(FlakyCentral.Odds.none());
            proxy.faults(FaultProxy.Faults.none());
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            for (TestKiosk k : kiosks) {
                k.uploader.connectivityRestored();
                while (k.journal.exposure().pendingRecords() > 0) {
                    assertTrue(System.nanoTime() < deadline, k.kioskId + " did not drain: " + k.journal.exposure());
                    Thread.sleep(50);
                }
            }
            kiosks.forEach(k -> k.uploader.close());

            List<LedgerRows.Row> rows = LedgerRows.rows(central.database().dataSource());
            assertEquals((long) KIOSKS * SESSIONS, rows.size());
            long applied = 0;
            for (TestKiosk k : kiosks) {
                applied += LedgerCheck.assertSame(k.kioskId, k.journal, k.journal, rows);
                assertEquals(0, k.journal.exposure().rejected());
            }
            assertEquals(List.of(), LedgerRows.alerts(central.database().dataSource()), "in-order, exactly-once uploads raise no alert");
            assertEquals(applied * 5 * 1024, lineDataMb(central), "the line was credited exactly once per applied purchase");

            String counts = "proxy: conns=" + proxy.connections + " cut=" + proxy.cutRequests + " dropped=" + proxy.droppedResponses
                    + " resets=" + proxy.resets + " delays=" + proxy.delays + " halfOpen=" + proxy.halfOpens + " refused=" + proxy.refused
                    + "; flaky: requests=" + flaky.requests + " 503=" + flaky.unavailable + " 500=" + flaky.errors + " 500afterCommit="
                    + flaky.errorsAfterCommit + " slow=" + flaky.slow + " dropAfterCommit=" + flaky.droppedAfterCommit + " stale=" + flaky.stale;
            System.out.println(counts);
            for (long n : new long[] {proxy.cutRequests.get(), proxy.droppedResponses.get(), proxy.resets.get(), proxy.delays.get(),
                proxy.halfOpens.get(), proxy.refused.get(), flaky.unavailable.get(), flaky.errors.get(), flaky.errorsAfterCommit.get(),
                flaky.slow.get(), flaky.droppedAfterCommit.get(), flaky.stale.get()}) {
                assertTrue(n > 0, "every fault must have happened at least once: " + counts);
            }
            for (TestKiosk k : kiosks) {
                k.journal.close();
            }
            for (int i = 0; i < KIOSKS; i++) {
                try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dir.resolve("kiosk-" + i)))) {
                    VerificationReport report = journal.verify();
                    assertTrue(report.ok(), report.problems().toString());
                }
            }
        }
    }

    private static long lineDataMb(CentralFixture central) throws Exception {
        try (Connection c = central.database().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(SUM(data_mb), 0) FROM line_account")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
