package jp.konbini.ui.view.maintenance;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.konbini.maintenance.ConfigurationDesk.Setting;
import jp.konbini.ui.model.maintenance.ConfigurationModel;
import jp.konbini.ui.model.maintenance.MaintenanceModel;

/** Configuration: the software version and every setting as configured (secrets masked by the desk), read only. */
final class ConfigurationPage extends VBox {

    ConfigurationPage(MaintenanceModel m) {
        super(20);
        ConfigurationModel c = m.configuration();
        getStyleClass().add("m-page");
        Label version = Staff.computed(m, t -> t.format("config.version", c.version().get()), new javafx.beans.Observable[] {c.version()},
                "m-status");
        version.setId("config-version");
        GridPane table = Staff.facts();
        table.setId("config-settings");
        table.getStyleClass().add("m-panel");
        Runnable fill = () -> {
            table.getChildren().clear();
            for (Setting s : c.settings()) {
                Staff.fact(table, "config-" + s.key().replaceAll("[^A-Za-z0-9-]", "-"), s.key(), s.value());
            }
        };
        c.settings().addListener((ListChangeListener<Setting>) x -> fill.run());
        fill.run();
        getChildren().addAll(Staff.text(m, "config.title", "m-title"), version, Staff.text(m, "config.hint", "m-hint"), Staff.scroll(table),
                Staff.message("config-message", c.message(), c.problem()));
    }
}
