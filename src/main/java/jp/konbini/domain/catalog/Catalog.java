package jp.konbini.domain.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.konbini.domain.line.Network;

/** The products a kiosk offers, in display order, with the version it was published under. */
public record Catalog(String version, List<Product> products) {

    public Catalog {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("catalog version must not be blank");
        }
        products = List.copyOf(products);
        Set<ProductId> seen = new HashSet<>();
        for (Product p : products) {
            if (!seen.add(p.id())) {
                throw new IllegalArgumentException("duplicate product id " + p.id());
            }
        }
    }

    public Optional<Product> find(ProductId id) {
        return products.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * The products to offer for a line on {@code hint}: only those on that network when it is
     * known (possibly none: a SoftBank SIM must not be sold a docomo pack), all of them when not.
     * A phone number never narrows the list (numbers are ported between networks).
     */
    public List<Product> offeredFor(Network hint) {
        if (hint == Network.UNKNOWN) {
            return products;
        }
        return products.stream().filter(p -> p.network() == hint).toList();
    }
}
