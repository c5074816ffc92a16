package jp.konbini.device.acceptor.sim;

import java.time.Instant;

/**
 * One thing that happened in the simulated unit, for assertions, the control window and traces.
 *
 * @param seq    1, 2, 3 ... in the order they happened
 * @param at     wall-clock time
 * @param type   what kind of thing
 * @param detail human-readable particulars (a note's value, a status code, a violation)
 */
public record SimEvent(long seq, Instant at, Type type, String detail) {

    /** Kinds of events. */
    public enum Type {
        POWER_OFF, POWER_UP, RESET, INITIALIZED, SETTING_CHANGED,
        NOTE_QUEUED, ACCEPTING, ESCROW, HOLD, STACK, VEND_VALID, VEND_VALID_ACKED, STACKED, STACKED_SKIPPED,
        NOTE_IN_CASH_BOX, NOTE_RETURNED, NOTE_REJECTED, ESCROW_TIMEOUT, WATCHDOG, RETURN,
        PAUSE, PAUSE_CLEARED, JAM, JAM_ARMED, JAM_CLEARED, STACKER_OPENED, STACKER_CLOSED, STACKER_EMPTIED, STACKER_FULL,
        CHEATED, FAILURE, FAULT_CLEARED, COMMUNICATION_ERROR, WEDGED,
        INVALID_COMMAND, UNEXPECTED_ACK, PROTOCOL_VIOLATION, BAD_HOST_FRAME, PARTIAL_HOST_FRAME, REPLY_FAULT,
        LINK_ATTACHED, LINK_LOST
    }

    @Override
    public String toString() {
        return seq + " " + type + (detail.isEmpty() ? "" : " " + detail);
    }
}
