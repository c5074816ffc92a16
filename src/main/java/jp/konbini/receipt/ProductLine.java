package jp.konbini.receipt;

import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.money.Yen;

/** The product as sold (journal snapshot): carrier, names in Japanese and the customer's language, days, data, price. */
public record ProductLine(String carrier, String nameJa, String nameCustomer, int validityDays, DataAllowance data, Yen price,
                          TaxCategory taxCategory) {
}
