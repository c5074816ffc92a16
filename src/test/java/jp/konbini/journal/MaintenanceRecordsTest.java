package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maintenance mode's records on the real journal: audit log, entry lock, cash collections, settlements. */
class MaintenanceRecordsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T05:00:00Z");
    private static final Duration LOCK = Duration.ofMinutes(15);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);

    private H2Journal open() {
        return H2Journal.open(JournalLocation.in(dir), JournalFixture.KIOSK, "test", clock);
    }

    private static AuditRecord did(String action) {
        return new AuditRecord("tanaka", "STAFF", action, "", "", "");
    }

    @Test
    void theAuditLogIsGapFreeChainedAndSurvivesARestart() {
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            AuditEntry first = m.audit(new AuditRecord("sato", "TECHNICIAN", "OUT_OF_SERVICE", "kiosk", "in service", "out: cleaning"));
            clock.advance(Duration.ofSeconds(3));
            AuditEntry second = m.audit(did("REPRINT"));
            assertEquals(1, first.seq());
            assertEquals(2, second.seq());
            assertEquals(H2MaintenanceRecords.chain(first.chainHash(), 2, second.at(), second.record()), second.chainHash());
        }
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            List<AuditEntry> all = m.auditAfter(0, 10);
            assertEquals(List.of("OUT_OF_SERVICE", "REPRINT"), all.stream().map(e -> e.record().action()).toList());
            assertEquals("out: cleaning", all.get(0).record().after());
            assertEquals(List.of(2L, 1L), m.latestAudit(5).stream().map(AuditEntry::seq).toList(), "newest first for the screen");
            assertEquals(1, m.auditAfter(1, 10).size());
        }
    }

    @Test
    void theServersAcknowledgementOnlyMovesForwardAndNeverPastTheLog() {
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            m.audit(did("A"));
            m.audit(did("B"));
            m.auditAcked(2);
            m.auditAcked(1);
            assertEquals(2, m.auditAckedThrough());
            m.auditAcked(7);
            assertEquals(2, m.auditAckedThrough(), "an acknowledgement beyond the log is ignored");
        }
    }

    @Test
    void fiveWrongPinsLockEntryForFifteenMinutesAcrossARestart() {
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            for (int i = 1; i <= 4; i++) {
                EntryLock lock = m.wrongPin(5, LOCK, new AuditRecord("-", "NONE", "PIN_WRONG", "", "", ""));
                assertEquals(i, lock.failedAttempts());
                assertFalse(lock.lockedAt(clock.instant()));
            }
            EntryLock locked = m.wrongPin(5, LOCK, new AuditRecord("-", "NONE", "PIN_WRONG", "", "", ""));
            assertTrue(locked.lockedAt(clock.instant()));
            assertEquals(Optional.of(T0.plus(LOCK)), locked.lockedUntil());
        }
        clock.advance(Duration.ofMinutes(14));
        try (H2Journal journal = open()) {
            assertTrue(journal.maintenance().entryLock().lockedAt(clock.instant()), "a restart does not lift the lock");
            assertEquals(5, journal.maintenance().auditAfter(0, 10).size(), "every wrong PIN is audited");
        }
        clock.advance(Duration.ofMinutes(1));
        try (H2Journal journal = open()) {
            assertFalse(journal.maintenance().entryLock().lockedAt(clock.instant()), "15 minutes later entry is possible again");
        }
    }

    @Test
    void aRightPinStartsTheCountAgain() {
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            m.wrongPin(5, LOCK, did("PIN_WRONG"));
            m.wrongPin(5, LOCK, did("PIN_WRONG"));
            m.entered(did("ENTERED"));
            assertEquals(0, m.entryLock().failedAttempts());
            assertEquals(List.of("PIN_WRONG", "PIN_WRONG", "ENTERED"), m.auditAfter(0, 10).stream().map(e -> e.record().action()).toList());
        }
    }

    @Test
    void aCollectionFreezesTheJournalsFiguresAndOnlyARecordedOneResetsTheCashBox() {
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            sell(journal, 3000, 1000, 2000);
            sell(journal, 10000, 10000);
            assertEquals(Map.of(Denomination.YEN_1000, 1, Denomination.YEN_2000, 1, Denomination.YEN_10000, 1), m.cashBox());

            CashCollectionRecord started = m.startCollection(did("COLLECTION_STARTED"));
            assertEquals(CashCollectionRecord.State.STARTED, started.state());
            assertEquals(Yen.of(13000), started.journalTotal());
            assertEquals(started, m.startCollection(did("COLLECTION_STARTED")), "starting again resumes the same collection");

            CashCollectionRecord recorded = m.recordCollection(started.no(),
                    Map.of(Denomination.YEN_1000, 1, Denomination.YEN_2000, 0, Denomination.YEN_5000, 0, Denomination.YEN_10000, 1), did("COLLECTION_RECORDED"));
            assertEquals(Optional.of(Yen.of(11000)), recorded.countedTotal(), "the counted figure is kept even when it differs");
            assertTrue(m.cashBox().values().stream().allMatch(n -> n == 0), "the cash box counts from zero");
            assertTrue(m.openCollection().isEmpty());
            assertThrows(IllegalStateException.class, () -> m.recordCollection(started.no(), Map.of(), did("COLLECTION_RECORDED")),
                    "a collection is recorded once");

            sell(journal, 5000, 5000);
            CashCollectionRecord next = m.startCollection(did("COLLECTION_STARTED"));
            assertEquals(2, next.no());
            assertEquals(Yen.of(5000), next.journalTotal(), "only notes since the last collection");
        }
    }

    @Test
    void aCollectionLeftHalfwayIsResumedAfterARestart() {
        long no;
        try (H2Journal journal = open()) {
            sell(journal, 2000, 2000);
            no = journal.maintenance().startCollection(did("COLLECTION_STARTED")).no();
        }
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            CashCollectionRecord open = m.openCollection().orElseThrow();
            assertEquals(no, open.no());
            assertEquals(Map.of(Denomination.YEN_2000, 1), withoutZeros(open.journalCounts()));
            m.recordCollection(no, Map.of(Denomination.YEN_2000, 1), did("COLLECTION_RECORDED"));
            assertEquals(1, m.collections(T0, T0.plusSeconds(1)).size());
        }
    }

    @Test
    void aClaimCodeIsPaidOutOnceAndOnlyForMoneyHeldUnderIt() {
        try (H2Journal journal = open()) {
            MaintenanceRecords m = journal.maintenance();
            long held = journal.open(JournalFixture.order(3000)).seq();
            JournalFixture.pay(journal, held, 1000);
            journal.abandon(held);
            long sold = sell(journal, 1000, 1000);

            ClaimSettlement s = m.settleClaim(held, did("CLAIM_PAID_OUT"));
            assertEquals(1000, s.yen());
            assertEquals(Optional.of(s), m.settlement(held));
            assertThrows(IllegalStateException.class, () -> m.settleClaim(held, did("CLAIM_PAID_OUT")), "never twice");
            assertThrows(IllegalStateException.class, () -> m.settleClaim(sold, did("CLAIM_PAID_OUT")), "a completed top-up holds nothing");
            assertEquals(1, m.auditAfter(0, 10).size(), "refusals write nothing");
            assertEquals(jp.konbini.domain.topup.TopUpState.SETTLED, journal.topUp(held).orElseThrow().state());
            assertEquals(MoneyEventKind.TOPUP_SETTLED, journal.events(held).get(journal.events(held).size() - 1).kind());
        }
        try (ReadOnlyJournal read = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            assertTrue(read.verify().ok(), read.verify().problems().toString());
        }
    }

    private static long sell(H2Journal journal, long price, long... notes) {
        long seq = journal.open(JournalFixture.order(price)).seq();
        for (long yen : notes) {
            JournalFixture.pay(journal, seq, yen);
        }
        journal.complete(seq);
        return seq;
    }

    private static Map<Denomination, Integer> withoutZeros(Map<Denomination, Integer> counts) {
        return Map.copyOf(counts.entrySet().stream().filter(e -> e.getValue() != 0)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    /** A wall clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
