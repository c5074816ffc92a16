package jp.konbini.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import jp.konbini.maintenance.MaintenanceMode;

/**
 * How staff get into maintenance mode on this kiosk's screen, and what it drives once they are in.
 *
 * @param mode      the maintenance desks (built by the composition root)
 * @param corner    the screen corner to hold
 * @param hold      how long to hold it (a tap does nothing)
 * @param keySwitch a file reading {@code 1} while the key is turned (polled), or empty
 * @param idleLeave how long maintenance mode (or an open keypad) stays with nobody touching the screen
 * @param clock     the time staff read (the kiosk's local zone, Japan) and "today" for searches
 */
public record MaintenanceAccess(MaintenanceMode mode, Corner corner, Duration hold, Optional<Path> keySwitch, Duration idleLeave,
                                Clock clock) {

    /** The screen corner a long press opens the keypad from. */
    public enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_LEFT, BOTTOM_RIGHT }

    /** Japan: the kiosk's receipts, reports and journal days are all Tokyo time. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    public MaintenanceAccess {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(corner, "corner");
        Objects.requireNonNull(keySwitch, "keySwitch");
        Objects.requireNonNull(clock, "clock");
        if (hold.isNegative() || hold.isZero()) {
            throw new IllegalArgumentException("the hold must be longer than a tap: " + hold);
        }
        if (idleLeave.compareTo(hold) <= 0) {
            throw new IllegalArgumentException("maintenance mode must stay open longer than the hold: " + idleLeave);
        }
    }

    public MaintenanceAccess(MaintenanceMode mode, Corner corner, Duration hold, Optional<Path> keySwitch, Duration idleLeave) {
        this(mode, corner, hold, keySwitch, idleLeave, Clock.system(JAPAN));
    }
}
