package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;

/** Typing the phone number or ICCID: the entry grouped as typed, the keypad, and the precise reason a number was refused. */
final class EnterLineScreen extends BorderPane {

    EnterLineScreen(KioskModel model, ObservableValue<Aspect> aspect) {
        getStyleClass().addAll("screen", "enter-line");
        Label title = Widgets.text(model, "enter-line.title", "title");
        Label hint = Widgets.text(model, "enter-line.hint", "hint");
        Label entry = Widgets.value(model.enterLine().entry(), "entry");
        entry.setId("entry");
        entry.setWrapText(false);
        entry.setMaxWidth(Double.MAX_VALUE);
        Label error = Widgets.value(model.enterLine().error(), "error");
        error.setId("line-error");
        error.visibleProperty().bind(model.enterLine().error().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        error.setMaxWidth(Double.MAX_VALUE);
        Button next = Widgets.button("submit-line", model, "enter-line.next", () -> model.submit(new Intent.SubmitLine()), "primary");
        next.disableProperty().bind(model.enterLine().hasEntry().not());
        next.setMaxWidth(Double.MAX_VALUE);
        VBox left = Widgets.column(28, title, hint, entry, error);
        left.getStyleClass().add("entry-column");
        Keypad keypad = new Keypad(model);
        keypad.setAlignment(Pos.CENTER);
        VBox right = Widgets.column(28, keypad);
        right.setAlignment(Pos.CENTER);
        // "Next" follows the keys in reading order: beside them in landscape, under them in portrait.
        Runnable placeNext = () -> (aspect.getValue() == Aspect.LANDSCAPE ? left : right).getChildren().add(next);
        placeNext.run();
        aspect.addListener((o, old, a) -> {
            left.getChildren().remove(next);
            right.getChildren().remove(next);
            placeNext.run();
        });
        setCenter(new TwoPane(left, right, aspect, 40));
        Button back = Widgets.button("back", model, "action.back", () -> model.submit(new Intent.Back()), "secondary");
        Button cancel = Widgets.button("cancel", model, "action.cancel", () -> model.submit(new Intent.Cancel()), "secondary", "cancel");
        setBottom(Widgets.footer(new Node[] {back, cancel}, Widgets.none()));
    }
}
