package jp.konbini.ui.bench;

import java.util.Arrays;

/** Measured durations in nanoseconds; percentiles (nearest rank) in milliseconds to 0.1 ms. */
final class Latencies {

    private long[] nanos = new long[256];
    private int size;

    void add(long elapsedNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = elapsedNanos;
    }

    int size() {
        return size;
    }

    double percentileMs(double p) {
        if (size == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return ProcessMemory.round(sorted[Math.max(0, rank - 1)] / 1e6);
    }
}
