package jp.konbini.journal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * A cash collection: the journal's figures for the cash box, frozen when it was started, and once
 * recorded what staff counted. The money events {@code afterEvent < seq <= throughEvent} are the
 * ones it covers.
 */
public record CashCollectionRecord(long no, State state, long afterEvent, long throughEvent, Map<Denomination, Integer> journalCounts,
                                   Optional<Map<Denomination, Integer>> countedCounts, Instant startedAt, String startedBy,
                                   Optional<Instant> recordedAt, Optional<String> recordedBy) {

    public enum State { STARTED, RECORDED }

    public CashCollectionRecord {
        journalCounts = Map.copyOf(journalCounts);
        countedCounts = countedCounts.map(Map::copyOf);
    }

    public Yen journalTotal() {
        return total(journalCounts);
    }

    public Optional<Yen> countedTotal() {
        return countedCounts.map(CashCollectionRecord::total);
    }

    static Yen total(Map<Denomination, Integer> counts) {
        return counts.entrySet().stream().map(e -> Yen.of(e.getKey().value().amount() * e.getValue())).reduce(Yen.ZERO, Yen::plus);
    }
}
