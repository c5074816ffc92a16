package jp.konbini.ui.model;

import jp.konbini.domain.catalog.ProductId;

/**
 * One product card, every text in the session language.
 *
 * @param nodeId stable id of the card's button (CSS-safe)
 * @param reason why it cannot be chosen now, in a few words for the card (empty when available);
 *               the screen explains each reason in full once
 */
public record OfferItem(ProductId id, String nodeId, String name, String carrier, String days, String data, String price, String tax,
        boolean available, String reason) {

    /** The id of a product's card: {@code product-} and the product id, CSS-safe. */
    public static String nodeId(ProductId id) {
        return "product-" + id.value().replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
