package jp.konbini.receipt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.config.KioskConfig;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.NoteRecord;
import jp.konbini.journal.TopUpRecord;

/**
 * A receipt with made-up transaction data for technicians ({@code printer-test}) and benchmarks:
 * the kiosk's real issuer, store and product, marked on the paper as a test print.
 */
public final class SampleReceipts {

    private static final UUID SAMPLE_UUID = UUID.fromString("00000000-0000-4000-8000-000000000000");
    private static final ClaimCode SAMPLE_CODE = ClaimCode.random(new java.util.Random(1));

    private SampleReceipts() {
    }

    /** A paid, applied top-up of {@code product} in {@code language}, paid with ¥1,000 notes. */
    public static Receipt sale(KioskConfig config, Product product, Language language, Instant at) {
        long notes = product.price().amount() / 1000;
        TopUpRecord record = new TopUpRecord(0, SAMPLE_UUID, code(), LineId.parse("090-0000-0000"), product.id(), product.carrier(),
                product.names().in(language), product.names().in(Language.JA), product.validityDays(), product.data(), product.price(),
                product.taxCategory(), language, TopUpState.QUEUED, product.price(), at, Optional.of(at));
        List<NoteRecord> paid = java.util.stream.LongStream.range(0, notes)
                .mapToObj(i -> new NoteRecord(i + 1, 0, Yen.of(1000), NoteState.CREDITED)).toList();
        LocalDate until = at.atZone(ReceiptFactory.JST).toLocalDate().plusDays(product.validityDays());
        return new ReceiptFactory(config).sale(record, paid, new ReceiptStatus.Applied(Optional.of(until))).asSpecimen();
    }

    private static ClaimCode code() {
        // Any well-formed code; the sample is never settled.
        return SAMPLE_CODE;
    }
}
