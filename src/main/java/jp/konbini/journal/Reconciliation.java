package jp.konbini.journal;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** A note whose fate staff must settle by counting the cash box. */
public record Reconciliation(long id, OptionalLong noteId, String reason, String detail, Instant openedAt,
                             Optional<Resolution> resolution, Optional<String> resolvedBy, Optional<Instant> resolvedAt) {

    /** What staff found. */
    public enum Resolution {
        /** The note is in the cash box: it is credited now. */
        IN_CASH_BOX,
        /** The note is not in the cash box: it went back to the customer. */
        NOT_IN_CASH_BOX,
        /** No note of known value was involved; staff checked and close the case. */
        ACKNOWLEDGED
    }

    public boolean isOpen() {
        return resolution.isEmpty();
    }
}
