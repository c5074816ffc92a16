package jp.konbini.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * One denomination of a cash collection: how many notes the journal says are in the cash box and
 * how many staff counted. The difference is counted minus journal, so a shortage is negative.
 */
public record CollectionLine(Denomination denomination, int journalCount, int countedCount) {

    /** Largest note first, as staff count and as the slip lists them. */
    static final Comparator<Denomination> LARGEST_FIRST = Comparator.comparing(Denomination::value).reversed();

    public CollectionLine {
        if (journalCount < 0 || countedCount < 0) {
            throw new IllegalArgumentException("note counts are never negative: " + denomination + " " + journalCount + "/" + countedCount);
        }
    }

    /**
     * One line for every denomination, largest first: a note that neither figure mentions is
     * listed with zeros, because "none" is a statement staff sign for too.
     */
    public static List<CollectionLine> of(Map<Denomination, Integer> journal, Map<Denomination, Integer> counted) {
        List<CollectionLine> lines = new ArrayList<>();
        for (Denomination d : Denomination.values()) {
            lines.add(new CollectionLine(d, journal.getOrDefault(d, 0), counted.getOrDefault(d, 0)));
        }
        lines.sort(Comparator.comparing(CollectionLine::denomination, LARGEST_FIRST));
        return lines;
    }

    public Yen journalAmount() {
        return amount(journalCount);
    }

    public Yen countedAmount() {
        return amount(countedCount);
    }

    /** Notes counted minus notes in the journal: negative when notes are missing. */
    public int countDifference() {
        return countedCount - journalCount;
    }

    /** Yen counted minus yen in the journal: negative when money is missing. */
    public Yen difference() {
        return countedAmount().minus(journalAmount());
    }

    public boolean differs() {
        return journalCount != countedCount;
    }

    private Yen amount(int count) {
        return Yen.of(Math.multiplyExact(denomination.value().amount(), (long) count));
    }
}
