package jp.konbini.domain.catalog;

import java.util.Optional;

/**
 * How receipts present consumption tax. A simplified qualified invoice may show per rate either the
 * tax amount or the rate; a seller of non-taxable prepaid value shows the non-taxable mark instead.
 * Which applies is the operator's tax advisor's decision, so it is configuration, not code.
 */
public enum TaxMode {
    SHOW_TAX_AMOUNT("show-tax-amount"),
    SHOW_TAX_RATE("show-tax-rate"),
    NON_TAXABLE("non-taxable");

    private final String configName;

    TaxMode(String configName) {
        this.configName = configName;
    }

    public String configName() {
        return configName;
    }

    public static Optional<TaxMode> fromConfigName(String name) {
        for (TaxMode m : values()) {
            if (m.configName.equals(name)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
