package jp.konbini.device.acceptor;

/** What the acceptor can do right now, in the flow's words. */
public enum AcceptorState {
    /** Opening the port or waiting for the device to answer. */
    CONNECTING,
    /** Reset and initialisation in progress. */
    INITIALIZING,
    /** Ready, not taking notes. */
    INHIBITED,
    /** Taking notes. */
    ENABLED,
    /** A note is being drawn in, held in escrow or stacked. */
    NOTE_IN_PROGRESS,
    /** Cannot take notes until someone acts: see {@link AcceptorStatus#fault()}. */
    OUT_OF_SERVICE,
    /** Closed. */
    STOPPED
}
