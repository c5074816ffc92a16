package jp.konbini.support;

/**
 * A monotonic time source in nanoseconds, for durations only (never a date). Offline ages and
 * back-off waits are measured with it so that setting the wall clock cannot shorten or extend them;
 * tests substitute a virtual one.
 */
@FunctionalInterface
public interface Ticker {

    long nanos();

    static Ticker system() {
        return System::nanoTime;
    }
}
