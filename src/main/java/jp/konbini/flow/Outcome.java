package jp.konbini.flow;

import java.time.LocalDate;
import java.util.Optional;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;

/**
 * How a session with money in ended, for the result screen.
 *
 * @param reference the top-up's sequence number (printed on the receipt)
 * @param newExpiry the line's new expiry, when the top-up was applied and the server said
 */
public record Outcome(Kind kind, long reference, ClaimCode claimCode, Yen paid, Optional<LocalDate> newExpiry, ReceiptProgress receipt) {

    public enum Kind {
        /** The central server applied the top-up to the line. */
        APPLIED,
        /** Queued on the kiosk (offline, or no answer in time); applied once synced. */
        PENDING,
        /** The carrier refused it; the money is paid back at the register against the claim code. */
        REFUSED,
        /** The session ended with money in and no purchase; held under the claim code for staff. */
        CREDIT_HELD,
        /** The kiosk could not record the end of the session; staff will help (the money is safe). */
        NEEDS_STAFF
    }

    /** Where the receipt is. */
    public enum ReceiptProgress { PRINTING, PRINTED, FAILED, NONE }

    Outcome withReceipt(ReceiptProgress progress) {
        return new Outcome(kind, reference, claimCode, paid, newExpiry, progress);
    }
}
