package jp.konbini.central.http;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.konbini.domain.audit.AuditChain;
import jp.konbini.wire.AuditBatch;
import jp.konbini.wire.AuditSubmission;

/**
 * Checks an audit batch before anything is stored: it is the signing kiosk's, its entries are
 * consecutive and oldest first, and every field is present and fits the kiosk journal's column sizes
 * (the kiosk cuts texts to them before hashing, so a longer one was not made by a kiosk). The first
 * problem refuses the whole request (400).
 */
final class AuditCheck {

    static final int MAX_ENTRIES = 500;

    private AuditCheck() {
    }

    static List<AuditSubmission> check(String signedBy, AuditBatch batch) {
        if (batch == null || batch.entries() == null || batch.entries().isEmpty()) {
            throw new BadRequest("invalid-batch", "entries must be a non-empty array");
        }
        if (!signedBy.equals(batch.kioskId())) {
            throw new BadRequest("kiosk-mismatch", "the batch names kiosk " + batch.kioskId() + " but was signed by " + signedBy);
        }
        if (batch.entries().size() > MAX_ENTRIES) {
            throw new BadRequest("batch-too-large", "at most " + MAX_ENTRIES + " entries per request, got " + batch.entries().size());
        }
        for (int i = 0; i < batch.entries().size(); i++) {
            AuditSubmission e = batch.entries().get(i);
            String at = "entries[" + i + "]";
            if (e == null) {
                throw invalid(at, "is null");
            }
            require(e.seq() > 0, at + ".seq", "must be positive");
            if (i > 0) {
                require(e.seq() == batch.entries().get(i - 1).seq() + 1, at + ".seq", "must follow " + batch.entries().get(i - 1).seq()
                        + " (entries are consecutive, oldest first)");
            }
            try {
                Instant.parse(e.at());
            } catch (DateTimeParseException | NullPointerException ex) {
                throw invalid(at + ".at", "must be an ISO-8601 instant");
            }
            text(e.actor(), 64, true, at + ".actor");
            text(e.role(), 12, true, at + ".role");
            text(e.action(), 40, true, at + ".action");
            text(e.subject(), 120, false, at + ".subject");
            text(e.before(), 400, false, at + ".before");
            text(e.after(), 400, false, at + ".after");
            require(AuditChain.isHash(e.chainHash()), at + ".chainHash", "must be 64 lower-case hex digits");
        }
        return batch.entries();
    }

    private static void text(String value, int max, boolean required, String at) {
        require(value != null, at, "is required (\"\" where there is none)");
        require(!required || !value.isBlank(), at, "must not be blank");
        require(value.length() <= max, at, "is longer than " + max + " characters");
    }

    private static void require(boolean ok, String at, String problem) {
        if (!ok) {
            throw invalid(at, problem);
        }
    }

    private static BadRequest invalid(String at, String problem) {
        return new BadRequest("invalid-entry", at + " " + problem);
    }
}
