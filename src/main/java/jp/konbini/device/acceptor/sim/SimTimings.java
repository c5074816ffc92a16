package jp.konbini.device.acceptor.sim;

import java.time.Duration;

/**
 * How long the simulated acceptor spends in each step. {@link #realistic()} follows the timings of
 * reference §1.9 and §6; {@link #fast()} keeps the same order of events in a few milliseconds so a
 * test can push thousands of notes through, while the host-facing timeouts (escrow, polling
 * watchdog, wedge) stay long enough that a busy machine does not trigger them by accident.
 *
 * @param initialize     RESET (or stacker re-insertion, jam clearance) to the end of INITIALIZE
 * @param accepting      note drawn in and validated, ACCEPTING shown
 * @param escrowTimeout  ESCROW without STACK, RETURN or HOLD, then REJECTING 0x79
 * @param holdTimeout    HOLDING without STACK or RETURN, then REJECTING 0x79; zero holds until decided
 * @param pollWatchdog   host silent this long during ACCEPTING, ESCROW or HOLDING: the note is rejected (0x79)
 * @param stacking       STACK-1 ACK to VEND VALID
 * @param stack2Extra    added for STACK-2, whose VEND VALID comes only once the note is in the box
 * @param stacked        how long STACKED is shown after the host's ACK (zero: never shown)
 * @param rejecting      REJECTING shown until the customer takes the note
 * @param returning      RETURNING shown until the customer takes the note
 * @param vendValidWedge VEND VALID un-ACKed this long: the unit stops answering until RESET; zero never wedges
 * @param replyDelay     fixed latency before each reply
 * @param replyJitter    random extra latency, 0 to this
 * @param interByte      a partial host frame is dropped after this silence
 */
public record SimTimings(Duration initialize, Duration accepting, Duration escrowTimeout, Duration holdTimeout,
        Duration pollWatchdog, Duration stacking, Duration stack2Extra, Duration stacked, Duration rejecting,
        Duration returning, Duration vendValidWedge, Duration replyDelay, Duration replyJitter, Duration interByte) {

    public SimTimings {
        for (Duration d : new Duration[] {initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra,
                stacked, rejecting, returning, vendValidWedge, replyDelay, replyJitter, interByte}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("timings must be zero or positive: " + d);
            }
        }
        if (escrowTimeout.isZero() || pollWatchdog.isZero() || interByte.isZero()) {
            throw new IllegalArgumentException("escrow timeout, polling watchdog and inter-byte timeout must be positive");
        }
    }

    /** Timings of a real unit, as far as the reference knows them. */
    public static SimTimings realistic() {
        return new SimTimings(Duration.ofSeconds(2), Duration.ofMillis(1500), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(3), Duration.ofMillis(1500), Duration.ofMillis(300), Duration.ofMillis(200),
                Duration.ofMillis(1500), Duration.ofMillis(1500), Duration.ofSeconds(60), Duration.ofMillis(5),
                Duration.ofMillis(10), Duration.ofMillis(100));
    }

    /** Every mechanical step in milliseconds; host-facing timeouts as on a real unit. */
    public static SimTimings fast() {
        return new SimTimings(Duration.ofMillis(30), Duration.ofMillis(15), Duration.ofSeconds(10), Duration.ofSeconds(10),
                Duration.ofSeconds(3), Duration.ofMillis(15), Duration.ofMillis(10), Duration.ofMillis(15),
                Duration.ofMillis(15), Duration.ofMillis(15), Duration.ofSeconds(60), Duration.ZERO, Duration.ZERO,
                Duration.ofMillis(100));
    }

    public SimTimings withInitialize(Duration d) {
        return new SimTimings(d, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withAccepting(Duration d) {
        return new SimTimings(initialize, d, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withEscrowTimeout(Duration d) {
        return new SimTimings(initialize, accepting, d, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withHoldTimeout(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, d, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withPollWatchdog(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, d, stacking, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withStacking(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, d, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withStack2Extra(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, d, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withStacked(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, d, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withRejecting(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, d,
                returning, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withReturning(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                d, vendValidWedge, replyDelay, replyJitter, interByte);
    }

    public SimTimings withVendValidWedge(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                returning, d, replyDelay, replyJitter, interByte);
    }

    public SimTimings withReplyLatency(Duration delay, Duration jitter) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, delay, jitter, interByte);
    }

    public SimTimings withInterByte(Duration d) {
        return new SimTimings(initialize, accepting, escrowTimeout, holdTimeout, pollWatchdog, stacking, stack2Extra, stacked, rejecting,
                returning, vendValidWedge, replyDelay, replyJitter, d);
    }
}
