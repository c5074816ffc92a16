package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.UnitState.NEVER;

import java.time.Duration;
import jp.konbini.device.acceptor.id003.FailureCode;
import jp.konbini.device.acceptor.sim.UnitState.Jam;
import jp.konbini.device.acceptor.sim.UnitState.Phase;
import jp.konbini.device.acceptor.sim.UnitState.Power;

/**
 * What people do to the unit: the customer's second note, jams and their clearing, the cash box
 * taken out, emptied, full, hardware failures and cheats, and injected communication errors.
 * Called under the machine's lock; a request that makes no sense now throws
 * {@link IllegalStateException} with the reason and changes nothing.
 */
final class Interventions {

    private final UnitState u;

    Interventions(UnitState state) {
        this.u = state;
    }

    void secondNote(long now) {
        if (u.power != Power.ON || u.blocked() || u.paused || u.note == null
                || !(u.phase == Phase.ACCEPTING || u.phase == Phase.ESCROW || u.phase == Phase.HOLDING)) {
            throw new IllegalStateException("a second note only pauses the unit while it accepts or holds a note (now "
                    + u.describeStatus() + ")");
        }
        u.paused = true;
        u.pausedAt = now;
        u.events.add(SimEvent.Type.PAUSE, "second note while " + u.phase + " " + u.note);
    }

    void removeSecondNote(long now) {
        if (!u.paused) {
            throw new IllegalStateException("there is no second note to remove");
        }
        long pausedFor = now - u.pausedAt;
        if (u.deadline != NEVER) {
            u.deadline += pausedFor;
        }
        u.paused = false;
        u.events.add(SimEvent.Type.PAUSE_CLEARED, "after " + Duration.ofNanos(pausedFor).toMillis() + " ms");
    }

    /** Jams the note now if one is in the head; otherwise the next note jams while accepting. True when jammed now. */
    boolean jamInAcceptor() {
        requireNoJam();
        if (u.power == Power.ON && u.note != null && UnitState.side(u.phase) == NoteInFlight.Side.HEAD) {
            u.jam = Jam.IN_ACCEPTOR;
            u.events.add(SimEvent.Type.JAM, "in acceptor while " + u.phase + " " + u.note);
            return true;
        }
        u.armJamInAcceptor = true;
        u.events.add(SimEvent.Type.JAM_ARMED, "the next note jams in the acceptor");
        return false;
    }

    /**
     * Before VEND VALID: jams now if a note is stacking, else the next stacked note jams before its
     * VEND VALID. After VEND VALID: the note being stacked (or else the next one) jams once the host
     * ACKs its VEND VALID. True when jammed now.
     */
    boolean jamInStacker(boolean afterVendValid) {
        requireNoJam();
        boolean stackingNow = u.power == Power.ON && u.note != null && !u.blocked();
        if (!afterVendValid && stackingNow && u.phase == Phase.STACKING) {
            u.jam = Jam.IN_STACKER;
            u.events.add(SimEvent.Type.JAM, "in stacker before VEND VALID, " + u.note);
            return true;
        }
        if (afterVendValid && stackingNow && (u.phase == Phase.STACKING || u.phase == Phase.VEND_VALID)) {
            u.note.jamInStackerAfterVendValid = true;
            u.events.add(SimEvent.Type.JAM_ARMED, "jams in the stacker once VEND VALID is ACKed, " + u.note);
            return false;
        }
        if (afterVendValid) {
            u.armJamInStackerAfter = true;
        } else {
            u.armJamInStackerBefore = true;
        }
        u.events.add(SimEvent.Type.JAM_ARMED, "the next stacked note jams in the stacker " + (afterVendValid ? "after" : "before")
                + " VEND VALID");
        return false;
    }

    /** Staff clear the jam; the note goes to {@code fate} (null: back to the customer from the head, into the box from the stacker). */
    void clearJam(NoteFate fate, long now) {
        if (u.jam == Jam.NONE) {
            throw new IllegalStateException("there is no jam");
        }
        if (fate == NoteFate.REJECTED) {
            throw new IllegalArgumentException("a jammed note is returned or stacked, not rejected");
        }
        NoteFate where = fate != null ? fate : u.jam == Jam.IN_ACCEPTOR ? NoteFate.RETURNED : NoteFate.CASH_BOX;
        u.events.add(SimEvent.Type.JAM_CLEARED, u.jam + ", note to " + where);
        u.jam = Jam.NONE;
        if (u.note != null) {
            u.finish(where, where == NoteFate.CASH_BOX ? "pushed into the cash box when the jam was cleared"
                    : "handed back when the jam was cleared");
        }
        u.paused = false;
        u.restartIfClear("", false, now);
    }

    void openStacker() {
        if (u.stackerOpen) {
            throw new IllegalStateException("the cash box is already out");
        }
        u.stackerOpen = true;
        u.events.add(SimEvent.Type.STACKER_OPENED, u.note == null ? "" : "note inside: " + u.note + " (" + u.phase + ")");
    }

    void closeStacker(long now) {
        if (!u.stackerOpen) {
            throw new IllegalStateException("the cash box is in");
        }
        u.stackerOpen = false;
        u.events.add(SimEvent.Type.STACKER_CLOSED, "");
        u.restartIfClear("when the cash box was re-inserted", true, now);
    }

    /** Staff empty the cash box (taking it out and putting it back if it is in). Returns the number of notes taken. */
    int emptyStacker(long now) {
        boolean wasIn = !u.stackerOpen;
        if (wasIn) {
            openStacker();
        }
        int taken = u.truth.empty();
        u.fullReported = false;
        u.events.add(SimEvent.Type.STACKER_EMPTIED, taken + " notes");
        if (wasIn) {
            closeStacker(now);
        }
        return taken;
    }

    void setStackerCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("the cash box holds at least one note: " + capacity);
        }
        u.stackerCapacity = capacity;
        u.fullReported = u.fullReported && u.full();
    }

    void failure(FailureCode code) {
        if (code == FailureCode.UNKNOWN) {
            throw new IllegalArgumentException("a failure code is needed");
        }
        requireOn("a failure");
        u.failure = code;
        u.events.add(SimEvent.Type.FAILURE, String.format("0x%02X %s", code.code(), code.description()));
    }

    void cheat() {
        requireOn("a cheat");
        u.cheated = true;
        u.events.add(SimEvent.Type.CHEATED, u.note == null ? "" : "note inside: " + u.note);
    }

    /** Staff fix a FAILURE or CHEATED condition. */
    void clearFault(long now) {
        if (u.failure == null && !u.cheated) {
            throw new IllegalStateException("there is no failure and no cheat to clear");
        }
        u.failure = null;
        u.cheated = false;
        u.events.add(SimEvent.Type.FAULT_CLEARED, "");
        u.restartIfClear("when the fault was cleared", false, now);
    }

    /** The next {@code count} STATUS REQUESTs are answered COMMUNICATION ERROR (0x4A). */
    void communicationError(int count) {
        requireOn("a communication error");
        if (count < 1) {
            throw new IllegalArgumentException("at least one poll: " + count);
        }
        u.communicationErrors += count;
        u.events.add(SimEvent.Type.COMMUNICATION_ERROR, count + " poll(s)");
    }

    private void requireNoJam() {
        if (u.jam != Jam.NONE) {
            throw new IllegalStateException("the unit is already jammed (" + u.jam + ")");
        }
    }

    private void requireOn(String what) {
        if (u.power != Power.ON) {
            throw new IllegalStateException(what + " needs the unit on and reset (now " + u.power + ")");
        }
    }
}
