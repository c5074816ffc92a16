package jp.konbini.journal;

import java.time.Instant;
import java.util.Optional;

/**
 * What staff search top-ups by: one of a reference (the sequence number or the start of the UUID
 * printed on the receipt), a claim code, the line's digits, or a time range in which the top-up
 * was opened. Newest first, at most {@code limit}.
 */
public record TopUpQuery(Optional<String> reference, Optional<String> claimCode, Optional<String> lineDigits,
                         Optional<Instant> from, Optional<Instant> to, int limit) {

    public TopUpQuery {
        if (limit < 1 || limit > 5000) {
            throw new IllegalArgumentException("a search returns 1 to 5,000 top-ups");
        }
    }

    /** The same search returning up to {@code max} top-ups. */
    public TopUpQuery withLimit(int max) {
        return new TopUpQuery(reference, claimCode, lineDigits, from, to, max);
    }

    public static TopUpQuery byReference(String reference) {
        return new TopUpQuery(Optional.of(reference.trim()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 50);
    }

    public static TopUpQuery byClaimCode(String code) {
        return new TopUpQuery(Optional.empty(), Optional.of(code.trim()), Optional.empty(), Optional.empty(), Optional.empty(), 50);
    }

    public static TopUpQuery byLine(String digits) {
        return new TopUpQuery(Optional.empty(), Optional.empty(), Optional.of(digits.replaceAll("[^0-9]", "")), Optional.empty(), Optional.empty(), 50);
    }

    public static TopUpQuery between(Instant from, Instant to) {
        return new TopUpQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(from), Optional.of(to), 200);
    }
}
