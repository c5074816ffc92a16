package jp.konbini.ui.model;

import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/**
 * How a session with money in ended (done, credit issued, staff needed): what happened, the claim
 * code whenever the customer may need it, and where the receipt is. If the receipt failed, the
 * claim code is the customer's only record, so it is always shown then.
 */
public final class ResultModel implements Part {

    private final ReadOnlyObjectWrapper<Optional<Outcome.Kind>> kind = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper claimCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper claimShown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper receipt = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper receiptFailed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper receiptPrinting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper reference = new ReadOnlyStringWrapper("");

    @Override
    public void update(SessionView v, Texts t) {
        Optional<Outcome> o = v.outcome();
        Props.set(kind, o.map(Outcome::kind));
        if (o.isEmpty()) {
            return;
        }
        Outcome outcome = o.get();
        String k = outcome.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
        Props.set(title, t.get("outcome." + k + ".title"));
        Props.set(message, message(outcome, t, k));
        Props.set(claimCode, outcome.claimCode().display());
        claimShown.set(outcome.kind() != Outcome.Kind.APPLIED || outcome.receipt() == Outcome.ReceiptProgress.FAILED);
        Props.set(receipt, outcome.receipt() == Outcome.ReceiptProgress.NONE ? ""
                : t.get("receipt." + outcome.receipt().name().toLowerCase(Locale.ROOT)));
        receiptFailed.set(outcome.receipt() == Outcome.ReceiptProgress.FAILED);
        receiptPrinting.set(outcome.receipt() == Outcome.ReceiptProgress.PRINTING);
        Props.set(reference, t.format("outcome.reference", String.valueOf(outcome.reference())));
    }

    private static String message(Outcome o, Texts t, String k) {
        if (o.kind() == Outcome.Kind.APPLIED) {
            return o.newExpiry().map(d -> t.format("outcome.applied.until", t.date(d))).orElse(t.get("outcome.applied.message"));
        }
        return t.format("outcome." + k + ".message", o.paid().format());
    }

    public ReadOnlyObjectProperty<Optional<Outcome.Kind>> kind() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty claimCode() {
        return claimCode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty claimShown() {
        return claimShown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty receipt() {
        return receipt.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty receiptFailed() {
        return receiptFailed.getReadOnlyProperty();
    }

    /** "Done" waits for the receipt: the flow ignores it while printing. */
    public ReadOnlyBooleanProperty receiptPrinting() {
        return receiptPrinting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reference() {
        return reference.getReadOnlyProperty();
    }
}
