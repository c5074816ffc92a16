package jp.konbini.wire;

/** What the server did with one record of a batch. */
public enum Disposition {
    /** First time seen: stored (and applied, for a purchase) in this request's transaction. */
    NEW,
    /** Already stored by an earlier request: the stored outcome is repeated, nothing is applied again. */
    DUPLICATE,
    /** Not stored: the reason says why (same UUID with a different body, sequence number taken, invalid). */
    REJECTED
}
