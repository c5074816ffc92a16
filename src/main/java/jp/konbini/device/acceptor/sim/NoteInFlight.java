package jp.konbini.device.acceptor.sim;

import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.RejectReason;

/** The note inside the unit and what has happened to it so far. Owned by the machine (not thread-safe). */
final class NoteInFlight {

    /** Which side of the point of no return the note is on; an interruption resolves it towards that side. */
    enum Side {
        /** In the head (accepting, escrow, holding, rejecting, returning): goes back to the customer. */
        HEAD,
        /** On its way into the cash box (stacking, VEND VALID): ends in the cash box. */
        STACKER
    }

    final SimNote note;
    final long startedAt;
    Id003Command stackCommand;
    RejectReason rejecting;
    boolean vendValidReported;
    boolean vendValidAcked;
    boolean jamInAcceptor;
    boolean jamInStackerBeforeVendValid;
    boolean jamInStackerAfterVendValid;
    /** Where it was when the power went (for POWER UP 0x41 / 0x42). */
    Side sideAtPowerLoss;

    NoteInFlight(SimNote note, long startedAt) {
        this.note = note;
        this.startedAt = startedAt;
    }

    @Override
    public String toString() {
        return note.toString();
    }
}
