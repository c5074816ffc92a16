package jp.konbini.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.money.Yen;

/**
 * Tax per rate for a qualified invoice: prices are tax-included; the tax is computed once per
 * receipt per rate from that rate's total, rounded down (切り捨て, the usual choice; the rules
 * allow any rounding as long as it is once per rate per invoice, never per item).
 */
public final class ConsumptionTax {

    private ConsumptionTax() {
    }

    /** One line per tax category present, highest rate first, non-taxable last. */
    public static List<TaxLine> perRate(Map<TaxCategory, Yen> totals) {
        Map<Integer, TaxCategory> order = new TreeMap<>(java.util.Comparator.reverseOrder());
        totals.keySet().forEach(c -> order.put(c.ratePercent(), c));
        List<TaxLine> lines = new ArrayList<>();
        for (TaxCategory c : order.values()) {
            Yen amount = totals.get(c);
            lines.add(new TaxLine(c.ratePercent(), c == TaxCategory.REDUCED_8, amount, includedTax(amount, c.ratePercent())));
        }
        return lines;
    }

    /** The tax inside a tax-included amount: floor(amount × rate / (100 + rate)). */
    public static Yen includedTax(Yen amount, int ratePercent) {
        if (ratePercent == 0) {
            return Yen.ZERO;
        }
        return Yen.of(Math.floorDiv(Math.multiplyExact(amount.amount(), ratePercent), 100L + ratePercent));
    }
}
