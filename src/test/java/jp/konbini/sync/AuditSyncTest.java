package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import jp.konbini.central.CentralFixture;
import jp.konbini.central.LedgerRows;
import jp.konbini.central.TestDatabases;
import jp.konbini.central.apply.AuditLogReader;
import jp.konbini.central.store.JdbcAuditStore;
import jp.konbini.journal.AuditEntry;
import jp.konbini.journal.AuditRecord;
import jp.konbini.journal.MaintenanceRecords;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.wire.AuditBatch;
import jp.konbini.wire.AuditResponse;
import jp.konbini.wire.Heartbeat;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The kiosk's audit log reaching the real central server over loopback (H2 and PostgreSQL): in
 * batches, marked in the journal only as the server answers, stored once whatever answer is lost,
 * sent again to a server that lost entries, refused (and kept unacknowledged) for a cloned kiosk,
 * and sent by the uploader thread after the top-ups.
 */
class AuditSyncTest {

    private static final String KIOSK = "KSK-AUDIT-SYNC";

    @TempDir
    Path dir;

    private static AuditRound round(MaintenanceRecords records, CentralClient client, int batchSize) {
        return new AuditRound(records, client, KIOSK, batchSize, new Backoff(Duration.ofMillis(10), Duration.ofMillis(200), new Random(3)));
    }

