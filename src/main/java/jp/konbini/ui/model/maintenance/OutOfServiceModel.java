package jp.konbini.ui.model.maintenance;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Out of service: the kiosk's state now, the reason customers will read (a preset or free text,
 * at most 80 characters), and on/off. The switch itself checks the role and the length again.
 */
public final class OutOfServiceModel {

    /** The preset reasons (texts in the bundle, the same bilingual sentence in both staff languages). */
    public static final List<String> PRESETS = List.of("cleaning", "collection", "repair", "paper", "closed");
    public static final int MAX_REASON = 80;

    private final MaintenanceModel root;
    private final ReadOnlyObjectWrapper<Optional<String>> current = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();

    OutOfServiceModel(MaintenanceModel root) {
        this.root = root;
    }

    void opened() {
        say("", false);
        root.calls().run(() -> root.mode().outOfService().reason(), r -> {
            current.set(r);
            reason.set(r.orElse(""));
        }, e -> say(Problems.describe(e, root.texts().get()), true));
    }

    public void preset(String id) {
        reason.set(root.texts().get().get("oos.reason." + id));
        say("", false);
    }

    public void takeOut() {
        String r = reason.get() == null ? "" : reason.get().strip();
        if (r.isEmpty()) {
            say(root.texts().get().get("oos.need-reason"), true);
        } else if (r.length() > MAX_REASON) {
            say(root.texts().get().get("oos.too-long"), true);
        } else {
            set(Optional.of(r), "oos.done.on");
        }
    }

    public void backInService() {
        set(Optional.empty(), "oos.done.off");
    }

    private void set(Optional<String> r, String doneKey) {
        if (root.busy().get()) {
            return;
        }
        root.calls().run(() -> {
            root.mode().outOfService().set(r);
            return root.mode().outOfService().reason();
        }, now -> {
            current.set(now);
            say(root.texts().get().get(doneKey), false);
        }, e -> say(Problems.describe(e, root.texts().get()), true));
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    /** The reason customers are shown now, or empty while in service. */
    public ReadOnlyObjectProperty<Optional<String>> current() {
        return current.getReadOnlyProperty();
    }

    /** The reason being written (bound both ways to the text field). */
    public StringProperty reason() {
        return reason;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
