package jp.konbini.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;

/**
 * Cancel with money in: first, that the money is safe; then the two ways on. "Go on paying" is
 * hidden when the acceptor cannot take notes any more, and the screen says why.
 */
final class ConfirmCancelScreen extends BorderPane {

    ConfirmCancelScreen(KioskModel model) {
        getStyleClass().addAll("screen", "confirm-cancel");
        var cancel = model.cancel();
        Label safe = Widgets.value(cancel.safe(), "title");
        safe.setId("cancel-safe");
        Label choice = Widgets.text(model, "cancel.choice", "subtitle");
        Label due = Widgets.value(cancel.due(), "body");
        due.visibleProperty().bind(cancel.canGoOnPaying());
        due.managedProperty().bind(due.visibleProperty());
        Label cannot = Widgets.text(model, "cancel.cannot-go-on", "error");
        cannot.visibleProperty().bind(cancel.canGoOnPaying().not());
        cannot.managedProperty().bind(cannot.visibleProperty());
        Button goOn = Widgets.button("go-on-paying", model, "cancel.go-on", () -> model.submit(new Intent.Back()), "primary", "wide");
        goOn.visibleProperty().bind(cancel.canGoOnPaying());
        goOn.managedProperty().bind(goOn.visibleProperty());
        Button end = Widgets.button("end-with-credit", model, "cancel.end", () -> model.submit(new Intent.Confirm()), "secondary", "wide");
        VBox answers = Widgets.column(24, goOn, end);
        answers.setAlignment(Pos.CENTER);
        answers.setMaxWidth(1000);
        VBox center = Widgets.column(32, safe, choice, due, cannot, answers);
        center.setAlignment(Pos.CENTER);
        center.getStyleClass().add("centered");
        setCenter(center);
    }
}
