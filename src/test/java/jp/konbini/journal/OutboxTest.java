package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.TopUpState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's outbox: queued with the close, answers recorded once, ages that a clock cannot shorten. */
class OutboxTest {

    private static final LocalDate EXPIRY = LocalDate.of(2026, 12, 13);
    private static final Instant APPLIED_AT = Instant.parse("2026-11-22T05:00:01Z");

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T05:00:00Z"));

    private H2Journal open() {
        return H2Journal.open(JournalLocation.in(dir), JournalFixture.KIOSK, "test", clock, nanos::get);
    }

    @Test
    void closingATopUpQueuesItInTheSameTransactionAndPendingComesInSequenceOrder() {
        try (H2Journal journal = open()) {
            long paid = paidAndCompleted(journal, 2000);
            long cancelled = journal.cancel(journal.open(JournalFixture.order(1000)).seq()).seq();
            long inSession = journal.open(JournalFixture.order(1000)).seq();
            long abandoned = journal.open(JournalFixture.order(3000)).seq();
            JournalFixture.pay(journal, abandoned, 1000);
            journal.abandon(abandoned);
            List<OutboxEntry> pending = journal.pending(10);
            assertEquals(List.of(paid, cancelled, abandoned), pending.stream().map(e -> e.topUp().seq()).toList(),
                    "a session still going on is not sent");
            assertEquals(List.of(OutboxKind.PURCHASE, OutboxKind.CANCELLED, OutboxKind.ABANDONED), pending.stream().map(OutboxEntry::kind).toList());
            assertEquals(1, journal.pending(1).size());
            assertTrue(journal.syncStatus(inSession).isEmpty());
        }
    }

