package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.konbini.config.KioskConfig;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.journal.Outbox;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.journal.SyncStatus;
import org.junit.jupiter.api.Test;

/** The offline bounds: per top-up while offline, total unsynced, oldest unsynced age. */
class OfflinePolicyTest {

    private static final KioskConfig.OfflineLimits LIMITS = new KioskConfig.OfflineLimits(Yen.of(10_000), Yen.of(30_000), 72);

    private final Connectivity connectivity = new Connectivity();

    @Test
    void offlineOneTopUpIsCappedAndTheTotalLeavesRoomOnlyUpToTheBound() {
        CashAcceptance fresh = policy(0, Yen.ZERO, Optional.empty()).evaluate();
        assertTrue(fresh.takesCash());
        assertFalse(fresh.online(), "until the server first answered the kiosk counts as offline");
        assertEquals(Yen.of(10_000), fresh.largestTopUp());
        assertEquals(Yen.of(5_000), policy(3, Yen.of(25_000), Optional.of(Duration.ofHours(1))).evaluate().largestTopUp());
        connectivity.answered(Optional.empty(), java.time.Instant.now());
        assertEquals(Yen.of(30_000), policy(0, Yen.ZERO, Optional.empty()).evaluate().largestTopUp(), "online only the total limits");
    }

    @Test
    void pastABoundNoCashIsTakenAndTheReasonsSayWhy() {
        CashAcceptance full = policy(3, Yen.of(30_000), Optional.of(Duration.ofHours(1))).evaluate();
        assertFalse(full.takesCash());
        assertEquals(List.of(StopReason.UNSYNCED_TOTAL_REACHED), full.reasons());
        assertEquals(Yen.ZERO, full.largestTopUp());
        CashAcceptance old = policy(1, Yen.of(1_000), Optional.of(Duration.ofHours(72))).evaluate();
        assertEquals(List.of(StopReason.OLDEST_UNSYNCED_TOO_OLD), old.reasons());
        assertTrue(policy(1, Yen.of(1_000), Optional.of(Duration.ofHours(72).minusSeconds(1))).evaluate().takesCash());
        assertEquals(List.of(StopReason.UNSYNCED_TOTAL_REACHED, StopReason.OLDEST_UNSYNCED_TOO_OLD),
                policy(9, Yen.of(40_000), Optional.of(Duration.ofDays(4))).evaluate().reasons());
    }

    private OfflinePolicy policy(long count, Yen yen, Optional<Duration> oldest) {
        OfflineExposure exposure = new OfflineExposure(count, count, yen, 0, oldest);
        return new OfflinePolicy(LIMITS, new FixedOutbox(exposure), connectivity);
    }

    /** An outbox that only reports a fixed exposure. */
    private record FixedOutbox(OfflineExposure exposure) implements Outbox {
        @Override
        public List<OutboxEntry> pending(int limit) {
            return List.of();
        }

        @Override
        public List<OutboxEntry> pendingAfter(long afterSeq, int limit) {
            return List.of();
        }

        @Override
        public int record(List<SyncAnswer> answers) {
            return 0;
        }

        @Override
        public Optional<SyncStatus> syncStatus(long seq) {
            return Optional.empty();
        }

        @Override
        public void persistUptime() {
        }
    }
}
