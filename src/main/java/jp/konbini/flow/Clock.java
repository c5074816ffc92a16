package jp.konbini.flow;

import java.time.Duration;
import java.time.Instant;

/**
 * The flow's time: every session timer is scheduled here, so tests run whole sessions in virtual
 * time. Timer actions run on the flow's own thread, like every other flow step.
 */
public interface Clock {

    /** Wall-clock time, for what the customer reads (never for measuring a timeout). */
    Instant now();

    /** Runs {@code action} on the flow thread after {@code delay}, unless cancelled first. */
    Timer schedule(Duration delay, Runnable action);

    /** A scheduled action; cancelling one that already ran does nothing. */
    @FunctionalInterface
    interface Timer {
        void cancel();
    }
}
