package jp.konbini.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * One business day of one kiosk (Asia/Tokyo), as the technician exports it: top-ups by outcome,
 * by product and by hour, cash in by denomination, collections, faults and reprints. Plain data the
 * caller fills from the journal. Outcomes and denominations are completed with zeros and listed in
 * a fixed order, and timed entries sorted by time, so two reports of the same day read the same.
 *
 * @param topUpsPerHour 24 counts, index 0 being 00:00–00:59 JST
 */
public record DailyReport(
        Site site,
        LocalDate date,
        Instant generatedAt,
        List<OutcomeTotal> outcomes,
        List<ProductSales> products,
        List<Integer> topUpsPerHour,
        List<CashIn> cashIn,
        List<CollectionSummary> collections,
        List<FaultEntry> faults,
        List<ReprintEntry> reprints) {

    /** The business day is the calendar day in Japan, whatever the kiosk's system zone. */
    public static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    public DailyReport {
        outcomes = everyOutcome(outcomes);
        products = List.copyOf(products);
        if (topUpsPerHour.size() != 24 || topUpsPerHour.stream().anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("24 hourly counts, none negative: " + topUpsPerHour);
        }
        topUpsPerHour = List.copyOf(topUpsPerHour);
        cashIn = everyDenomination(cashIn);
        collections = sorted(collections, Comparator.comparing(CollectionSummary::recordedAt));
        faults = sorted(faults, Comparator.comparing(FaultEntry::at));
        reprints = sorted(reprints, Comparator.comparing(ReprintEntry::at));
    }

    public OutcomeTotal outcome(TopUpOutcome outcome) {
        return outcomes.get(outcome.ordinal());
    }

    /** Every top-up session of the day, whatever its outcome. */
    public int topUpCount() {
        return outcomes.stream().mapToInt(OutcomeTotal::count).sum();
    }

    /** What was sold: completed and pending top-ups (a pending one is paid, only not yet confirmed). */
    public Yen salesAmount() {
        return outcome(TopUpOutcome.COMPLETED).amount().plus(outcome(TopUpOutcome.PENDING).amount());
    }

    public int cashInNotes() {
        return cashIn.stream().mapToInt(CashIn::count).sum();
    }

    public Yen cashInTotal() {
        return cashIn.stream().map(CashIn::amount).reduce(Yen.ZERO, Yen::plus);
    }

    private static List<OutcomeTotal> everyOutcome(List<OutcomeTotal> given) {
        Map<TopUpOutcome, OutcomeTotal> byOutcome = new EnumMap<>(TopUpOutcome.class);
        for (OutcomeTotal t : given) {
            if (byOutcome.put(t.outcome(), t) != null) {
                throw new IllegalArgumentException("outcome " + t.outcome() + " given twice");
            }
        }
        List<OutcomeTotal> all = new ArrayList<>();
        for (TopUpOutcome o : TopUpOutcome.values()) {
            all.add(byOutcome.getOrDefault(o, new OutcomeTotal(o, 0, Yen.ZERO)));
        }
        return List.copyOf(all);
    }

    private static List<CashIn> everyDenomination(List<CashIn> given) {
        Map<Denomination, CashIn> byNote = new EnumMap<>(Denomination.class);
        for (CashIn c : given) {
            if (byNote.put(c.denomination(), c) != null) {
                throw new IllegalArgumentException("denomination " + c.denomination() + " given twice");
            }
        }
        List<CashIn> all = new ArrayList<>();
        for (Denomination d : Denomination.values()) {
            all.add(byNote.getOrDefault(d, new CashIn(d, 0)));
        }
        all.sort(Comparator.comparing(CashIn::denomination, CollectionLine.LARGEST_FIRST));
        return List.copyOf(all);
    }

    private static <T> List<T> sorted(List<T> given, Comparator<T> order) {
        List<T> copy = new ArrayList<>(given);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
