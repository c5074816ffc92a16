package jp.konbini.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;

/**
 * "Are you still there?" over the current screen while the flow counts down (WCAG 2.2.1: warn,
 * and extend with one simple action). The backdrop takes every touch, so only "more time" counts.
 */
final class WarningOverlay extends StackPane {

    WarningOverlay(KioskModel model) {
        setId("warning");
        getStyleClass().add("warning-backdrop");
        var warning = model.warning();
        Label countdown = Widgets.value(warning.seconds(), "countdown");
        countdown.setId("countdown");
        Label message = Widgets.value(warning.message(), "subtitle");
        message.setId("warning-message");
        Button more = Widgets.button("more-time", model, "warning.more-time", () -> model.submit(new Intent.MoreTime()), "primary",
                "more-time");
        more.setMaxWidth(Double.MAX_VALUE);
        VBox count = new VBox(-12, countdown, Widgets.text(model, "warning.seconds", "countdown-unit"));
        count.setAlignment(Pos.CENTER);
        VBox card = Widgets.column(28, Widgets.text(model, "warning.title", "title"), count, message, more);
        card.setAlignment(Pos.CENTER);
        card.getStyleClass().add("warning-card");
        card.setMaxSize(1000, USE_PREF_SIZE);
        getChildren().add(card);
        visibleProperty().bind(warning.shown());
        setOnMousePressed(e -> e.consume());
    }
}
