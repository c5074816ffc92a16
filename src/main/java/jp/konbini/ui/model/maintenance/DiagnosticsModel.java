package jp.konbini.ui.model.maintenance;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.konbini.maintenance.AcceptorReport;

/** Device diagnostics: the note acceptor's report (state, fault, firmware, note table), read again on request. */
public final class DiagnosticsModel extends Said {

    private final ReadOnlyObjectWrapper<Optional<AcceptorReport>> report = new ReadOnlyObjectWrapper<>(Optional.empty());

    DiagnosticsModel(MaintenanceModel root) {
        super(root);
    }

    void opened() {
        say("", false);
        refresh();
    }

    public void refresh() {
        root.calls().run(() -> root.mode().diagnostics().acceptor(), r -> report.set(Optional.of(r)), this::failed);
    }

    public ReadOnlyObjectProperty<Optional<AcceptorReport>> report() {
        return report.getReadOnlyProperty();
    }
}
