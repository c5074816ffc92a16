package jp.konbini.ui.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.KioskModel;

/**
 * Small builders so each screen reads as what it shows; every customer text comes from the bundle or the model.
 * The ones that know no texts (a value label, the label style, a column, a spacer) serve the maintenance screens too.
 */
public final class Widgets {

    private Widgets() {
    }

    /** A label showing bundle text {@code key} in the session language. */
    static Label text(KioskModel model, String key, String... styles) {
        Label l = new Label();
        l.textProperty().bind(Bindings.createStringBinding(() -> model.texts().get().get(key), model.texts()));
        return styled(l, styles);
    }

    /** A label showing a model value. */
    public static Label value(ObservableValue<String> value, String... styles) {
        Label l = new Label();
        l.textProperty().bind(value);
        return styled(l, styles);
    }

    /** A button with a stable id (tests and the benchmark press it), bundle text and an action. */
    static Button button(String id, KioskModel model, String key, Runnable action, String... styles) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(Bindings.createStringBinding(() -> model.texts().get().get(key), model.texts()));
        b.setOnAction(e -> action.run());
        b.setWrapText(true);
        b.getStyleClass().addAll(styles);
        return b;
    }

    public static Label styled(Label l, String... styles) {
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    public static VBox column(double spacing, Node... children) {
        VBox box = new VBox(spacing, children);
        box.setFillWidth(true);
        return box;
    }

    public static Region grow() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }

    /** The bottom bar: secondary actions left, the main action right. */
    static HBox footer(Node[] left, Node[] right) {
        HBox bar = new HBox(24);
        bar.getStyleClass().add("footer");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(left);
        bar.getChildren().add(grow());
        bar.getChildren().addAll(right);
        return bar;
    }

    static Node[] none() {
        return new Node[0];
    }
}
