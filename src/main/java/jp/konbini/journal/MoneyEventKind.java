package jp.konbini.journal;

/** The kinds of money event the journal records, each durably before the caller proceeds. */
public enum MoneyEventKind {
    /** A top-up was opened for a line and product; amount = the price. */
    TOPUP_OPENED,
    /** A note is held in escrow; not money yet. */
    NOTE_ESCROWED,
    /** STACK is about to be sent for a note: the pending-note record, written before the command. */
    STACK_SENT,
    /** The acceptor's credit point (VEND VALID) was reached: the note is money. */
    NOTE_CREDITED,
    /** The note went back to the customer. */
    NOTE_RETURNED,
    /** The purchase is complete and queued for the central server; amount = credited. */
    TOPUP_COMPLETED,
    /** The customer cancelled before any cash was credited. */
    TOPUP_CANCELLED,
    /** The session ended with cash in and no purchase; amount = credited, held under the claim code. */
    TOPUP_ABANDONED,
    /** The central server applied the queued top-up to the line; amount = credited. */
    TOPUP_APPLIED,
    /** The carrier refused the queued top-up: the amount (credited) is owed back under the claim code. */
    TOPUP_REFUSED,
    /** Staff paid the money held under the claim code out at the register; amount = credited. */
    TOPUP_SETTLED
}
