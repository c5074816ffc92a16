package jp.konbini.wire;

import java.util.UUID;

/**
 * The server's answer for one record, naming it by UUID and sequence number: the kiosk marks a
 * record synced only when an answer names exactly that pair.
 *
 * @param outcome   null when {@link Disposition#REJECTED}
 * @param reason    why it was refused or rejected; null otherwise
 * @param newExpiry ISO date the line now expires on, for {@link Outcome#APPLIED}; null otherwise
 * @param appliedAt ISO-8601 instant the server stored it; null when rejected
 */
public record RecordResult(
        UUID uuid,
        long seq,
        Disposition disposition,
        Outcome outcome,
        String reason,
        String newExpiry,
        String appliedAt) {
}
