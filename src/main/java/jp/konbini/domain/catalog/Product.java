package jp.konbini.domain.catalog;

import java.util.Objects;
import jp.konbini.domain.line.Network;
import jp.konbini.domain.money.Yen;

/**
 * A top-up product: so many days and gigabytes for a tax-inclusive price in yen, on one carrier
 * (or MVNO) that runs on one host network.
 */
public record Product(
        ProductId id,
        String carrier,
        Network network,
        LocalizedText names,
        int validityDays,
        DataAllowance data,
        Yen price,
        TaxCategory taxCategory) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(taxCategory, "taxCategory");
        if (carrier == null || carrier.isBlank()) {
            throw new IllegalArgumentException("carrier must not be blank");
        }
        if (validityDays <= 0) {
            throw new IllegalArgumentException("validity days must be positive: " + validityDays);
        }
        if (price == null || !price.isPositive()) {
            throw new IllegalArgumentException("price must be positive: " + price);
        }
    }
}
