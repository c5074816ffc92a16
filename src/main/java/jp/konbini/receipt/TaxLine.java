package jp.konbini.receipt;

import jp.konbini.domain.money.Yen;

/**
 * The total of one tax rate on a receipt, tax included, and the consumption tax in it.
 *
 * @param ratePercent 10, 8, or 0 for non-taxable
 * @param reduced     the reduced rate (軽減税率), which receipts must mark
 */
public record TaxLine(int ratePercent, boolean reduced, Yen amount, Yen tax) {

    public boolean taxable() {
        return ratePercent > 0;
    }
}
