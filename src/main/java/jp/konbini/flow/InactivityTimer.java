package jp.konbini.flow;

import java.time.Duration;
import java.util.OptionalInt;

/**
 * The inactivity timer of an input screen: quiet for a while, then a warning with a countdown
 * (one tick a second, so the screen can show it), then {@code expired}. Any touch re-arms it;
 * it can be extended any number of times. Flow thread only.
 */
final class InactivityTimer {

    private final Clock clock;
    private final Duration quiet;
    private final int warningSeconds;
    private final Runnable changed;
    private final Runnable expired;

    private Clock.Timer pending;
    private int secondsLeft = -1;
    private long generation;

    /**
     * @param changed called whenever the countdown shows, ticks or goes (the view must be published)
     * @param expired called when the countdown reaches zero
     */
    InactivityTimer(Clock clock, Duration quiet, Duration warning, Runnable changed, Runnable expired) {
        this.clock = clock;
        this.quiet = quiet;
        this.warningSeconds = Math.toIntExact(warning.toSeconds());
        this.changed = changed;
        this.expired = expired;
    }

    /** Starts (or restarts) the quiet period; hides a warning that was showing. */
    void arm() {
        cancelPending();
        long mine = ++generation;
        pending = clock.schedule(quiet, () -> warn(mine));
    }

    /** Stops the timer (the screen has none, or the flow waits on something else). */
    void disarm() {
        cancelPending();
        ++generation;
    }

    OptionalInt secondsLeft() {
        return secondsLeft < 0 ? OptionalInt.empty() : OptionalInt.of(secondsLeft);
    }

    private void warn(long mine) {
        if (mine != generation) {
            return;
        }
        secondsLeft = warningSeconds;
        changed.run();
        pending = clock.schedule(Duration.ofSeconds(1), () -> tick(mine));
    }

    private void tick(long mine) {
        if (mine != generation) {
            return;
        }
        secondsLeft--;
        if (secondsLeft <= 0) {
            secondsLeft = -1;
            pending = null;
            ++generation;
            expired.run();
            return;
        }
        changed.run();
        pending = clock.schedule(Duration.ofSeconds(1), () -> tick(mine));
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        if (secondsLeft >= 0) {
            secondsLeft = -1;
            changed.run();
        }
    }
}
