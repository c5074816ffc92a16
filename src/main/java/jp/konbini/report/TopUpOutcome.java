package jp.konbini.report;

/** How a top-up session of the day ended, as the daily report groups them. */
public enum TopUpOutcome {
    /** Paid and applied by the carrier. */
    COMPLETED,
    /** Paid and queued; the carrier has not confirmed it yet. */
    PENDING,
    /** Paid, but the carrier refused it: the cash is held under a claim code. */
    REFUSED,
    /** Ended without keeping any money (cancelled or timed out before a note was credited). */
    CANCELLED,
    /** Abandoned after cash was credited: the cash is held under a claim code (credit note). */
    CREDIT_HELD
}
