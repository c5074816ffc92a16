package jp.konbini.domain.topup;

/** What moves a top-up from one {@link TopUpState} to the next. */
public enum TopUpTrigger {
    /** A note was credited and the price is not yet reached. */
    CREDIT_PART,
    /** A note was credited and the price is reached (or exceeded). */
    CREDIT_FULL,
    /** The customer's purchase is complete and handed to delivery (central server). */
    COMPLETE,
    /** The customer cancelled before any cash was credited. */
    CANCEL,
    /** The session ended with cash in but no purchase. */
    ABANDON,
    /** The central server applied the top-up. */
    APPLY,
    /** The carrier refused the top-up. */
    REFUSE,
    /** Staff paid out the money held under the claim code. */
    SETTLE
}
