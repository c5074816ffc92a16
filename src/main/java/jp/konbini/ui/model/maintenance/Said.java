package jp.konbini.ui.model.maintenance;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** A page's one message line for staff, and whether it is a refusal (the technician pages share it). */
public abstract class Said {

    final MaintenanceModel root;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();

    Said(MaintenanceModel root) {
        this.root = root;
    }

    final void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    final void sayKey(String key, Object... args) {
        say(args.length == 0 ? root.texts().get().get(key) : root.texts().get().format(key, args), false);
    }

    final void failed(Exception e) {
        say(Problems.describe(e, root.texts().get()), true);
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
