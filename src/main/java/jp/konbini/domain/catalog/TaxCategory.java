package jp.konbini.domain.catalog;

import java.util.Optional;

/** The consumption-tax treatment of a product (telecom services are standard rate; prepaid instruments non-taxable). */
public enum TaxCategory {
    STANDARD_10("standard-10", 10),
    REDUCED_8("reduced-8", 8),
    NON_TAXABLE("non-taxable", 0);

    private final String configName;
    private final int ratePercent;

    TaxCategory(String configName, int ratePercent) {
        this.configName = configName;
        this.ratePercent = ratePercent;
    }

    public String configName() {
        return configName;
    }

    public int ratePercent() {
        return ratePercent;
    }

    public boolean taxable() {
        return this != NON_TAXABLE;
    }

    public static Optional<TaxCategory> fromConfigName(String name) {
        for (TaxCategory c : values()) {
            if (c.configName.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
