package jp.konbini.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The sync side of one closed record: its state and, once answered, the server's outcome. */
public record SyncStatus(
        long seq,
        OutboxKind kind,
        SyncState state,
        Optional<ServerOutcome> outcome,
        Optional<String> reason,
        Optional<LocalDate> newExpiry,
        Optional<Instant> appliedAt) {
}
