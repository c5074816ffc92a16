package jp.konbini.report;

import java.time.Instant;
import jp.konbini.domain.money.Yen;

/**
 * One collection as the daily report lists it.
 *
 * @param anyDenominationDiffers whether some denomination's count differs, even where the yen
 *                               totals happen to agree (a missing and an extra note cancel out)
 */
public record CollectionSummary(long number, Instant recordedAt, String collectedBy, Yen journalTotal, Yen countedTotal,
                                boolean anyDenominationDiffers) {

    /** Counted minus journal: negative when money is missing. */
    public Yen difference() {
        return countedTotal.minus(journalTotal);
    }

    public boolean differs() {
        return anyDenominationDiffers || !difference().isZero();
    }
}
