package jp.konbini.ui.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** Cancel asked with money in: the money is safe; go on paying (if the acceptor still can) or end with a credit receipt. */
public final class CancelModel implements Part {

    private final ReadOnlyStringWrapper safe = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper due = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canGoOnPaying = new ReadOnlyBooleanWrapper();

    @Override
    public void update(SessionView v, Texts t) {
        Props.set(safe, t.format("cancel.safe", v.paid().format()));
        Props.set(due, t.format("cancel.still-due", v.due().format()));
        canGoOnPaying.set(v.canGoOnPaying());
    }

    /** "Your ¥2,000 is safe." */
    public ReadOnlyStringProperty safe() {
        return safe.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty due() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoOnPaying() {
        return canGoOnPaying.getReadOnlyProperty();
    }
}
