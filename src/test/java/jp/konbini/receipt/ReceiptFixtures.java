package jp.konbini.receipt;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import jp.konbini.config.KioskConfig;
import jp.konbini.config.KioskSetup;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.NoteRecord;
import jp.konbini.journal.TopUpRecord;

/** Journalled top-ups and the shipped configuration, for receipt tests. */
public final class ReceiptFixtures {

    public static final KioskSetup SETUP = KioskSetup.load(Path.of("kiosk-config"));
    public static final KioskConfig CONFIG = SETUP.config();
    /** 14:00 in Tokyo. */
    public static final Instant WHEN = Instant.parse("2026-11-22T05:00:00Z");
    public static final UUID UUID_1 = UUID.fromString("3f2b8c1e-9d4a-4e7b-8f10-6a5c2d9e7b31");
    public static final ClaimCode CODE = ClaimCode.random(new Random(7));

    private ReceiptFixtures() {
    }

    public static KioskConfig config(TaxMode mode) {
        return CONFIG.withTaxMode(mode);
    }

    /** The first shipped product (VISITOR SIM 5 GB 21 days, ¥3,000). */
    public static Product product() {
        return SETUP.catalog().products().get(0);
    }

    public static TopUpRecord completed(Product p, Language language, TaxCategory tax, TopUpState state, long credited) {
        return new TopUpRecord(123, UUID_1, CODE, LineId.parse("090-1234-5678"), p.id(), p.carrier(), p.names().in(language),
                p.names().in(Language.JA), p.validityDays(), p.data(), p.price(), tax, language, state, Yen.of(credited), WHEN.minusSeconds(95),
                Optional.of(WHEN));
    }

    /** Credited notes of the given values, plus one returned note that must not count. */
    public static List<NoteRecord> notes(long... values) {
        List<NoteRecord> notes = new ArrayList<>();
        long id = 1;
        for (long v : values) {
            notes.add(new NoteRecord(id++, 123, Yen.of(v), NoteState.CREDITED));
        }
        notes.add(new NoteRecord(id, 123, Yen.of(10000), NoteState.RETURNED));
        return notes;
    }

    /** A sale of the first product in {@code language}, paid ¥2,000 + ¥1,000. */
    public static Receipt sale(Language language, ReceiptStatus status, TaxMode mode, TaxCategory tax) {
        return new ReceiptFactory(config(mode)).sale(completed(product(), language, tax, TopUpState.QUEUED, 3000),
                notes(2000, 1000), status);
    }

    public static Receipt pending(Language language) {
        return sale(language, new ReceiptStatus.Pending(), TaxMode.NON_TAXABLE, TaxCategory.NON_TAXABLE);
    }

    public static Receipt credit(Language language) {
        return new ReceiptFactory(CONFIG).credit(completed(product(), language, TaxCategory.NON_TAXABLE, TopUpState.ABANDONED, 2000),
                notes(1000, 1000));
    }
}
