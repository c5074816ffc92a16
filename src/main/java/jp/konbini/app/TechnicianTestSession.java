package jp.konbini.app;

import java.util.Map;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.LocalizedText;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.line.Iccid;
import jp.konbini.domain.line.Network;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.Journal;
import jp.konbini.journal.RecoveryReport;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;

/**
 * Notes a technician stacks during {@code acceptor-test --journal} are real cash in the cash box,
 * so they are journalled like any other: against a top-up of the reserved product
 * {@code acceptor-test}. A run killed halfway continues the same one; a finished run leaves it
 * abandoned, its money held under the claim code until staff settle it at the cash collection.
 */
final class TechnicianTestSession {

    static final ProductId PRODUCT = new ProductId("acceptor-test");
    /** Never reached: a technician session is never paid in full, so it stays open until finished. */
    private static final Yen UNREACHABLE_PRICE = Yen.of(10_000_000);
    /** A reserved test ICCID (valid form, issuer 000: no network), never a customer's line. */
    private static final Iccid TEST_LINE = Iccid.parse("89810000000000000006");

    private final Journal journal;

    TechnicianTestSession(Journal journal) {
        this.journal = journal;
    }

    /** The unfinished technician session an earlier run left, or a new one. */
    TopUpRecord current() {
        for (RecoveryReport.Unfinished u : journal.recoveryReport().unfinished()) {
            if (u.topUp().productId().equals(PRODUCT)) {
                return u.topUp();
            }
        }
        Product product = new Product(PRODUCT, "technician", Network.UNKNOWN,
                new LocalizedText(Map.of(Language.JA, "紙幣識別機テスト", Language.EN, "Note acceptor test")),
                1, DataAllowance.ofGigabytes("0.01"), UNREACHABLE_PRICE, TaxCategory.NON_TAXABLE);
        return journal.open(new TopUpOrder(TEST_LINE, product, Language.EN));
    }

    /** Ends the session: with money in it is held under its claim code, without it is cancelled. */
    TopUpRecord finish(long seq) {
        TopUpRecord topUp = journal.topUp(seq).orElseThrow();
        return topUp.credited().isPositive() ? journal.abandon(seq) : journal.cancel(seq);
    }
}
