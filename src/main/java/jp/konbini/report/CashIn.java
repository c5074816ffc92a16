package jp.konbini.report;

import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/** The notes of one denomination credited in a day. */
public record CashIn(Denomination denomination, int count) {

    public CashIn {
        if (count < 0) {
            throw new IllegalArgumentException(denomination + ": a count is never negative");
        }
    }

    public Yen amount() {
        return Yen.of(Math.multiplyExact(denomination.value().amount(), (long) count));
    }
}
