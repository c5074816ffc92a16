package jp.konbini.maintenance;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorListener;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.journal.AuditRecord;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.journal.MaintenanceRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the acceptor for its cash box being taken out. With someone in maintenance mode who may
 * collect cash, that starts the collection (the journal's figures freeze at that moment, as if they
 * had pressed "start"); with nobody, or someone who may not, it is audited as a removal outside a
 * collection, for the fleet page. The journal work runs on {@code work}, never on the driver's thread.
 */
public final class CashBoxWatch implements AcceptorListener {

    private static final Logger LOG = LoggerFactory.getLogger(CashBoxWatch.class);
    private static final String NOBODY = "-";

    private final MaintenanceDesk desk;
    private final CashCollectionDesk collections;
    private final MaintenanceRecords records;
    private final Executor work;
    private final List<Consumer<CashCollectionRecord>> started = new CopyOnWriteArrayList<>();
    /** Whether the last status said the box was out; only the change to "out" counts. */
    private volatile boolean out;

    public CashBoxWatch(MaintenanceDesk desk, CashCollectionDesk collections, MaintenanceRecords records, Executor work) {
        this.desk = desk;
        this.collections = collections;
        this.records = records;
        this.work = work;
    }

    /** Tells {@code listener} of each collection started (or resumed) because the box came out. */
    public void onCollectionStarted(Consumer<CashCollectionRecord> listener) {
        started.add(listener);
    }

    @Override
    public void on(AcceptorEvent event) {
        if (event instanceof AcceptorEvent.StatusChanged s) {
            boolean nowOut = s.status().fault().filter(f -> f == FaultKind.STACKER_OPEN).isPresent();
            if (nowOut && !out) {
                work.execute(this::removed);
            }
            out = nowOut;
        }
    }

    private void removed() {
        try {
            Optional<Operator> operator = desk.operator();
            if (operator.isPresent() && operator.get().role().may(MaintenanceFunction.CASH_COLLECTION)) {
                CashCollectionRecord c = collections.startOnRemoval();
                LOG.info("cash box removed in maintenance mode ({}): collection {} started", operator.get().name(), c.no());
                started.forEach(l -> l.accept(c));
            } else {
                LOG.warn("cash box removed outside a cash collection");
                records.audit(new AuditRecord(NOBODY, "NONE", "CASH_BOX_REMOVED", "cash box", "",
                        operator.map(o -> "in maintenance mode (" + o.name() + ", " + o.role() + "), no collection").orElse("outside maintenance mode")));
            }
        } catch (RuntimeException e) {
            // the operator may have left in between, or the journal failed: the removal is still in the log
            LOG.error("cash box removal could not be recorded", e);
        }
    }
}
