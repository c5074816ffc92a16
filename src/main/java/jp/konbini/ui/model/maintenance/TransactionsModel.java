package jp.konbini.ui.model.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.journal.ClaimSettlement;
import jp.konbini.journal.TopUpQuery;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.maintenance.MaintenanceFunction;
import jp.konbini.maintenance.ReceiptReprinter;
import jp.konbini.maintenance.TransactionDetail;

/**
 * Transactions: search by reference, claim code or line (or today's), a list newest first, one
 * top-up in detail with its notes, money events and receipts; reprint its receipt (if it has one)
 * and, for technicians, pay out the money held under its claim code after a confirmation.
 */
public final class TransactionsModel {

    public enum By { REFERENCE, CLAIM_CODE, LINE }

    private final MaintenanceModel root;
    private final ObjectProperty<By> by = new SimpleObjectProperty<>(By.REFERENCE);
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<TopUpRecord> results = FXCollections.observableArrayList();
    private final ObservableList<TopUpRecord> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ReadOnlyBooleanWrapper searched = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<TransactionDetail>> detail = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper settleAsked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();

    TransactionsModel(MaintenanceModel root) {
        this.root = root;
    }

    void opened() {
        detail.set(Optional.empty());
        settleAsked.set(false);
        say("", false);
    }

    public void search() {
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            say(root.texts().get().get("tx.need-query"), true);
            return;
        }
        TopUpQuery tq = switch (by.get()) {
            case REFERENCE -> TopUpQuery.byReference(q);
            case CLAIM_CODE -> TopUpQuery.byClaimCode(q);
            case LINE -> TopUpQuery.byLine(q);
        };
        run(tq);
    }

    /** Every top-up opened since midnight, local time. */
    public void today() {
        Instant now = root.clock().instant();
        Instant midnight = LocalDate.ofInstant(now, root.clock().getZone()).atStartOfDay(root.clock().getZone()).toInstant();
        run(TopUpQuery.between(midnight, now.plusSeconds(1)));
    }

    /** The top-ups whose receipt did not print and that the kiosk left to staff. */
    public void receiptsForStaff() {
        run(() -> root.mode().transactions().receiptsForStaff());
    }

    private void run(TopUpQuery q) {
        run(() -> root.mode().transactions().search(q));
    }

    private void run(java.util.concurrent.Callable<List<TopUpRecord>> search) {
        if (root.busy().get()) {
            return;
        }
        root.calls().run(search, found -> {
            results.setAll(found);
            searched.set(true);
            detail.set(Optional.empty());
            say(root.texts().get().format("tx.results", found.size()), false);
        }, this::failed);
    }

    public void open(long seq) {
        if (root.busy().get()) {
            return;
        }
        root.calls().run(() -> root.mode().transactions().view(seq), d -> {
            detail.set(Optional.of(d));
            settleAsked.set(false);
            say("", false);
        }, this::failed);
    }

    public void back() {
        if (!root.busy().get()) {
            detail.set(Optional.empty());
            settleAsked.set(false);
            say("", false);
        }
    }

    /** Whether the open top-up has a receipt to print again. */
    public boolean canReprint() {
        return detail.get().map(d -> !d.receipts().isEmpty()).orElse(false) && root.operatorMay(MaintenanceFunction.REPRINT);
    }

    /** Whether the open top-up holds money this operator may pay out. */
    public boolean canSettle() {
        return detail.get().map(TransactionDetail::settleable).orElse(false) && root.operatorMay(MaintenanceFunction.SETTLE_CLAIM);
    }

    public void reprint() {
        Optional<TransactionDetail> d = detail.get();
        if (d.isEmpty() || root.busy().get()) {
            return;
        }
        if (d.get().receipts().isEmpty()) {
            say(root.texts().get().get("tx.no-receipt"), true);
            return;
        }
        long seq = d.get().topUp().seq();
        root.calls().run(() -> {
            ReceiptReprinter.Outcome o = root.mode().transactions().reprint(seq);
            return new Reprinted(o, root.mode().transactions().view(seq));
        }, r -> {
            detail.set(Optional.of(r.after()));
            if (r.outcome().printed()) {
                say(root.texts().get().get("tx.reprinted"), false);
            } else {
                say(root.texts().get().format("tx.reprint-failed", r.outcome().problem()), true);
            }
        }, this::failed);
    }

    private record Reprinted(ReceiptReprinter.Outcome outcome, TransactionDetail after) {
    }

    public void askSettle() {
        if (canSettle()) {
            settleAsked.set(true);
            say("", false);
        }
    }

    public void cancelSettle() {
        settleAsked.set(false);
    }

    public void confirmSettle() {
        Optional<TransactionDetail> d = detail.get();
        if (d.isEmpty() || !settleAsked.get() || root.busy().get()) {
            return;
        }
        long seq = d.get().topUp().seq();
        settleAsked.set(false);
        root.calls().run(() -> {
            ClaimSettlement s = root.mode().transactions().settle(seq);
            return new Settled(s, root.mode().transactions().view(seq));
        }, s -> {
            detail.set(Optional.of(s.after()));
            say(root.texts().get().format("tx.settled", jp.konbini.domain.money.Yen.of(s.settlement().yen()).format()), false);
        }, this::failed);
    }

    private record Settled(ClaimSettlement settlement, TransactionDetail after) {
    }

    private void failed(Exception e) {
        say(Problems.describe(e, root.texts().get()), true);
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    public ObjectProperty<By> by() {
        return by;
    }

    public StringProperty query() {
        return query;
    }

    public ObservableList<TopUpRecord> results() {
        return resultsView;
    }

    public List<TopUpRecord> resultsNow() {
        return List.copyOf(results);
    }

    public ReadOnlyBooleanProperty searched() {
        return searched.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<TransactionDetail>> detail() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty settleAsked() {
        return settleAsked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
