package jp.konbini.flow;

/** What the insert-cash screen says about the last note. */
public enum NoteNotice {
    NONE,
    /** A note is being checked by the acceptor. */
    CHECKING,
    /** The note was worth more than the amount still due: given back (no change is given). */
    RETURNED_ABOVE_DUE,
    /** The note was given back (not taken now). */
    RETURNED,
    /** The acceptor refused the note: try another, the right way round. */
    REJECTED
}
