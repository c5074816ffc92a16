package jp.konbini.sync;

import java.time.LocalDate;
import java.util.Optional;
import jp.konbini.domain.topup.ClaimCode;

/**
 * What the customer is told when the top-up is paid: applied (with the line's new expiry),
 * refused by the carrier (a refund under the claim code), or pending (the server did not answer
 * within the wait; the receipt carries the claim code and the top-up is applied once synced).
 */
public record Confirmation(Status status, long seq, ClaimCode claimCode, Optional<LocalDate> newExpiry, Optional<String> reason) {

    public enum Status { APPLIED, REFUSED, PENDING }
}
