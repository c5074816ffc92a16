package jp.konbini.domain.topup;

/** Where a top-up is in its life, from the first note to the customer's line being credited. */
public enum TopUpState {
    /** Product and line chosen, cash being asked for, nothing credited yet. */
    OPEN,
    /** Some cash credited, less than the price. */
    PART_PAID,
    /** The price is fully credited; the purchase is not yet handed to delivery. */
    PAID,
    /** Complete on the kiosk and waiting for the central server to apply it. */
    QUEUED,
    /** The central server applied it to the line. Terminal. */
    APPLIED,
    /** The carrier refused it; the money is owed back to the customer under the claim code. */
    REFUSED,
    /** Ended before any cash was credited. Terminal. */
    CANCELLED,
    /** Ended with cash in but without a purchase; the money is held under the claim code for staff. */
    ABANDONED,
    /** Staff paid the customer out at the register against the claim code. Terminal. */
    SETTLED
}
