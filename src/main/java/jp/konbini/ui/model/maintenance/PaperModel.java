package jp.konbini.ui.model.maintenance;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.maintenance.PrinterCheck;

/** Receipt paper: the printer's state in a line, and a test print (how staff check a new roll). */
public final class PaperModel extends Said {

    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");

    PaperModel(MaintenanceModel root) {
        super(root);
    }

    void opened() {
        say("", false);
        refresh();
    }

    public void refresh() {
        root.calls().run(() -> root.mode().diagnostics().printerState(), state::set, this::failed);
    }

    public void testPrint() {
        if (root.busy().get()) {
            return;
        }
        root.calls().run(() -> {
            PrinterCheck.Outcome o = root.mode().diagnostics().testPrint();
            return new Object[] {o, root.mode().diagnostics().printerState()};
        }, r -> {
            PrinterCheck.Outcome o = (PrinterCheck.Outcome) r[0];
            state.set((String) r[1]);
            if (o.printed()) {
                sayKey("paper.printed");
            } else {
                say(root.texts().get().format("paper.failed", o.detail()), true);
            }
        }, this::failed);
    }

    /** The printer's own words (ready, paper near end, paper out, cover open...). */
    public ReadOnlyStringProperty state() {
        return state.getReadOnlyProperty();
    }
}
