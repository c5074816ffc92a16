package jp.konbini.wire;

/**
 * What a journalled record is. Every closed record is sent, not only purchases, so the server sees
 * the kiosk's sequence without holes and a gap always means something is missing.
 */
public enum RecordKind {
    /** A paid top-up to apply to the customer's line. */
    PURCHASE,
    /** Cancelled before any cash was credited: recorded, nothing to apply. */
    CANCELLED,
    /** Ended with cash in and no purchase: recorded (the cash is held under the claim code), nothing to apply. */
    ABANDONED
}
