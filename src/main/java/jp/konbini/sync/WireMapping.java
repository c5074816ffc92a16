package jp.konbini.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.ServerOutcome;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.wire.Disposition;
import jp.konbini.wire.RecordKind;
import jp.konbini.wire.RecordResult;
import jp.konbini.wire.TopUpSubmission;

/** Between the journal's records and the wire's messages (public for benchmarks that need the exact rows sent). */
public final class WireMapping {

    private WireMapping() {
    }

    /** The record as sent: always built from the journal row alone, so every resend is identical. */
    public static TopUpSubmission submission(OutboxEntry entry) {
        TopUpRecord t = entry.topUp();
        return new TopUpSubmission(t.uuid(), t.seq(), RecordKind.valueOf(entry.kind().name()), t.line().kind().name(), t.line().digits(),
                t.productId().value(), t.carrier(), t.validityDays(), t.data().gigabytes(), t.price().amount(), t.credited().amount(),
                t.claimCode().value(), t.openedAt().toString(), t.closedAt().orElseThrow().toString());
    }

    /** The answer to record, or empty when the result is not a usable answer (then the record stays pending). */
    static Optional<SyncAnswer> answer(RecordResult r) {
        if (r.uuid() == null || r.disposition() == null) {
            return Optional.empty();
        }
        if (r.disposition() == Disposition.REJECTED) {
            return Optional.of(new SyncAnswer(r.seq(), r.uuid(), ServerOutcome.REJECTED, r.reason(), null, null));
        }
        if (r.outcome() == null || r.appliedAt() == null) {
            return Optional.empty();
        }
        try {
            LocalDate expiry = r.newExpiry() == null ? null : LocalDate.parse(r.newExpiry());
            ServerOutcome outcome = ServerOutcome.valueOf(r.outcome().name());
            if (outcome == ServerOutcome.APPLIED && expiry == null) {
                return Optional.empty();
            }
            return Optional.of(new SyncAnswer(r.seq(), r.uuid(), outcome, r.reason(), expiry, Instant.parse(r.appliedAt())));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
