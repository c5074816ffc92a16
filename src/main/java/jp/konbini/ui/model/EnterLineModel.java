package jp.konbini.ui.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** The number being typed, grouped, and the precise reason when it was refused. */
public final class EnterLineModel implements Part {

    private final ReadOnlyStringWrapper entry = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasEntry = new ReadOnlyBooleanWrapper();

    @Override
    public void update(SessionView v, Texts t) {
        Props.set(entry, EntryGrouping.group(v.lineEntry()));
        Props.set(error, v.lineError().map(e -> t.get(e.messageKey())).orElse(""));
        hasEntry.set(!v.lineEntry().isEmpty());
    }

    public ReadOnlyStringProperty entry() {
        return entry.getReadOnlyProperty();
    }

    /** Empty while there is nothing to say. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasEntry() {
        return hasEntry.getReadOnlyProperty();
    }
}
