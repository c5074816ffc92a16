package jp.konbini.device.acceptor;

import java.util.Optional;

/**
 * A snapshot of the acceptor for the flow and the technician.
 *
 * @param fault why it is out of service, when it is
 * @param detail one line for a technician (the device's words: failure code, port, ...)
 * @param firmware the version text the device reported, once known
 */
public record AcceptorStatus(AcceptorState state, Optional<FaultKind> fault, String detail, Optional<String> firmware) {

    public static AcceptorStatus of(AcceptorState state) {
        return new AcceptorStatus(state, Optional.empty(), "", Optional.empty());
    }

    public boolean canTakeNotes() {
        return state == AcceptorState.INHIBITED || state == AcceptorState.ENABLED || state == AcceptorState.NOTE_IN_PROGRESS;
    }
}
