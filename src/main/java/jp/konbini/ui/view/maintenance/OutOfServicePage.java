package jp.konbini.ui.view.maintenance;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.OutOfServiceModel;

/**
 * Out of service: the state now and what customers are told, preset reasons (the quick way on a
 * touch screen, each in Japanese and English), a text field for anything else, and on/off.
 */
final class OutOfServicePage extends VBox {

    OutOfServicePage(MaintenanceModel m) {
        super(24);
        OutOfServiceModel o = m.outOfService();
        getStyleClass().add("m-page");
        Label title = Staff.text(m, "oos.title", "m-title");
        Label now = Staff.computed(m, t -> o.current().get().map(r -> t.format("oos.now.out-of-service", r))
                .orElse(t.get("oos.now.in-service")), new javafx.beans.Observable[] {o.current()}, "m-status");
        now.setId("oos-now");
        o.current().addListener((x, was, r) -> now.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, r.isPresent()));

        FlowPane presets = new FlowPane(16, 16);
        presets.getStyleClass().add("m-presets");
        for (String id : OutOfServiceModel.PRESETS) {
            presets.getChildren().add(Staff.button("oos-preset-" + id, m, "oos.preset." + id, () -> o.preset(id), "m-secondary", "m-preset"));
        }
        TextField reason = new TextField();
        reason.setId("oos-reason");
        reason.getStyleClass().add("m-field");
        reason.textProperty().bindBidirectional(o.reason());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Label count = Staff.computed(m, t -> t.format("oos.count", o.reason().get() == null ? 0 : o.reason().get().strip().length()),
                new javafx.beans.Observable[] {o.reason()}, "m-hint");
        count.setId("oos-count");
        count.setMinWidth(Label.USE_PREF_SIZE);

        Button on = Staff.button("oos-on", m, "oos.on", o::takeOut, "m-primary", "m-danger");
        Button off = Staff.button("oos-off", m, "oos.off", o::backInService, "m-primary");
        on.disableProperty().bind(m.busy());
        off.disableProperty().bind(m.busy());
        HBox actions = Staff.row(24, on, off);

        getChildren().addAll(title, now, Staff.text(m, "oos.presets", "m-section"), presets,
                Staff.text(m, "oos.reason", "m-section"), Staff.row(16, reason, count), actions,
                Staff.message("oos-message", o.message(), o.problem()));
    }
}
