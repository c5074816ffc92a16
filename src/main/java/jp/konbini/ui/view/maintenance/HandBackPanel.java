package jp.konbini.ui.view.maintenance;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.MaintenanceModel;

/**
 * After leaving, over the customers' screen: whether the kiosk serves customers again or why not,
 * live from the flow (its checks may take a moment), until staff tap OK.
 */
final class HandBackPanel extends StackPane {

    HandBackPanel(MaintenanceModel m) {
        setId("hand-back");
        getStyleClass().add("m-veil");
        Staff.showWhen(this, m.handedBack());
        Label title = Staff.text(m, "left.title", "m-title");
        Label status = Staff.computed(m, t -> {
            if (m.flowStillInMaintenance()) {
                return t.get("left.handing-back");
            }
            if (!m.staysOutOfService().get()) {
                return t.get("left.in-service");
            }
            return t.get("left.out-of-service") + "\n・" + String.join("\n・", m.serviceLines());
        }, new javafx.beans.Observable[] {m.flowView(), m.staysOutOfService(), m.serviceLines()}, "m-status");
        status.setId("left-status");
        m.staysOutOfService().addListener((o, was, out) -> status.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, out));
        status.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, m.staysOutOfService().get());
        Button ok = Staff.button("left-ok", m, "left.ok", m::dismissHandBack, "m-primary");
        ok.setMaxWidth(Double.MAX_VALUE);
        VBox card = new VBox(24, title, status, ok);
        card.getStyleClass().add("m-card");
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
    }
}
