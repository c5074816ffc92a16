package jp.konbini.receipt;

import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/** How many notes of one denomination the customer put in. */
public record CashCount(Denomination denomination, int count) {

    public Yen subtotal() {
        return Yen.of(denomination.value().amount() * count);
    }
}
