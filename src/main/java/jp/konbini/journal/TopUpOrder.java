package jp.konbini.journal;

import java.util.Objects;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;

/** What the customer is about to pay for: a product for a line, chosen in a language. */
public record TopUpOrder(LineId line, Product product, Language language) {

    public TopUpOrder {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(language, "language");
    }
}
