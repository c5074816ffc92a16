package jp.konbini.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One attempt to print a top-up's receipt.
 *
 * @param kind       {@code SALE} or {@code CREDIT}
 * @param delivery   on a sale receipt, {@code APPLIED} or {@code PENDING} as printed
 * @param validUntil the expiry printed on an applied receipt, if any
 * @param reprintNo  0 for the first print, n for the n-th reprint
 */
public record PrintJobRecord(
        long id,
        long topUpSeq,
        String kind,
        Optional<String> delivery,
        Optional<LocalDate> validUntil,
        int reprintNo,
        PrintJobState state,
        Optional<String> problem,
        Optional<String> detail,
        Instant startedAt,
        Optional<Instant> endedAt) {
}
