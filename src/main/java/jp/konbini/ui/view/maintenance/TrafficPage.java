package jp.konbini.ui.view.maintenance;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.TrafficModel;
import jp.konbini.ui.view.Widgets;

/**
 * Serial traffic: the acceptor's last frames in hex, oldest first, refreshed on request or every
 * second. The bundled fonts have no monospace face the glyph check accepts, so each byte gets a
 * cell of its own width: the columns line up as in a hex dump.
 */
final class TrafficPage extends VBox {

    /** One "HH:mm:ss.SSS >> FC 05 11 27 56" line as time, direction and one cell per byte. */
    private static javafx.scene.layout.HBox line(String l) {
        String[] parts = l.split(" ");
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox();
        row.getStyleClass().add("m-hex-line");
        row.setAccessibleText(l);
        for (int i = 0; i < parts.length; i++) {
            javafx.scene.control.Label cell = new javafx.scene.control.Label(parts[i]);
            cell.getStyleClass().add(i == 0 ? "m-hex-time" : i == 1 ? "m-hex-dir" : "m-hex-byte");
            cell.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
            row.getChildren().add(cell);
        }
        return row;
    }

    TrafficPage(MaintenanceModel m) {
        super(18);
        TrafficModel tr = m.traffic();
        getStyleClass().add("m-page");
        Button again = Staff.button("traffic-refresh", m, "common.refresh", tr::refresh, "m-secondary");
        again.disableProperty().bind(m.busy());
        Button auto = new Button();
        auto.setId("traffic-auto");
        auto.getStyleClass().addAll("m-secondary", "m-toggle");
        auto.textProperty().bind(Staff.binding(m, t -> t.get(tr.auto().get() ? "traffic.auto.on" : "traffic.auto.off"), tr.auto()));
        auto.setOnAction(e -> tr.auto().set(!tr.auto().get()));
        tr.auto().addListener((o, was, on) -> auto.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), on));
        VBox lines = new VBox(2);
        lines.setId("traffic-lines");
        lines.getStyleClass().add("m-hex");
        Runnable fill = () -> {
            lines.getChildren().clear();
            if (tr.lines().isEmpty()) {
                lines.getChildren().add(Staff.plain(m.texts().get().get("traffic.none"), "m-hint"));
            }
            for (String l : tr.lines()) {
                lines.getChildren().add(line(l));
            }
        };
        tr.lines().addListener((ListChangeListener<String>) c -> fill.run());
        m.texts().addListener((o, a, b) -> fill.run());
        fill.run();
        getChildren().addAll(Staff.row(24, Staff.text(m, "traffic.title", "m-title"), Widgets.grow(), again, auto),
                Staff.computed(m, t -> t.format("traffic.count", tr.lines().size()), new javafx.beans.Observable[] {tr.lines()}, "m-hint"),
                Staff.message("traffic-message", tr.message(), tr.problem()), Staff.scroll(lines));
    }
}
