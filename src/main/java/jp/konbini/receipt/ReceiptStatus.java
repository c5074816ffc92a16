package jp.konbini.receipt;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the customer's top-up stands when the receipt is printed. The central side decides it
 * (applied in real time, or queued while offline); the receipt only states it.
 */
public sealed interface ReceiptStatus {

    /** The central server applied the top-up; {@code validUntil} is the line's new expiry when it returned one. */
    record Applied(Optional<LocalDate> validUntil) implements ReceiptStatus {
        public Applied {
            java.util.Objects.requireNonNull(validUntil, "validUntil");
        }
    }

    /** Queued on the kiosk (offline or no confirmation in time); applied automatically when the connection returns. */
    record Pending() implements ReceiptStatus {
    }

    /** The journal's name for this status (print-job records). */
    default String code() {
        return this instanceof Applied ? "APPLIED" : "PENDING";
    }
}
