package jp.konbini.ui.view.maintenance;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.konbini.maintenance.AcceptorReport;
import jp.konbini.ui.model.maintenance.DiagnosticsModel;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Widgets;

/** Device diagnostics: the note acceptor's state, fault, firmware and the notes it says it knows. */
final class DiagnosticsPage extends VBox {

    private final MaintenanceModel m;
    private final GridPane facts = Staff.facts();
    private final VBox notes = new VBox(6);

    DiagnosticsPage(MaintenanceModel m) {
        super(20);
        this.m = m;
        DiagnosticsModel d = m.diagnostics();
        getStyleClass().add("m-page");
        Button again = Staff.button("diag-refresh", m, "common.refresh", d::refresh, "m-secondary");
        again.disableProperty().bind(m.busy());
        notes.setId("diag-notes");
        VBox card = new VBox(14, Staff.text(m, "diag.acceptor", "m-section"), facts, Staff.text(m, "diag.note-table", "m-section"), notes);
        card.getStyleClass().add("m-panel");
        getChildren().addAll(Staff.row(24, Staff.text(m, "diag.title", "m-title"), Widgets.grow(), again), Staff.scroll(card),
                Staff.message("diag-message", d.message(), d.problem()));
        d.report().addListener((o, a, b) -> fill());
        m.texts().addListener((o, a, b) -> fill());
        fill();
    }

    private void fill() {
        StaffTexts t = m.texts().get();
        facts.getChildren().clear();
        notes.getChildren().clear();
        m.diagnostics().report().get().ifPresent(r -> {
            Staff.fact(facts, "diag-state", t.get("diag.state"), r.state());
            Staff.fact(facts, "diag-fault", t.get("diag.fault"), r.fault().isEmpty() ? t.get("diag.no-fault") : r.fault());
            Staff.fact(facts, "diag-detail", t.get("diag.detail"), r.detail().isEmpty() ? "-" : r.detail());
            Staff.fact(facts, "diag-firmware", t.get("diag.firmware"), r.firmware());
            notes(t, r);
        });
    }

    private void notes(StaffTexts t, AcceptorReport r) {
        if (r.noteTable().isEmpty()) {
            notes.getChildren().add(Staff.plain(t.get("diag.note-table.empty"), "m-body"));
        }
        for (String n : r.noteTable()) {
            notes.getChildren().add(Staff.plain("・" + n, "m-body"));
        }
    }
}
