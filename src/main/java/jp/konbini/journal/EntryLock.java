package jp.konbini.journal;

import java.time.Instant;
import java.util.Optional;

/** Wrong PINs entered in a row, and until when entry is locked (kept in the journal, so a restart keeps it). */
public record EntryLock(int failedAttempts, Optional<Instant> lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}
