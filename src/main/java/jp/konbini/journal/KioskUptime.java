package jp.konbini.journal;

import jp.konbini.support.Ticker;

/**
 * The kiosk's accumulated uptime in milliseconds: what was persisted before this start plus the
 * monotonic time since. It only moves forward and ignores the wall clock. After a crash it resumes
 * from the last persisted value, so it may lag real uptime by at most one persistence interval.
 */
final class KioskUptime {

    private final Ticker ticker;
    private final long baseMillis;
    private final long startNanos;

    KioskUptime(Ticker ticker, long baseMillis) {
        this.ticker = ticker;
        this.baseMillis = baseMillis;
        this.startNanos = ticker.nanos();
    }

    long millis() {
        return baseMillis + Math.max(0, (ticker.nanos() - startNanos) / 1_000_000);
    }
}
