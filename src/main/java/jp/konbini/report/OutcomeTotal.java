package jp.konbini.report;

import jp.konbini.domain.money.Yen;

/** The top-ups of one outcome in a day: how many and the yen they involve (sold, or held). */
public record OutcomeTotal(TopUpOutcome outcome, int count, Yen amount) {

    public OutcomeTotal {
        if (count < 0 || amount.isNegative()) {
            throw new IllegalArgumentException(outcome + ": a count and an amount are never negative");
        }
    }
}
