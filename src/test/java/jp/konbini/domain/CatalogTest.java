package jp.konbini.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.konbini.domain.catalog.Catalog;
import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.LocalizedText;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.line.Network;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;

class CatalogTest {

    private static Product product(String id, Network network) {
        return new Product(new ProductId(id), "carrier", network,
                new LocalizedText(Map.of(Language.JA, "名前", Language.EN, "Name")), 7, DataAllowance.ofGigabytes("3"),
                Yen.of(2000), TaxCategory.NON_TAXABLE);
    }

    private final Catalog catalog = new Catalog("v1", List.of(
            product("docomo-a", Network.DOCOMO), product("softbank-a", Network.SOFTBANK), product("docomo-b", Network.DOCOMO)));

    @Test
    void aKnownNetworkNarrowsTheOfferAndAnUnknownOneShowsEverything() {
        assertEquals(List.of("docomo-a", "docomo-b"), ids(catalog.offeredFor(Network.DOCOMO)));
        assertEquals(List.of("docomo-a", "softbank-a", "docomo-b"), ids(catalog.offeredFor(Network.UNKNOWN)));
        assertTrue(catalog.offeredFor(Network.KDDI).isEmpty(), "a KDDI SIM must not be offered another network's packs");
    }

    @Test
    void namesFallBackToEnglishThenJapanese() {
        LocalizedText text = new LocalizedText(Map.of(Language.JA, "名前", Language.EN, "Name", Language.KO, "이름"));
        assertEquals("이름", text.in(Language.KO));
        assertEquals("Name", text.in(Language.ZH_HANS));
        assertEquals("名前", new LocalizedText(Map.of(Language.JA, "名前")).in(Language.EN));
        assertThrows(IllegalArgumentException.class, () -> new LocalizedText(Map.of(Language.EN, "Name")));
    }

    @Test
    void dataAllowancesAreExact() {
        assertEquals("0.5 GB", DataAllowance.ofGigabytes("0.50").format());
        assertEquals("30 GB", DataAllowance.ofGigabytes("30").format());
        assertEquals("100 GB", new DataAllowance(new BigDecimal("1E+2")).format());
        assertThrows(IllegalArgumentException.class, () -> DataAllowance.ofGigabytes("0"));
        assertThrows(IllegalArgumentException.class, () -> DataAllowance.ofGigabytes("1.125"));
    }

    @Test
    void productIdsAreUniqueInACatalog() {
        assertThrows(IllegalArgumentException.class, () -> new Catalog("v1", List.of(product("a", Network.DOCOMO), product("a", Network.KDDI))));
        assertTrue(catalog.find(new ProductId("softbank-a")).isPresent());
    }

    private static List<String> ids(List<Product> products) {
        return products.stream().map(p -> p.id().value()).toList();
    }
}
