package jp.konbini.ui.view;

import javafx.animation.Animation;
import javafx.animation.Interpolator;
import javafx.animation.RotateTransition;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.util.Duration;
import jp.konbini.ui.model.KioskModel;

/** Paid in full, the top-up is being confirmed: a turning arc so the screen is visibly alive, and "please wait". */
final class ProcessingScreen extends BorderPane {

    ProcessingScreen(KioskModel model) {
        getStyleClass().addAll("screen", "processing");
        Arc spinner = new Arc(0, 0, 70, 70, 90, 270);
        spinner.setType(ArcType.OPEN);
        spinner.getStyleClass().add("spinner");
        RotateTransition turn = new RotateTransition(Duration.seconds(1.2), spinner);
        turn.setByAngle(360);
        turn.setCycleCount(Animation.INDEFINITE);
        turn.setInterpolator(Interpolator.LINEAR);
        // Only while on screen: a running animation asks for a frame every pulse.
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                turn.playFromStart();
            } else {
                turn.stop();
            }
        });
        VBox center = Widgets.column(36, spinner, Widgets.text(model, "processing.title", "title"),
                Widgets.text(model, "processing.message", "subtitle"));
        center.setAlignment(Pos.CENTER);
        center.getStyleClass().add("centered");
        setCenter(center);
    }
}
