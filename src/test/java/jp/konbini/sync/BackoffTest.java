package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Full jitter: each wait is random below a ceiling that doubles from the base up to the cap. */
class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration CAP = Duration.ofMinutes(5);

    @Test
    void waitsStayBelowADoublingCeilingUpToTheCapAndUseTheWholeRange() {
        for (int failures = 0; failures < 20; failures++) {
            long ceiling = Math.min(CAP.toMillis(), BASE.toMillis() << failures);
            long max = 0;
            long min = Long.MAX_VALUE;
            for (int run = 0; run < 400; run++) {
                Backoff b = new Backoff(BASE, CAP, new SplittableRandom(run * 31L + failures));
                for (int i = 0; i < failures; i++) {
                    b.nextDelay(Optional.empty());
                }
                long wait = b.nextDelay(Optional.empty()).toMillis();
                assertTrue(wait >= 0 && wait <= ceiling, "failure " + failures + ": " + wait + " > " + ceiling);
                max = Math.max(max, wait);
                min = Math.min(min, wait);
            }
            assertTrue(max > ceiling * 9 / 10 && min < ceiling / 10 + 1, "jitter spans [0, ceiling): " + min + ".." + max + " of " + ceiling);
        }
    }

    @Test
    void retryAfterIsAFloorAndResetStartsAgainFromTheBase() {
        Backoff b = new Backoff(BASE, CAP, new SplittableRandom(1));
        assertTrue(b.nextDelay(Optional.of(Duration.ofSeconds(120))).compareTo(Duration.ofSeconds(120)) >= 0);
        assertEquals(Duration.ofHours(1), b.nextDelay(Optional.of(Duration.ofDays(3))), "a silly Retry-After is capped at an hour");
        for (int i = 0; i < 10; i++) {
            b.nextDelay(Optional.empty());
        }
        b.reset();
        assertEquals(0, b.failures());
        assertTrue(b.nextDelay(Optional.empty()).compareTo(BASE) <= 0);
    }

    @Test
    void aCapBelowTheBaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofSeconds(10), Duration.ofSeconds(1), new SplittableRandom()));
    }
}
