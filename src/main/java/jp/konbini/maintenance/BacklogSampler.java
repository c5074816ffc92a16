package jp.konbini.maintenance;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Remembers the sync backlog (records the server does not hold yet) at each {@link #sample()}, for
 * the last {@code capacity} samples, so the chart can show how it grew and drained. Kept in memory:
 * a restart starts the chart again (the journal holds the backlog itself, not its history).
 */
public final class BacklogSampler {

    private final LongSupplier backlog;
    private final Clock clock;
    private final int capacity;
    private final ArrayDeque<ChartPoint> points = new ArrayDeque<>();

    public BacklogSampler(LongSupplier backlog, Clock clock, int capacity) {
        this.backlog = backlog;
        this.clock = clock;
        this.capacity = capacity;
    }

    /** Takes one sample (the composition root calls this on a timer, e.g. every minute). */
    public synchronized void sample() {
        if (points.size() == capacity) {
            points.removeFirst();
        }
        points.addLast(new ChartPoint(clock.instant(), backlog.getAsLong()));
    }

    public synchronized List<ChartPoint> points() {
        return List.copyOf(points);
    }
}
