package jp.konbini;

import java.util.Map;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.LocalizedText;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.line.Network;
import jp.konbini.domain.money.Yen;

/** Products and lines for tests that need a realistic order but do not test the catalogue itself. */
public final class TestProducts {

    public static final LineId PHONE = LineId.parse("090-1234-5678");
    public static final LineId ICCID = LineId.parse("89811000123456789019");

    private TestProducts() {
    }

    public static Product priced(long yen) {
        return new Product(new ProductId("test-" + yen), "b-mobile", Network.DOCOMO,
                new LocalizedText(Map.of(Language.JA, "テスト " + yen + "円", Language.EN, "Test " + yen + " yen")),
                21, DataAllowance.ofGigabytes("5"), Yen.of(yen), TaxCategory.NON_TAXABLE);
    }
}
