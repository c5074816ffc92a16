package jp.konbini.journal;

import java.time.Duration;
import java.util.Optional;
import jp.konbini.domain.money.Yen;

/**
 * How much the kiosk has taken that the central server does not yet hold.
 *
 * @param pendingRecords  closed records of any kind not yet answered
 * @param unsyncedTopUps  paid top-ups not yet applied (pending or rejected)
 * @param unsyncedYen     their amount
 * @param rejected        records the server refused to store (they count as unsynced until a technician acts)
 * @param oldestAge       age of the oldest unsynced top-up: the larger of its age by kiosk uptime
 *                        (monotonic, persisted across restarts) and by the wall clock, so a wall
 *                        clock set back cannot make it younger
 */
public record OfflineExposure(long pendingRecords, long unsyncedTopUps, Yen unsyncedYen, long rejected, Optional<Duration> oldestAge) {
}
