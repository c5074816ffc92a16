package jp.konbini.ui.view.maintenance;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.PaperModel;
import jp.konbini.ui.view.Widgets;

/** Receipt paper: the printer's state, and a test print to check a new roll (staff may do this one). */
final class PaperPage extends VBox {

    PaperPage(MaintenanceModel m) {
        super(24);
        PaperModel p = m.paper();
        getStyleClass().add("m-page");
        Label state = Widgets.value(p.state(), "m-status");
        state.setId("paper-state");
        Button print = Staff.button("paper-test-print", m, "paper.test-print", p::testPrint, "m-primary");
        Button again = Staff.button("paper-refresh", m, "common.refresh", p::refresh, "m-secondary");
        print.disableProperty().bind(m.busy());
        again.disableProperty().bind(m.busy());
        VBox card = new VBox(12, Staff.text(m, "paper.state.title", "m-section"), state, Staff.text(m, "paper.hint", "m-hint"));
        card.getStyleClass().add("m-panel");
        getChildren().addAll(Staff.text(m, "paper.title", "m-title"), card, Staff.row(24, print, again),
                Staff.message("paper-message", p.message(), p.problem()));
    }
}
