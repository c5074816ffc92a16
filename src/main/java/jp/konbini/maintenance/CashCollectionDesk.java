package jp.konbini.maintenance;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.journal.MaintenanceRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cash collection: what the cash box should hold (the journal's credited notes since the last
 * collection), "start" when staff open it (the figures freeze), then what they counted, recorded
 * durably before anything else happens; the slip prints and its PDF is kept after that, so a crash
 * before the record resumes the same collection and one after it can only print again.
 */
public final class CashCollectionDesk {

    private static final Logger LOG = LoggerFactory.getLogger(CashCollectionDesk.class);

    private final MaintenanceDesk desk;
    private final MaintenanceRecords records;
    private final CollectionOutput output;

    public CashCollectionDesk(MaintenanceDesk desk, MaintenanceRecords records, CollectionOutput output) {
        this.desk = desk;
        this.records = records;
        this.output = output;
    }

    public Map<Denomination, Integer> cashBox() {
        desk.require(MaintenanceFunction.CASH_COLLECTION);
        return records.cashBox();
    }

    /** A collection started and not yet recorded (also one an earlier run left), to resume. */
    public Optional<CashCollectionRecord> inProgress() {
        desk.require(MaintenanceFunction.CASH_COLLECTION);
        return records.openCollection();
    }

    public CashCollectionRecord start() {
        return start("");
    }

    /** Starts (or resumes) the collection because the acceptor reported its cash box taken out. */
    CashCollectionRecord startOnRemoval() {
        return start("cash box removed");
    }

    private CashCollectionRecord start(String cause) {
        Operator o = desk.require(MaintenanceFunction.CASH_COLLECTION);
        // An open collection is returned as it is (and not audited again) by the records themselves.
        return records.startCollection(AuditTrail.of(o, "COLLECTION_STARTED", "cash box", cause, describe(records.cashBox())));
    }

    /** Records what staff counted (every denomination, zero or more), then prints and saves the slip. */
    public CollectionResult record(long no, Map<Denomination, Integer> counted) {
        Operator o = desk.require(MaintenanceFunction.CASH_COLLECTION);
        Map<Denomination, Integer> complete = new EnumMap<>(Denomination.class);
        for (Denomination d : Denomination.values()) {
            Integer n = counted.get(d);
            if (n == null || n < 0 || n > 10_000) {
                throw new DeskRefusal(DeskRefusal.Reason.COUNT_OUT_OF_RANGE, "enter how many " + d.value().format()
                        + " notes were counted (0 to 10,000)", d.value().format(), 10_000);
            }
            complete.put(d, n);
        }
        CashCollectionRecord open = records.collection(no).orElseThrow(() -> new IllegalArgumentException("no cash collection " + no));
        CashCollectionRecord recorded = records.recordCollection(no, complete, AuditTrail.of(o, "COLLECTION_RECORDED",
                "collection " + no, "journal " + describe(open.journalCounts()), "counted " + describe(complete)));
        return deliver(recorded, o, false);
    }

    /** Prints the slip of a recorded collection again (marked as a reprint) and saves its PDF again. */
    public CollectionResult reprint(long no) {
        Operator o = desk.require(MaintenanceFunction.CASH_COLLECTION);
        CashCollectionRecord r = records.collection(no).filter(c -> c.state() == CashCollectionRecord.State.RECORDED)
                .orElseThrow(() -> new IllegalArgumentException("collection " + no + " is not recorded"));
        records.audit(AuditTrail.of(o, "COLLECTION_REPRINTED", "collection " + no, "", ""));
        return deliver(r, o, true);
    }

    private CollectionResult deliver(CashCollectionRecord r, Operator o, boolean reprint) {
        Optional<Path> pdf;
        try {
            pdf = Optional.of(output.savePdf(r, o));
        } catch (RuntimeException e) {
            LOG.error("collection {} is recorded but its PDF could not be saved", r.no(), e);
            pdf = Optional.empty();
        }
        boolean printed;
        try {
            printed = output.print(r, o, reprint);
        } catch (RuntimeException e) {
            LOG.error("collection {} is recorded but its slip could not be printed", r.no(), e);
            printed = false;
        }
        return new CollectionResult(r, printed, pdf);
    }

    static Map<Denomination, Integer> differences(CashCollectionRecord r) {
        Map<Denomination, Integer> diff = new EnumMap<>(Denomination.class);
        Map<Denomination, Integer> counted = r.countedCounts().orElseThrow();
        for (Denomination d : Denomination.values()) {
            int delta = counted.getOrDefault(d, 0) - r.journalCounts().getOrDefault(d, 0);
            if (delta != 0) {
                diff.put(d, delta);
            }
        }
        return diff;
    }

    private static String describe(Map<Denomination, Integer> counts) {
        StringBuilder s = new StringBuilder();
        for (Denomination d : Denomination.values()) {
            s.append(s.length() == 0 ? "" : ", ").append(d.value().amount()).append('×').append(counts.getOrDefault(d, 0));
        }
        return s.toString();
    }
}