    @Test
    void answersAreRecordedOnceAndMoveTheTopUpThroughItsLifecycle() {
        try (H2Journal journal = open()) {
            long applied = paidAndCompleted(journal, 2000);
            long refused = paidAndCompleted(journal, 1000);
            long cancelled = journal.cancel(journal.open(JournalFixture.order(1000)).seq()).seq();
            long rejected = paidAndCompleted(journal, 1000);
            UUID appliedUuid = uuid(journal, applied);
            List<SyncAnswer> answers = List.of(
                    new SyncAnswer(applied, appliedUuid, ServerOutcome.APPLIED, null, EXPIRY, APPLIED_AT),
                    new SyncAnswer(refused, uuid(journal, refused), ServerOutcome.REFUSED, "unknown-line", null, APPLIED_AT),
                    new SyncAnswer(cancelled, uuid(journal, cancelled), ServerOutcome.RECORDED, null, null, APPLIED_AT),
                    new SyncAnswer(rejected, uuid(journal, rejected), ServerOutcome.REJECTED, "uuid-conflict", null, null));
            assertEquals(4, journal.record(answers));
            assertEquals(0, journal.record(answers), "a replayed answer changes nothing");
            assertEquals(0, journal.record(List.of(new SyncAnswer(applied, UUID.randomUUID(), ServerOutcome.REFUSED, "x", null, APPLIED_AT))),
                    "an answer naming another UUID for the sequence number is ignored");

            assertEquals(TopUpState.APPLIED, journal.topUp(applied).orElseThrow().state());
            SyncStatus a = journal.syncStatus(applied).orElseThrow();
            assertEquals(SyncState.SYNCED, a.state());
            assertEquals(Optional.of(EXPIRY), a.newExpiry());
            assertEquals(Optional.of(APPLIED_AT), a.appliedAt());
            assertEquals(MoneyEventKind.TOPUP_APPLIED, last(journal.events(applied)));
            assertEquals(TopUpState.REFUSED, journal.topUp(refused).orElseThrow().state());
            assertEquals(MoneyEventKind.TOPUP_REFUSED, last(journal.events(refused)));
            assertEquals(Optional.of("unknown-line"), journal.syncStatus(refused).orElseThrow().reason());
            assertEquals(TopUpState.CANCELLED, journal.topUp(cancelled).orElseThrow().state());
            assertEquals(SyncState.SYNCED, journal.syncStatus(cancelled).orElseThrow().state());
            assertEquals(TopUpState.QUEUED, journal.topUp(rejected).orElseThrow().state());
            assertEquals(SyncState.REJECTED, journal.syncStatus(rejected).orElseThrow().state());

            assertTrue(journal.pending(10).isEmpty(), "nothing answered is sent again");
            OfflineExposure exposure = journal.exposure();
            assertEquals(1, exposure.unsyncedTopUps(), "a rejected top-up is still not delivered");
            assertEquals(Yen.of(1000), exposure.unsyncedYen());
            assertEquals(1, exposure.rejected());
        }
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            VerificationReport report = journal.verify();
            assertTrue(report.ok(), report.problems().toString());
        }
    }

    @Test
    void anAnswerThatDoesNotFitTheRecordIsKeptAsRejectedNotApplied() {
        try (H2Journal journal = open()) {
            long cancelled = journal.cancel(journal.open(JournalFixture.order(1000)).seq()).seq();
            assertEquals(1, journal.record(List.of(new SyncAnswer(cancelled, uuid(journal, cancelled), ServerOutcome.APPLIED, null, EXPIRY, APPLIED_AT))));
            assertEquals(SyncState.REJECTED, journal.syncStatus(cancelled).orElseThrow().state());
            assertEquals(TopUpState.CANCELLED, journal.topUp(cancelled).orElseThrow().state());
        }
    }

    @Test
    void verifyFindsAnOutboxThatDisagreesWithTheTopUps() throws Exception {
        try (H2Journal journal = open()) {
            paidAndCompleted(journal, 1000);
            paidAndCompleted(journal, 1000);
        }
        try (Connection c = DriverManager.getConnection(JournalLocation.in(dir).url(false), JournalDatabase.USER, JournalDatabase.PASSWORD);
             Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM topup_sync WHERE topup_seq = 1");
            st.executeUpdate("UPDATE topup_sync SET state = 'SYNCED', outcome = 'APPLIED', new_expiry = DATE '2026-12-01' WHERE topup_seq = 2");
        }
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            List<String> problems = journal.verify().problems();
            assertTrue(problems.contains("top-up 1: closed (QUEUED) but never queued for the server"), problems.toString());
            assertTrue(problems.contains("top-up 2: state QUEUED does not match the server answer SYNCED/APPLIED"), problems.toString());
        }
    }

    @Test
    void theOldestAgeCountsUptimeAcrossRestartsAndIgnoresAWallClockSetBack() {
        try (H2Journal journal = open()) {
            paidAndCompleted(journal, 3000);
            nanos.addAndGet(Duration.ofHours(2).toNanos());
            clock.set(clock.instant().plus(Duration.ofHours(2)));
            assertEquals(Optional.of(Duration.ofHours(2)), journal.exposure().oldestAge());
            journal.persistUptime();
        }
        nanos.set(-Duration.ofDays(5).toNanos()); // a new process: the monotonic clock starts anywhere
        clock.set(Instant.parse("2020-01-01T00:00:00Z")); // and the wall clock was set far back
        try (H2Journal journal = open()) {
            nanos.addAndGet(Duration.ofHours(1).toNanos());
            assertEquals(Optional.of(Duration.ofHours(3)), journal.exposure().oldestAge(), "2 h before the restart and 1 h since");
            clock.set(Instant.parse("2026-11-25T05:00:00Z"));
            assertEquals(Optional.of(Duration.ofDays(3)), journal.exposure().oldestAge(), "a wall clock ahead only makes it older");
        }
    }

    @Test
    void aCrashLosesAtMostTheUptimeSinceItWasLastPersistedNeverWhatWasQueued() {
        try (H2Journal journal = open()) {
            nanos.addAndGet(Duration.ofHours(5).toNanos());
            paidAndCompleted(journal, 3000); // queued at uptime 5 h (persisted with it)
            nanos.addAndGet(Duration.ofHours(1).toNanos()); // not persisted: "crash"
        }
        nanos.set(0);
        try (H2Journal journal = open()) {
            assertEquals(Optional.of(Duration.ZERO), journal.exposure().oldestAge().map(d -> d.isNegative() ? Duration.ZERO : d),
                    "uptime resumes at 5 h, never below a queued record's");
            nanos.addAndGet(Duration.ofMinutes(30).toNanos());
            assertEquals(Optional.of(Duration.ofMinutes(30)), journal.exposure().oldestAge());
        }
    }

    @Test
    void aJournalFromBeforeSyncKeepsEveryClosedRecordPendingAfterTheUpgrade() throws Exception {
        try (H2Journal journal = open()) {
            paidAndCompleted(journal, 1000);
            journal.cancel(journal.open(JournalFixture.order(1000)).seq());
            journal.open(JournalFixture.order(1000));
        }
        // Turn it into a version-1 journal: no outbox, no uptime, history at version 1.
        try (Connection c = DriverManager.getConnection(JournalLocation.in(dir).url(false), JournalDatabase.USER, JournalDatabase.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("DROP TABLE print_job");
            st.execute("DROP TABLE reconciliation");
            st.execute("DROP TABLE topup_sync");
            st.execute("DROP TABLE kiosk_uptime");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" > 1");
        }
        try (H2Journal journal = open()) {
            List<OutboxEntry> pending = journal.pending(10);
            assertEquals(List.of(1L, 2L), pending.stream().map(e -> e.topUp().seq()).toList());
            assertEquals(List.of(OutboxKind.PURCHASE, OutboxKind.CANCELLED), pending.stream().map(OutboxEntry::kind).toList());
            nanos.addAndGet(Duration.ofMinutes(1).toNanos());
            assertEquals(Optional.of(Duration.ofMinutes(1)), journal.exposure().oldestAge(), "queued at uptime 0: as old as can be");
        }
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            assertTrue(journal.verify().ok(), journal.verify().problems().toString());
        }
    }

    @Test
    void theSyncMigrationCanRunAgainAfterAPowerCutHalfWayThroughIt() throws Exception {
        try (H2Journal journal = open()) {
            paidAndCompleted(journal, 1000);
        }
        // H2 commits DDL at once: a cut during V2 (or a later one) leaves its tables without Flyway's record of them.
        try (Connection c = DriverManager.getConnection(JournalLocation.in(dir).url(false), JournalDatabase.USER, JournalDatabase.PASSWORD);
             Statement st = c.createStatement()) {
            st.execute("DELETE FROM topup_sync");
            st.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" > 1");
        }
        try (H2Journal journal = open()) {
            assertEquals(1, journal.pending(10).size(), "the migration ran again over its own half-done work");
        }
    }

    private static long paidAndCompleted(H2Journal journal, long price) {
        long seq = journal.open(JournalFixture.order(price)).seq();
        for (long paid = 0; paid < price; paid += 1000) {
            JournalFixture.pay(journal, seq, 1000);
        }
        return journal.complete(seq).seq();
    }

    private static UUID uuid(H2Journal journal, long seq) {
        return journal.topUp(seq).orElseThrow().uuid();
    }

    private static MoneyEventKind last(List<MoneyEvent> events) {
        return events.get(events.size() - 1).kind();
    }

    /** A wall clock a test can set, forwards or back. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
