package jp.konbini.ui.model;

import jp.konbini.domain.catalog.Product;
import jp.konbini.ui.text.Texts;

/** How a product's days, data and tax read in the session language. */
final class ProductTexts {

    private ProductTexts() {
    }

    static String days(Product p, Texts t) {
        return t.format("product.days", p.validityDays());
    }

    static String data(Product p, Texts t) {
        return t.format("product.data", p.data().gigabytes().toPlainString());
    }

    static String tax(Product p, Texts t) {
        return p.taxCategory().taxable() ? t.get("product.tax-included") : t.get("product.non-taxable");
    }
}
