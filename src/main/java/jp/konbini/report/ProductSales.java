package jp.konbini.report;

import jp.konbini.domain.money.Yen;

/** One product's sales in a day, under the Japanese name the journal keeps with each top-up. */
public record ProductSales(String name, int count, Yen amount) {

    public ProductSales {
        if (count < 0 || amount.isNegative()) {
            throw new IllegalArgumentException(name + ": a count and an amount are never negative");
        }
    }
}
