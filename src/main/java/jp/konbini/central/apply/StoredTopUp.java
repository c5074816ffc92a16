package jp.konbini.central.apply;

import java.time.Instant;
import java.time.LocalDate;
import jp.konbini.wire.Outcome;
import jp.konbini.wire.TopUpSubmission;

/** A record as the server holds it: what the kiosk sent, its body hash, and the stored outcome. */
public record StoredTopUp(String kioskId, TopUpSubmission record, String bodyHash, Outcome outcome, String reason,
                          LocalDate newExpiry, Instant appliedAt) {
}
