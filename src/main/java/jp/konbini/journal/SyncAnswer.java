package jp.konbini.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A server answer for one record, to be recorded. It names the record by sequence number and
 * UUID; an answer whose pair does not match the journal is ignored.
 *
 * @param newExpiry for {@link ServerOutcome#APPLIED}; null otherwise
 * @param appliedAt when the server stored it; null when rejected
 */
public record SyncAnswer(long seq, UUID uuid, ServerOutcome outcome, String reason, LocalDate newExpiry, Instant appliedAt) {

    public SyncAnswer {
        Objects.requireNonNull(uuid, "uuid");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == ServerOutcome.APPLIED && newExpiry == null) {
            throw new IllegalArgumentException("an applied top-up comes with the line's new expiry");
        }
    }
}
