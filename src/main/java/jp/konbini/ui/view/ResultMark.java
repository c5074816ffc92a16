package jp.konbini.ui.view;

import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;

/** A drawn mark above a result (a tick for success, an exclamation otherwise): colour and shape, never colour alone. */
final class ResultMark extends StackPane {

    private final Polyline tick = new Polyline(-34, 0, -10, 26, 36, -26);
    private final Group exclamation;

    ResultMark() {
        getStyleClass().add("result-mark");
        Circle disc = new Circle(64);
        disc.getStyleClass().add("mark-disc");
        tick.getStyleClass().add("mark-line");
        Polyline bar = new Polyline(0, -34, 0, 10);
        bar.getStyleClass().add("mark-line");
        Circle dot = new Circle(0, 32, 6);
        dot.getStyleClass().add("mark-dot");
        exclamation = new Group(bar, dot);
        getChildren().addAll(disc, tick, exclamation);
    }

    void show(boolean success) {
        tick.setVisible(success);
        exclamation.setVisible(!success);
    }
}
