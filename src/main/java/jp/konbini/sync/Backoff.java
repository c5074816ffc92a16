package jp.konbini.sync;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Full-jitter exponential back-off: after the n-th failure in a row, wait a random time in
 * [0, min(cap, base × 2^n)), so a fleet coming back after an outage does not stampede. A server's
 * {@code Retry-After} is a floor (capped at one hour, so a bad header cannot park a kiosk).
 */
public final class Backoff {

    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;
    private int failures;

    public Backoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < base <= cap: " + base + ", " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The wait after one more failure. */
    public Duration nextDelay(Optional<Duration> retryAfter) {
        long ceiling = base.toMillis() << Math.min(failures, 30);
        ceiling = Math.min(cap.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
        failures++;
        Duration jittered = Duration.ofMillis(random.nextLong(ceiling + 1));
        Duration floor = retryAfter.map(r -> r.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : r).orElse(Duration.ZERO);
        return jittered.compareTo(floor) < 0 ? floor : jittered;
    }

    /** Success, or connectivity came back: the next failure starts from the base again. */
    public void reset() {
        failures = 0;
    }

    public int failures() {
        return failures;
    }
}
