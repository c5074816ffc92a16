package jp.konbini.ui.view.maintenance;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Widgets;

/** Builders for the maintenance screens: every text from the staff bundle in the staff language, or from a model value. */
final class Staff {

    private Staff() {
    }

    static Label text(MaintenanceModel m, String key, String... styles) {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> m.texts().get().get(key), m.texts()));
        return Widgets.styled(l, styles);
    }

    /** A label computed from the staff texts and any other observables it reads. */
    static Label computed(MaintenanceModel m, Function<StaffTexts, String> text, javafx.beans.Observable[] deps, String... styles) {
        Label l = new Label();
        l.textProperty().bind(binding(m, text, deps));
        return Widgets.styled(l, styles);
    }

    static javafx.beans.binding.StringBinding binding(MaintenanceModel m, Function<StaffTexts, String> text, javafx.beans.Observable... deps) {
        javafx.beans.Observable[] all = new javafx.beans.Observable[deps.length + 1];
        all[0] = m.texts();
        System.arraycopy(deps, 0, all, 1, deps.length);
        return Bindings.createStringBinding(() -> text.apply(m.texts().get()), all);
    }

    static Label plain(String text, String... styles) {
        return Widgets.styled(new Label(text), styles);
    }

    static Button button(String id, MaintenanceModel m, String key, Runnable action, String... styles) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(Bindings.createStringBinding(() -> m.texts().get().get(key), m.texts()));
        b.setOnAction(e -> action.run());
        b.setWrapText(true);
        b.getStyleClass().addAll(styles);
        return b;
    }

    static Button plainButton(String id, String text, Runnable action, String... styles) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.getStyleClass().addAll(styles);
        return b;
    }

    /** A message line: hidden while empty, red when it is a refusal. */
    static Label message(String id, ObservableValue<String> text, ObservableValue<Boolean> problem) {
        Label l = Widgets.value(text, "m-message");
        l.setId(id);
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.getValue() != null && !text.getValue().isEmpty(), text));
        l.managedProperty().bind(l.visibleProperty());
        problem.addListener((o, was, is) -> l.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, is));
        l.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, Boolean.TRUE.equals(problem.getValue()));
        return l;
    }

    /** A vertical scroll of {@code content}, as wide as the page (no sideways scrolling on a touch screen). */
    static javafx.scene.control.ScrollPane scroll(Node content) {
        javafx.scene.control.ScrollPane s = new javafx.scene.control.ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("m-scroll");
        s.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(s, Priority.ALWAYS);
        return s;
    }

    /** A name and value grid (the facts of a page), refilled from scratch. */
    static void fact(javafx.scene.layout.GridPane g, String id, String name, String value) {
        int row = g.getChildren().size() / 2;
        Label v = plain(value, "m-fact");
        if (id != null) {
            v.setId(id);
        }
        g.add(plain(name, "m-fact-name"), 0, row);
        g.add(v, 1, row);
    }

    static javafx.scene.layout.GridPane facts() {
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(28);
        g.setVgap(10);
        g.getStyleClass().add("m-facts");
        return g;
    }

    static HBox row(double spacing, Node... children) {
        HBox h = new HBox(spacing, children);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    static void showWhen(Node n, ObservableValue<Boolean> when) {
        n.visibleProperty().bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(when.getValue()), when));
        n.managedProperty().bind(n.visibleProperty());
    }
}
