package jp.konbini.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.config.KioskConfig;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.journal.Outbox;

/**
 * The offline bounds of {@code kiosk.properties}, applied to what the journal holds unsynced.
 * Ages come from the journal, which counts them on the larger of kiosk uptime (monotonic,
 * persisted) and the wall clock, so a clock set back cannot extend them.
 */
public final class OfflinePolicy {

    /** One top-up stays below the revenue-stamp threshold (¥50,000) anyway. */
    private static final Yen ONLINE_CEILING = Yen.of(49_999);

    private final KioskConfig.OfflineLimits limits;
    private final Outbox outbox;
    private final Connectivity connectivity;

    public OfflinePolicy(KioskConfig.OfflineLimits limits, Outbox outbox, Connectivity connectivity) {
        this.limits = limits;
        this.outbox = outbox;
        this.connectivity = connectivity;
    }

    public CashAcceptance evaluate() {
        OfflineExposure exposure = outbox.exposure();
        boolean online = connectivity.isOnline();
        List<StopReason> reasons = new ArrayList<>();
        Yen room = limits.maxUnsynced().minus(exposure.unsyncedYen()).atLeastZero();
        if (room.isZero()) {
            reasons.add(StopReason.UNSYNCED_TOTAL_REACHED);
        }
        Duration maxAge = Duration.ofHours(limits.maxUnsyncedAgeHours());
        if (exposure.oldestAge().filter(age -> age.compareTo(maxAge) >= 0).isPresent()) {
            reasons.add(StopReason.OLDEST_UNSYNCED_TOO_OLD);
        }
        Yen perTopUp = online ? ONLINE_CEILING : limits.maxTopUp();
        Yen largest = reasons.isEmpty() ? min(perTopUp, room) : Yen.ZERO;
        return new CashAcceptance(reasons.isEmpty(), reasons, largest, online, exposure);
    }

    private static Yen min(Yen a, Yen b) {
        return a.isGreaterThan(b) ? b : a;
    }
}