    private static List<AuditEntry> write(MaintenanceRecords records, int count) {
        List<AuditEntry> written = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            written.add(records.audit(new AuditRecord(i % 2 == 0 ? "sato" : "田中", i % 3 == 0 ? "STAFF" : "TECHNICIAN", "ACTION_" + i,
                    "subject <" + i + ">", "before & " + i, i % 4 == 0 ? "" : "after \"" + i + "\"")));
        }
        return written;
    }

    /** The server holds exactly the journal's entries, field for field and hash for hash. */
    private static void assertServerHolds(CentralFixture central, List<AuditEntry> journal) {
        List<AuditLogReader.AuditRow> held = new JdbcAuditStore(central.database().dataSource()).entries(KIOSK, 0, 10_000);
        assertEquals(journal.size(), held.size(), "entries on the server");
        for (int i = 0; i < journal.size(); i++) {
            AuditEntry e = journal.get(i);
            AuditLogReader.AuditRow row = held.get(i);
            assertEquals(e.seq(), row.seq());
            assertEquals(e.at(), row.at());
            assertEquals(e.chainHash(), row.chainHash());
            assertEquals(List.of(e.record().actor(), e.record().role(), e.record().action(), e.record().subject(), e.record().before(),
                    e.record().after()), List.of(row.actor(), row.role(), row.action(), row.subject(), row.before(), row.after()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theLogGoesInBatchesAndIsMarkedOnlyAsTheServerAnswers(TestDatabases.Kind db) throws Exception {
        try (CentralFixture central = CentralFixture.start(db, dir.resolve("central"));
             TestKiosk kiosk = open(central, central.server().url(), dir.resolve("kiosk"))) {
            MaintenanceRecords records = kiosk.journal.maintenance();
            List<AuditEntry> written = write(records, 7);
            AuditRound round = round(records, client(central.server().url()), 3);
            assertEquals(List.of(3L, 6L, 7L), List.of(round.run().ackedThrough(), round.run().ackedThrough(), round.run().ackedThrough()));
            assertEquals(7, records.auditAckedThrough());
            AuditRound.Result last = round.run();
            assertTrue(last.idle(), "nothing left: " + last);
            assertEquals(0, last.sent());
            assertServerHolds(central, written);

            written.addAll(write(records, 1));
            AuditRound.Result more = round.run();
            assertEquals(List.of(1, 8L), List.of(more.sent(), more.ackedThrough()), "only the new entry goes");
            assertServerHolds(central, written);
            assertTrue(LedgerRows.alerts(central.database().dataSource()).isEmpty());
        }
    }

    /** The test kiosk's secret: registered once, kept here for more clients and a clone. */
    private byte[] secret;

    private TestKiosk open(CentralFixture central, URI url, Path dataDir) {
        if (secret == null) {
            secret = central.register(KIOSK);
        }
        return TestKiosk.open(dataDir, KIOSK, url, secret, Duration.ofSeconds(5));
    }

    private CentralClient client(URI url) {
        return TestKiosk.client(url, KIOSK, secret, Duration.ofSeconds(5));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void anAnswerLostAfterTheServerStoredTheBatchStoresNothingTwice(TestDatabases.Kind db) throws Exception {
        try (CentralFixture central = CentralFixture.start(db, dir.resolve("central"));
             FlakyCentral flaky = new FlakyCentral(central.server().url(), 11);
             TestKiosk kiosk = open(central, central.server().url(), dir.resolve("kiosk"))) {
            MaintenanceRecords records = kiosk.journal.maintenance();
            Recording recording = new Recording(client(URI.create("http://127.0.0.1:" + flaky.port() + "/")));
            AuditRound round = round(records, recording, 100);
            List<AuditEntry> written = write(records, 4);

            flaky.odds(new FlakyCentral.Odds(0, 0, 1.0, 0, 0, 0, 0)); // stored, then answered 500
            AuditRound.Result lost = round.run();
            assertFalse(lost.idle());
            assertEquals(0, records.auditAckedThrough(), "no answer, no mark");
            assertEquals(4, LedgerRows.count(central.database().dataSource(), "audit_entry"), "the server did store them");

            written.addAll(write(records, 1));
            flaky.odds(new FlakyCentral.Odds(0, 0, 0, 0, 0, 1.0, 0)); // stored, then the answer cut off half-way
            round.run();
            assertEquals(0, records.auditAckedThrough());
            assertEquals(5, LedgerRows.count(central.database().dataSource(), "audit_entry"));

            flaky.odds(FlakyCentral.Odds.none());
            AuditRound.Result answered = round.run();
            assertEquals(5, answered.ackedThrough());
            AuditResponse answer = recording.audits.get(recording.audits.size() - 1);
            assertEquals(List.of(0, 5, 5L), List.of(answer.stored(), answer.duplicates(), answer.storedThrough()), "the resend was known");
            assertEquals(1, flaky.errorsAfterCommit.get());
            assertEquals(1, flaky.droppedAfterCommit.get());
            assertServerHolds(central, written);
            assertTrue(round.run().idle());
            assertTrue(LedgerRows.alerts(central.database().dataSource()).isEmpty(), "a resend is not a problem");
        }
    }

    @Test
    void aServerThatLostEntriesIsSentThemAgain() throws Exception {
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"));
             TestKiosk kiosk = open(central, central.server().url(), dir.resolve("kiosk"))) {
            MaintenanceRecords records = kiosk.journal.maintenance();
            AuditRound round = round(records, client(central.server().url()), 100);
            List<AuditEntry> written = write(records, 5);
            assertEquals(5, round.run().ackedThrough());
            // The server is restored from a backup that holds entries 1..3 only.
            try (Connection c = central.database().dataSource().getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM audit_entry WHERE seq > 3")) {
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_position SET stored_through = 3, last_hash = ?")) {
                    ps.setString(1, written.get(2).chainHash());
                    ps.executeUpdate();
                }
                c.commit();
            }
            written.addAll(write(records, 1));
            AuditRound.Result gap = round.run();
            assertEquals(1, gap.sent());
            assertTrue(round.lastProblem().startsWith(AuditResponse.GAP), round.lastProblem());
            assertEquals(5, records.auditAckedThrough(), "the mark never moves back");
            AuditRound.Result resent = round.run();
            assertEquals(3, resent.sent(), "4, 5 and 6 again");
            assertEquals(6, resent.ackedThrough());
            assertTrue(round.run().idle());
            assertServerHolds(central, written);
            assertEquals("", round.lastProblem());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aClonedKioskIsRefusedAndItsEntriesStayUnacknowledged(TestDatabases.Kind db) throws Exception {
        try (CentralFixture central = CentralFixture.start(db, dir.resolve("central"));
             TestKiosk original = open(central, central.server().url(), dir.resolve("original"));
             TestKiosk clone = open(central, central.server().url(), dir.resolve("clone"))) {
            List<AuditEntry> held = write(original.journal.maintenance(), 3);
            assertEquals(3, round(original.journal.maintenance(), client(central.server().url()), 100).run().ackedThrough());

            MaintenanceRecords cloned = clone.journal.maintenance();
            write(cloned, 4);
            AuditRound round = round(cloned, client(central.server().url()), 100);
            AuditRound.Result refused = round.run();
            assertFalse(refused.idle());
            assertEquals(0, cloned.auditAckedThrough(), "nothing of a refused batch is marked");
            assertTrue(round.lastProblem().startsWith(AuditResponse.CONFLICT), round.lastProblem());
            assertServerHolds(central, held);
            assertTrue(LedgerRows.alerts(central.database().dataSource()).stream().anyMatch(a -> a.startsWith(AuditResponse.CONFLICT)));
        }
    }

    @Test
    void anAnswerClaimingMoreThanWasSentMovesTheMarkOnlyOverWhatWasSent() throws Exception {
        try (TestKiosk kiosk = TestKiosk.open(dir.resolve("kiosk"), KIOSK, URI.create("http://127.0.0.1:9/"), new byte[32], Duration.ofSeconds(1))) {
            MaintenanceRecords records = kiosk.journal.maintenance();
            write(records, 5);
            Fake fake = new Fake(AuditResponse.stored(100, 3, 0, "2026-11-22T00:00:00Z"));
            AuditRound round = round(records, fake, 3);
            assertEquals(3, round.run().ackedThrough(), "the answer says 100; three were sent");
            assertEquals(List.of(1L, 2L, 3L), fake.sent.get(0).entries().stream().map(e -> e.seq()).toList());
            assertEquals(KIOSK, fake.sent.get(0).kioskId());
            fake.answer = AuditResponse.stored(2, 0, 0, "2026-11-22T00:00:00Z");
            AuditRound.Result stale = round.run();
            assertEquals(3, stale.ackedThrough(), "an answer that covers none of what was sent moves nothing");
            assertFalse(stale.idle());
        }
    }

    @Test
    void theUploaderSendsTheLogAfterTheTopUps() throws Exception {
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"));
             TestKiosk kiosk = open(central, central.server().url(), dir.resolve("kiosk"))) {
            Recording recording = new Recording(client(central.server().url()));
            // One top-up per batch, so a log sent while top-ups are still pending would show between them.
            UploadRound topUps = new UploadRound(kiosk.journal, recording, 1, new Backoff(Duration.ofMillis(10), Duration.ofMillis(200),
                    new Random(1)), kiosk.connectivity, java.time.Clock.systemUTC());
            MaintenanceRecords records = kiosk.journal.maintenance();
            TopUpRecord first = kiosk.sell(1000);
            List<AuditEntry> written = write(records, 2);
            TopUpRecord second = kiosk.sell(2000);
            try (Uploader uploader = new Uploader(topUps, Optional.of(round(records, recording, 100)), Duration.ofMillis(100))) {
                uploader.start();
                awaitAcked(records, 2);
                assertEquals(SyncState.SYNCED, kiosk.journal.syncStatus(first.seq()).orElseThrow().state());
                assertEquals(SyncState.SYNCED, kiosk.journal.syncStatus(second.seq()).orElseThrow().state());
                assertEquals(List.of("topups", "topups", "audit"), recording.calls().subList(0, 3), "top-ups first, then the log");

                TopUpRecord third = kiosk.sell(1000);
                written.addAll(write(records, 1));
                uploader.wake();
                awaitAcked(records, 3);
                awaitSynced(kiosk, third.seq());
            }
            assertServerHolds(central, written);
            assertEquals(3, LedgerRows.rows(central.database().dataSource()).size());
        }
    }

    /** Waits (bounded, for a failing run only) until the journal's mark reaches {@code seq}. */
    private static void awaitAcked(MaintenanceRecords records, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (records.auditAckedThrough() < seq) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the audit log was not acknowledged through " + seq + " (is " + records.auditAckedThrough() + ")");
            }
            Thread.sleep(20);
        }
    }

    /** Waits (bounded, for a failing run only) until the top-up is synced. */
    private static void awaitSynced(TestKiosk kiosk, long seq) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (kiosk.journal.syncStatus(seq).orElseThrow().state() != SyncState.SYNCED) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("top-up " + seq + " was not synced");
            }
            Thread.sleep(20);
        }
    }

    /** A client that passes everything on and notes what was asked and answered. */
    private static final class Recording implements CentralClient {
        private final CentralClient client;
        private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
        final List<AuditResponse> audits = Collections.synchronizedList(new ArrayList<>());

        Recording(CentralClient client) {
            this.client = client;
        }

        List<String> calls() {
            synchronized (calls) {
                return List.copyOf(calls);
            }
        }

        @Override
        public UploadResponse upload(List<TopUpSubmission> records) throws CentralException {
            calls.add("topups");
            return client.upload(records);
        }

        @Override
        public CatalogFetch catalog(Optional<String> etag) throws CentralException {
            calls.add("catalog");
            return client.catalog(etag);
        }

        @Override
        public void heartbeat(Heartbeat heartbeat) throws CentralException {
            calls.add("heartbeat");
            client.heartbeat(heartbeat);
        }

        @Override
        public AuditResponse uploadAudit(AuditBatch batch) throws CentralException {
            calls.add("audit");
            AuditResponse answer = client.uploadAudit(batch);
            audits.add(answer);
            return answer;
        }
    }

    /** A server that answers every audit batch with the answer set. */
    private static final class Fake implements CentralClient {
        AuditResponse answer;
        final List<AuditBatch> sent = new ArrayList<>();

        Fake(AuditResponse answer) {
            this.answer = answer;
        }

        @Override
        public UploadResponse upload(List<TopUpSubmission> records) throws CentralException {
            throw new CentralException(CentralException.Kind.REFUSED, "not in this test");
        }

        @Override
        public CatalogFetch catalog(Optional<String> etag) {
            return CatalogFetch.unchanged();
        }

        @Override
        public void heartbeat(Heartbeat heartbeat) {
        }

        @Override
        public AuditResponse uploadAudit(AuditBatch batch) {
            sent.add(batch);
            return answer;
        }
    }
}
