package jp.konbini.ui.view.maintenance;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.ExportModel;
import jp.konbini.ui.model.maintenance.MaintenanceModel;

/** Export: the directory (the USB stick first, or another typed in), today or yesterday, then the files written or why not. */
final class ExportPage extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    ExportPage(MaintenanceModel m) {
        super(20);
        ExportModel x = m.export();
        getStyleClass().add("m-page");
        TextField target = new TextField();
        target.setId("export-target");
        target.getStyleClass().add("m-field");
        target.textProperty().bindBidirectional(x.target());
        HBox.setHgrow(target, Priority.ALWAYS);
        Button usb = Staff.button("export-default", m, "export.default", x::useDefault, "m-secondary");
        HBox days = Staff.row(16);
        for (ExportModel.Day d : ExportModel.Day.values()) {
            String key = d.name().toLowerCase(java.util.Locale.ROOT);
            Button b = Staff.button("export-" + key, m, "export.day." + key, () -> x.day().set(d), "m-secondary", "m-toggle");
            b.pseudoClassStateChanged(CURRENT, x.day().get() == d);
            x.day().addListener((o, was, now) -> b.pseudoClassStateChanged(CURRENT, now == d));
            days.getChildren().add(b);
        }
        Button go = Staff.button("export-go", m, "export.go", x::export, "m-primary");
        go.disableProperty().bind(m.busy());
        VBox files = new VBox(6);
        files.setId("export-files");
        x.files().addListener((ListChangeListener<String>) c -> {
            files.getChildren().clear();
            for (String f : x.files()) {
                files.getChildren().add(Staff.plain("・" + f, "m-body"));
            }
        });
        Staff.showWhen(files, javafx.beans.binding.Bindings.isNotEmpty(x.files()));
        getChildren().addAll(Staff.text(m, "export.title", "m-title"), Staff.text(m, "export.target", "m-section"), Staff.row(16, target, usb),
                Staff.text(m, "export.day", "m-section"), days, go, Staff.message("export-message", x.message(), x.problem()),
                Staff.scroll(files));
    }
}
