package jp.konbini.wire;

/** The stored result of a record that the server holds. */
public enum Outcome {
    /** The carrier credited the line; the answer carries the new expiry date. */
    APPLIED,
    /** The carrier refused it; the money is a refund claim under the claim code. */
    REFUSED,
    /** A cancelled or abandoned session: kept for the sequence and the store, nothing applied. */
    RECORDED
}
