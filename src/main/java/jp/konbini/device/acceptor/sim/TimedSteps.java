package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.UnitState.NEVER;

import java.time.Duration;
import java.util.List;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.device.acceptor.sim.UnitState.Jam;
import jp.konbini.device.acceptor.sim.UnitState.Phase;
import jp.konbini.device.acceptor.sim.UnitState.Power;

/**
 * What time alone does to the unit: power coming back, INITIALIZE ending, the next note drawn in,
 * validation, escrow and hold timeouts, the polling watchdog, stacking, the VEND VALID wedge, the
 * customer taking a returned note. Called under the machine's lock.
 */
final class TimedSteps {

    /** Reasons a genuine note may be rejected at random: the physical ones, not "inhibited" or "reserved". */
    private static final List<RejectReason> RANDOM_REASONS = List.of(RejectReason.INSERTION, RejectReason.MAGNETIC_PATTERN,
            RejectReason.DATA_AMPLITUDE, RejectReason.FEED, RejectReason.DENOMINATION, RejectReason.PHOTO_PATTERN,
            RejectReason.PHOTO_LEVEL, RejectReason.OPERATION, RejectReason.LENGTH, RejectReason.COLOUR_PATTERN,
            RejectReason.TRUE_BILL_FEATURE);

    private final UnitState u;

    TimedSteps(UnitState state) {
        this.u = state;
    }

    /** Makes every transition that is due at {@code now} (zero durations chain several). */
    void advance(long now) {
        for (int guard = 0; guard < 64 && step(now); guard++) {
            // each step makes at most one transition
        }
    }

    private boolean step(long now) {
        if (u.power == Power.OFF) {
            if (now >= u.powerOnAt) {
                u.powerUp(now);
                return true;
            }
            return false;
        }
        if (u.power == Power.POWER_UP || u.wedged) {
            return false;
        }
        if (u.initializing) {
            if (now >= u.initializedAt) {
                u.finishInitialize();
                return true;
            }
            return false;
        }
        if (u.blocked() || u.paused) {
            return false;
        }
        return switch (u.phase) {
            case NONE -> takeNextNote(now);
            case ACCEPTING, ESCROW, HOLDING -> watchdog(now) || decisionDue(now);
            case STACKING -> now >= u.deadline && stackingDone(now);
            case VEND_VALID -> now >= u.wedgeAt && wedge();
            case STACKED -> now >= u.deadline && stackedDone(now);
            case REJECTING -> now >= u.deadline && u.finish(NoteFate.REJECTED, "rejected");
            case RETURNING -> now >= u.deadline && u.finish(NoteFate.RETURNED, "returned after RETURN");
        };
    }

    private boolean takeNextNote(long now) {
        if (u.full()) {
            if (!u.fullReported) {
                u.fullReported = true;
                u.events.add(SimEvent.Type.STACKER_FULL, u.truth.cashBoxCount() + " notes");
            }
            return false;
        }
        if (u.customer.isEmpty() || u.registers.inhibited()) {
            return false;
        }
        u.note = new NoteInFlight(u.customer.next(), now);
        u.note.jamInAcceptor = u.armJamInAcceptor;
        u.armJamInAcceptor = false;
        u.enter(Phase.ACCEPTING, now, u.timings.accepting());
        u.events.add(SimEvent.Type.ACCEPTING, u.note.toString());
        return true;
    }

    /** The host has not polled for a while: the note goes back (reference §1.8, about 3 s). */
    private boolean watchdog(long now) {
        long silentSince = Math.max(u.lastHostFrameAt, u.note.startedAt);
        if (now - silentSince < u.timings.pollWatchdog().toNanos()) {
            return false;
        }
        u.events.add(SimEvent.Type.WATCHDOG, "host silent for " + Duration.ofNanos(now - silentSince).toMillis() + " ms, " + u.note);
        u.startRejecting(RejectReason.INHIBITED, now);
        return true;
    }

    private boolean decisionDue(long now) {
        if (now < u.deadline) {
            return false;
        }
        if (u.phase == Phase.ACCEPTING) {
            recognise(now);
        } else {
            u.events.add(SimEvent.Type.ESCROW_TIMEOUT, (u.phase == Phase.HOLDING ? "hold expired, " : "") + u.note);
            u.startRejecting(RejectReason.INHIBITED, now);
        }
        return true;
    }

    /** The end of validation: a jam, a reject (scripted, inhibited, or at random), or ESCROW. */
    private void recognise(long now) {
        SimNote n = u.note.note;
        if (u.note.jamInAcceptor) {
            u.jam = Jam.IN_ACCEPTOR;
            u.events.add(SimEvent.Type.JAM, "in acceptor while accepting " + u.note);
        } else if (n.rejectAs().isPresent()) {
            u.startRejecting(n.rejectAs().get(), now);
        } else if (u.registers.inhibited() || u.registers.denominationDisabled(n.escrowCode())) {
            u.startRejecting(RejectReason.INHIBITED, now);
        } else if (u.random.nextDouble() < u.settings.randomRejectRate()) {
            u.startRejecting(RANDOM_REASONS.get(u.random.nextInt(RANDOM_REASONS.size())), now);
        } else {
            u.enter(Phase.ESCROW, now, u.timings.escrowTimeout());
            u.events.add(SimEvent.Type.ESCROW, String.format("0x%02X %s", n.escrowCode(), u.note));
        }
    }

    private boolean stackingDone(long now) {
        if (u.note.jamInStackerBeforeVendValid) {
            u.jam = Jam.IN_STACKER;
            u.events.add(SimEvent.Type.JAM, "in stacker before VEND VALID, " + u.note);
            return true;
        }
        u.phase = Phase.VEND_VALID;
        u.deadline = NEVER;
        u.wedgeAt = u.timings.vendValidWedge().isZero() ? NEVER : now + u.timings.vendValidWedge().toNanos();
        u.events.add(SimEvent.Type.VEND_VALID, u.note.toString());
        return true;
    }

    private boolean wedge() {
        u.wedged = true;
        u.wedgeAt = NEVER;
        u.events.add(SimEvent.Type.WEDGED, "VEND VALID never ACKed; silent until RESET");
        return true;
    }

    private boolean stackedDone(long now) {
        u.phase = Phase.NONE;
        u.deadline = NEVER;
        u.afterNote(now);
        return true;
    }
}
