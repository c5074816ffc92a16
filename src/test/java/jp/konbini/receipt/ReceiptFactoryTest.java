package jp.konbini.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.catalog.TaxMode;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.TopUpRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What a receipt states, from the journal, the configuration and the delivery status. */
class ReceiptFactoryTest {

    @ParameterizedTest(name = "¥{0} at {1}% holds ¥{2} tax")
    @CsvSource({"3000, 10, 272", "1100, 10, 100", "1000, 10, 90", "3000, 8, 222", "1080, 8, 80", "999, 10, 90", "5000, 0, 0"})
    void taxIsTheIncludedTaxRoundedDownOncePerRate(long amount, int rate, long tax) {
        assertEquals(Yen.of(tax), ConsumptionTax.includedTax(Yen.of(amount), rate));
    }

    @Test
    void taxLinesArePerRateHighestFirst() {
        Map<TaxCategory, Yen> totals = new EnumMap<>(Map.of(TaxCategory.NON_TAXABLE, Yen.of(500), TaxCategory.REDUCED_8, Yen.of(1080),
                TaxCategory.STANDARD_10, Yen.of(2200)));
        List<TaxLine> lines = ConsumptionTax.perRate(totals);
        assertEquals(List.of(new TaxLine(10, false, Yen.of(2200), Yen.of(200)), new TaxLine(8, true, Yen.of(1080), Yen.of(80)),
                new TaxLine(0, false, Yen.of(500), Yen.ZERO)), lines);
    }

    @Test
    void aSaleStatesEverythingTheInvoiceNeeds() {
        Receipt r = ReceiptFixtures.sale(Language.EN, new ReceiptStatus.Pending(), TaxMode.SHOW_TAX_AMOUNT, TaxCategory.STANDARD_10);
        assertEquals(ReceiptKind.SALE, r.kind());
        assertEquals("株式会社コンビニトップアップ", r.issuerName());
        assertEquals("T8010001234567", r.registrationNumber());
        assertEquals(ZonedDateTime.parse("2026-11-22T14:00+09:00[Asia/Tokyo]"), r.transactionTime());
        assertEquals("000123", r.transactionNumber());
        assertEquals("090-****-5678", r.maskedLine());
        assertEquals(List.of(new CashCount(Denomination.YEN_2000, 1), new CashCount(Denomination.YEN_1000, 1)), r.inserted(),
                "credited notes by denomination, the returned ¥10,000 not among them");
        assertEquals(Yen.of(3000), r.insertedTotal());
        assertEquals(List.of(new TaxLine(10, false, Yen.of(3000), Yen.of(272))), r.taxLines());
        assertEquals("https://r.konbini-topup.example/r/KSK-TYO-0001/" + ReceiptFixtures.UUID_1, r.link());
        assertEquals("VISITOR SIM 5GB 21日間", r.product().orElseThrow().nameJa());
        assertEquals("VISITOR SIM 5 GB, 21 days", r.product().orElseThrow().nameCustomer());
    }

    @Test
    void anIccidIsPrintedWithItsLastFourDigitsOnly() {
        TopUpRecord t = ReceiptFixtures.completed(ReceiptFixtures.product(), Language.JA, TaxCategory.NON_TAXABLE, TopUpState.APPLIED, 3000);
        TopUpRecord iccid = new TopUpRecord(t.seq(), t.uuid(), t.claimCode(), LineId.parse("89811000123456789019"), t.productId(), t.carrier(),
                t.productName(), t.productNameJa(), t.validityDays(), t.data(), t.price(), t.taxCategory(), t.language(), t.state(), t.credited(),
                t.openedAt(), t.closedAt());
        Receipt r = new ReceiptFactory(ReceiptFixtures.CONFIG).sale(iccid, ReceiptFixtures.notes(1000, 2000), new ReceiptStatus.Applied(Optional.empty()));
        assertEquals("****9019", r.maskedLine());
        assertTrue(new ReceiptLayout().layout(r).blocks().toString().contains("****9019"));
        assertTrue(!new ReceiptLayout().layout(r).blocks().toString().contains("89811000123456789019"));
    }

    @Test
    void onlyACompletedTopUpHasASaleReceiptAndOnlyHeldCashACreditNote() {
        ReceiptFactory f = new ReceiptFactory(ReceiptFixtures.CONFIG);
        TopUpRecord partPaid = ReceiptFixtures.completed(ReceiptFixtures.product(), Language.JA, TaxCategory.NON_TAXABLE, TopUpState.PART_PAID, 1000);
        assertThrows(IllegalArgumentException.class, () -> f.sale(partPaid, ReceiptFixtures.notes(1000), new ReceiptStatus.Pending()));
        TopUpRecord queued = ReceiptFixtures.completed(ReceiptFixtures.product(), Language.JA, TaxCategory.NON_TAXABLE, TopUpState.QUEUED, 3000);
        assertThrows(IllegalArgumentException.class, () -> f.credit(queued, ReceiptFixtures.notes(1000, 2000)));
        assertThrows(IllegalArgumentException.class, () -> f.sale(queued, ReceiptFixtures.notes(1000), new ReceiptStatus.Pending()),
                "notes that do not add up to the credited amount");
    }

    @Test
    void aCreditNoteHoldsTheCashUnderTheClaimCodeWithoutTax() {
        Receipt r = ReceiptFixtures.credit(Language.JA);
        assertEquals(ReceiptKind.CREDIT, r.kind());
        assertEquals(Yen.of(2000), r.total());
        assertEquals(List.of(), r.taxLines());
        assertEquals(Optional.empty(), r.status());
        String blocks = new ReceiptLayout().layout(r).blocks().toString();
        assertTrue(blocks.contains("預り証") && blocks.contains(ReceiptFixtures.CODE.display()) && !blocks.contains("登録番号"), blocks);
    }

    @Test
    void aPendingReceiptSaysItWillBeAppliedAndGivesTheClaimCode() {
        String blocks = new ReceiptLayout().layout(ReceiptFixtures.pending(Language.EN)).blocks().toString();
        assertTrue(blocks.contains("It will be applied automatically when the connection returns.") && blocks.contains("通信が回復すると")
                && blocks.contains(ReceiptFixtures.CODE.display()), blocks);
        String applied = new ReceiptLayout().layout(ReceiptFixtures.sale(Language.EN, new ReceiptStatus.Applied(Optional.empty()),
                TaxMode.NON_TAXABLE, TaxCategory.NON_TAXABLE)).blocks().toString();
        assertTrue(applied.contains("チャージ完了") && !applied.contains(ReceiptFixtures.CODE.display()), applied);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasEveryTextAndTheSupportLineIsJapaneseAndEnglish(Language language) {
        assertEquals(ReceiptTexts.of(Language.JA).keys(), ReceiptTexts.of(language).keys(), language.tag());
        String blocks = new ReceiptLayout().layout(ReceiptFixtures.pending(language)).blocks().toString();
        assertTrue(blocks.contains("お問い合わせ 0120-123-456") && blocks.contains("Support 0120-123-456"), blocks);
        assertTrue(blocks.contains("合計"), "legal labels in Japanese in every language");
    }

    @Test
    void aReprintIsMarkedWithItsNumber() {
        Receipt r = ReceiptFixtures.pending(Language.JA).asReprint(new Reprint(2, ReceiptFixtures.WHEN));
        String blocks = new ReceiptLayout().layout(r).blocks().toString();
        assertTrue(blocks.contains("再発行 / REPRINT") && blocks.contains("2回目"), blocks);
        assertTrue(new ReceiptLayout().layout(r).title().endsWith("reprint 2"));
    }
}
