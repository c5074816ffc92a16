package jp.konbini.bench;

import java.util.Arrays;

/** Latencies of one measured operation, in nanoseconds, summarised as percentiles in microseconds. */
final class LatencySample {

    private final long[] nanos;
    private int size;

    LatencySample(int capacity) {
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[size++] = elapsedNanos;
    }

    boolean isFull() {
        return size == nanos.length;
    }

    int size() {
        return size;
    }

    /** The {@code p}-th percentile (nearest rank) in microseconds, to 0.1 µs. */
    double percentileMicros(double p) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return round(sorted[Math.max(0, rank - 1)] / 1000.0);
    }

    double maxMicros() {
        return percentileMicros(100);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
