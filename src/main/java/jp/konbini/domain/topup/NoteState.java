package jp.konbini.domain.topup;

/** One bank note's way through the acceptor, as the journal knows it. */
public enum NoteState {
    /** Held in escrow; not money yet. */
    ESCROWED,
    /** STACK was sent; the note may become money at any moment (the pending-note record). */
    STACKING,
    /** The acceptor reported VEND VALID: the note is money. Terminal. */
    CREDITED,
    /** The note went back to the customer. Terminal. */
    RETURNED
}
