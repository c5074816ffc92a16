package jp.konbini.maintenance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.journal.AuditEntry;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.journal.Journal;
import jp.konbini.journal.MaintenanceRecords;
import jp.konbini.journal.NoteRecord;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.PrintJobState;
import jp.konbini.journal.Reconciliation;
import jp.konbini.journal.TopUpQuery;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.report.CashIn;
import jp.konbini.report.CollectionSummary;
import jp.konbini.report.DailyReport;
import jp.konbini.report.FaultEntry;
import jp.konbini.report.OutcomeTotal;
import jp.konbini.report.ProductSales;
import jp.konbini.report.ReprintEntry;
import jp.konbini.report.Site;
import jp.konbini.report.TopUpOutcome;

/**
 * Fills a day's report from the journal. Top-ups count on the day (Japan time) their session
 * opened, with their notes; sessions still going on are left out. Faults are the ones the journal
 * records: receipts that did not print and notes staff must reconcile.
 */
public final class DailyReportBuilder {

    private static final int MAX_TOPUPS = 5000;

    private final Journal journal;
    private final MaintenanceRecords records;
    private final Site site;
    private final Clock clock;

    public DailyReportBuilder(Journal journal, MaintenanceRecords records, Site site, Clock clock) {
        this.journal = journal;
        this.records = records;
        this.site = site;
        this.clock = clock;
    }

    public DailyReport build(LocalDate day) {
        Instant from = day.atStartOfDay(DailyReport.JST).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(DailyReport.JST).toInstant();
        List<TopUpRecord> topUps = journal.findTopUps(TopUpQuery.between(from, to).withLimit(MAX_TOPUPS));
        Map<TopUpOutcome, int[]> counts = new EnumMap<>(TopUpOutcome.class);
        Map<TopUpOutcome, Yen> amounts = new EnumMap<>(TopUpOutcome.class);
        Map<String, ProductSales> products = new LinkedHashMap<>();
        int[] perHour = new int[24];
        Map<Denomination, Integer> cash = new EnumMap<>(Denomination.class);
        List<FaultEntry> faults = new ArrayList<>();
        List<ReprintEntry> reprints = new ArrayList<>();
        List<AuditEntry> staffReprints = records.latestAudit(1000).stream()
                .filter(e -> e.record().action().equals("REPRINT") && !e.at().isBefore(from) && e.at().isBefore(to)).toList();
        for (TopUpRecord t : topUps) {
            Optional<TopUpOutcome> outcome = outcome(t);
            if (outcome.isEmpty()) {
                continue;
            }
            TopUpOutcome o = outcome.get();
            counts.computeIfAbsent(o, k -> new int[1])[0]++;
            Yen amount = o == TopUpOutcome.COMPLETED || o == TopUpOutcome.PENDING ? t.price() : t.credited();
            amounts.merge(o, amount, Yen::plus);
            if (o == TopUpOutcome.COMPLETED || o == TopUpOutcome.PENDING) {
                products.merge(t.productName(), new ProductSales(t.productName(), 1, t.price()),
                        (a, b) -> new ProductSales(a.name(), a.count() + 1, a.amount().plus(b.amount())));
            }
            perHour[t.openedAt().atZone(DailyReport.JST).getHour()]++;
            for (NoteRecord n : journal.notes(t.seq())) {
                if (n.state() == NoteState.CREDITED) {
                    Denomination.ofYen(n.value().amount()).ifPresent(d -> cash.merge(d, 1, Integer::sum));
                }
            }
            for (PrintJobRecord job : journal.printJobs(t.seq())) {
                if (job.state() == PrintJobState.FAILED) {
                    faults.add(new FaultEntry(job.endedAt().orElse(job.startedAt()), "printer",
                            "receipt of top-up " + t.seq() + ": " + job.problem().orElse("failed") + job.detail().map(d -> " " + d).orElse("")));
                }
                if (job.reprintNo() > 0) {
                    String ref = "top-up " + t.seq() + " ";
                    String by = staffReprints.stream().filter(e -> e.record().subject().startsWith(ref)).map(e -> e.record().actor())
                            .findFirst().orElse("automatic");
                    reprints.add(new ReprintEntry(job.startedAt(), "top-up " + t.seq() + " (" + t.uuid().toString().substring(0, 8) + ")", by));
                }
            }
        }
        for (Reconciliation r : journal.openReconciliations()) {
            if (!r.openedAt().isBefore(from) && r.openedAt().isBefore(to)) {
                faults.add(new FaultEntry(r.openedAt(), "acceptor", r.reason() + ": " + r.detail()));
            }
        }
        List<OutcomeTotal> outcomes = new ArrayList<>();
        counts.forEach((o, c) -> outcomes.add(new OutcomeTotal(o, c[0], amounts.get(o))));
        List<CashIn> cashIn = new ArrayList<>();
        cash.forEach((d, n) -> cashIn.add(new CashIn(d, n)));
        List<CollectionSummary> collections = records.collections(from, to).stream()
                .filter(c -> c.state() == CashCollectionRecord.State.RECORDED)
                .map(c -> new CollectionSummary(c.no(), c.recordedAt().orElseThrow(), c.recordedBy().orElse(c.startedBy()), c.journalTotal(),
                        c.countedTotal().orElseThrow(), !c.journalCounts().equals(c.countedCounts().orElseThrow())))
                .toList();
        List<Integer> hours = new ArrayList<>();
        for (int h : perHour) {
            hours.add(h);
        }
        return new DailyReport(site, day, clock.instant(), outcomes, List.copyOf(products.values()), hours, cashIn, collections, faults, reprints);
    }

    static Optional<TopUpOutcome> outcome(TopUpRecord t) {
        return switch (t.state()) {
            case APPLIED -> Optional.of(TopUpOutcome.COMPLETED);
            case PAID, QUEUED -> Optional.of(TopUpOutcome.PENDING);
            case REFUSED -> Optional.of(TopUpOutcome.REFUSED);
            case CANCELLED -> Optional.of(TopUpOutcome.CANCELLED);
            case ABANDONED, SETTLED -> Optional.of(t.credited().isPositive() ? TopUpOutcome.CREDIT_HELD : TopUpOutcome.CANCELLED);
            case OPEN, PART_PAID -> Optional.empty();
        };
    }
}
