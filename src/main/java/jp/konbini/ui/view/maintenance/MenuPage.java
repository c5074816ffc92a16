package jp.konbini.ui.view.maintenance;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.konbini.maintenance.MaintenanceFunction;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.MaintenanceModel.MenuEntry;

/**
 * The maintenance menu: what the kiosk will do when staff leave (in service, or the reasons it
 * stays out), and a big button for each function the operator's role may use; those not built yet
 * are there but disabled and marked "coming".
 */
final class MenuPage extends VBox {

    private final MaintenanceModel m;
    private final FlowPane tiles = new FlowPane(24, 24);

    MenuPage(MaintenanceModel m) {
        super(28);
        this.m = m;
        getStyleClass().add("m-page");
        Label statusTitle = Staff.text(m, "menu.status.title", "m-section");
        Label status = Staff.computed(m, t -> m.staysOutOfService().get()
                        ? t.get("menu.status.out-of-service") + "\n・" + String.join("\n・", m.serviceLines())
                        : t.get("menu.status.in-service"),
                new javafx.beans.Observable[] {m.staysOutOfService(), m.serviceLines()}, "m-status");
        status.setId("menu-status");
        m.staysOutOfService().addListener((o, was, out) -> status.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, out));
        status.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, m.staysOutOfService().get());
        Label receipts = Staff.computed(m, t -> t.format("menu.receipts-for-staff", m.receiptsForStaff().get()),
                new javafx.beans.Observable[] {m.receiptsForStaff()}, "m-status");
        receipts.setId("menu-receipts");
        receipts.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, true);
        Staff.showWhen(receipts, m.receiptsForStaff().greaterThan(0));
        VBox statusCard = new VBox(8, statusTitle, status, receipts);
        statusCard.getStyleClass().add("m-panel");

        tiles.getStyleClass().add("m-tiles");
        fill();
        m.menu().addListener((ListChangeListener<MenuEntry>) c -> fill());
        getChildren().addAll(statusCard, Staff.message("menu-message", m.message(), new javafx.beans.property.SimpleBooleanProperty(true)),
                Staff.text(m, "menu.title", "m-title"), tiles);
    }

    private void fill() {
        tiles.getChildren().clear();
        for (MenuEntry e : m.menu()) {
            tiles.getChildren().add(tile(e));
        }
    }

    private Button tile(MenuEntry e) {
        MaintenanceFunction f = e.function();
        String key = "function." + f.name().toLowerCase(Locale.ROOT).replace('_', '-');
        Button b = new Button();
        b.setId("fn-" + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.textProperty().bind(Staff.binding(m, t -> e.available() ? t.get(key) : t.get(key) + "\n(" + t.get("menu.coming") + ")"));
        b.setWrapText(true);
        b.getStyleClass().addAll("m-tile", e.available() ? "m-tile-ready" : "m-tile-coming");
        b.setDisable(!e.available());
        b.setOnAction(x -> m.open(f));
        return b;
    }
}
