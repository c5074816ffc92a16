package jp.konbini.ui.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** The inactivity warning: shown while the flow counts down; with money in it says the money is kept. */
public final class WarningModel implements Part {

    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper seconds = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    @Override
    public void update(SessionView v, Texts t) {
        shown.set(v.warningShown());
        if (v.warningShown()) {
            int left = v.warningSecondsLeft().getAsInt();
            Props.set(seconds, String.valueOf(left));
            Props.set(message, v.paid().isPositive() ? t.format("warning.message.money", left, v.paid().format())
                    : t.format("warning.message", left));
        }
    }

    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seconds() {
        return seconds.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
