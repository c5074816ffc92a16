package jp.konbini.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * A cash collection ("encashment") as it is printed and filed: who emptied the cash box of which
 * kiosk and when, and per denomination the journal's count beside the count staff entered. The
 * totals and differences are derived here, never entered, so the slip cannot disagree with itself.
 *
 * @param number              the journal's collection number (gap-free per kiosk)
 * @param startedAt           when the collection was started (the cash box opened)
 * @param recordedAt          when the counted figures were recorded
 * @param collectedBy         the operator's name as logged in maintenance mode
 * @param role                the operator's role as shown to people ("staff", "technician")
 * @param lines               per denomination, listed largest first (see {@link CollectionLine#of})
 * @param openReconciliations notes still awaiting reconciliation with the cash box (an undecided
 *                            note may be in the box or not; the slip says so rather than guess)
 * @param reprintedAt         set when this is a reprint of a filed record
 */
public record CollectionRecord(
        Site site,
        long number,
        Instant startedAt,
        Instant recordedAt,
        String collectedBy,
        String role,
        List<CollectionLine> lines,
        int openReconciliations,
        Optional<Instant> reprintedAt) {

    public CollectionRecord {
        if (number < 1) {
            throw new IllegalArgumentException("collections are numbered from 1: " + number);
        }
        if (recordedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("collection " + number + " recorded at " + recordedAt + ", before it started at " + startedAt);
        }
        if (collectedBy.isBlank()) {
            throw new IllegalArgumentException("collection " + number + " names who collected it");
        }
        if (openReconciliations < 0) {
            throw new IllegalArgumentException("open reconciliations are never negative: " + openReconciliations);
        }
        Set<Denomination> seen = EnumSet.noneOf(Denomination.class);
        for (CollectionLine line : lines) {
            if (!seen.add(line.denomination())) {
                throw new IllegalArgumentException("collection " + number + " lists " + line.denomination() + " twice");
            }
        }
        List<CollectionLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(CollectionLine::denomination, CollectionLine.LARGEST_FIRST));
        lines = List.copyOf(sorted);
    }

    /** The collection number as printed: six digits at least, like the receipt's transaction number. */
    public String numberText() {
        return String.format(Locale.ROOT, "%06d", number);
    }

    public Yen journalTotal() {
        return lines.stream().map(CollectionLine::journalAmount).reduce(Yen.ZERO, Yen::plus);
    }

    public Yen countedTotal() {
        return lines.stream().map(CollectionLine::countedAmount).reduce(Yen.ZERO, Yen::plus);
    }

    /** Counted minus journal, in yen: negative when money is missing. */
    public Yen difference() {
        return countedTotal().minus(journalTotal());
    }

    /**
     * Whether any denomination differs. Checked per line, not on the total: a missing ¥1,000 and
     * an extra ¥1,000 cancel out in yen but are still two mistakes.
     */
    public boolean hasDifference() {
        return lines.stream().anyMatch(CollectionLine::differs);
    }

    public int journalNotes() {
        return lines.stream().mapToInt(CollectionLine::journalCount).sum();
    }

    public int countedNotes() {
        return lines.stream().mapToInt(CollectionLine::countedCount).sum();
    }

    public boolean isReprint() {
        return reprintedAt.isPresent();
    }

    /** The same record printed again at {@code at}; every figure stays as filed. */
    public CollectionRecord asReprint(Instant at) {
        return new CollectionRecord(site, number, startedAt, recordedAt, collectedBy, role, lines, openReconciliations, Optional.of(at));
    }

    /** The line the daily report keeps of this collection. */
    public CollectionSummary summary() {
        return new CollectionSummary(number, recordedAt, collectedBy, journalTotal(), countedTotal(), hasDifference());
    }
}
