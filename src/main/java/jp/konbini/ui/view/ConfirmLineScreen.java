package jp.konbini.ui.view;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;

/** The number read back, grouped, large: the customer confirms it or corrects it (Luhn misses some swaps). */
final class ConfirmLineScreen extends BorderPane {

    ConfirmLineScreen(KioskModel model) {
        getStyleClass().addAll("screen", "confirm-line");
        Label title = Widgets.text(model, "confirm-line.title", "title");
        Label kind = Widgets.value(model.confirmLine().kind(), "subtitle");
        kind.setId("line-kind");
        Label number = Widgets.value(model.confirmLine().line(), "readback");
        number.setId("line-readback");
        number.setWrapText(false);
        Label check = Widgets.text(model, "confirm-line.check", "body");
        Button yes = Widgets.button("confirm", model, "confirm-line.yes", () -> model.submit(new Intent.Confirm()), "primary", "wide");
        Button fix = Widgets.button("back", model, "confirm-line.fix", () -> model.submit(new Intent.Back()), "secondary", "wide");
        HBox answers = new HBox(32, fix, yes);
        answers.setAlignment(Pos.CENTER);
        answers.getStyleClass().add("answers");
        VBox center = Widgets.column(36, title, kind, number, check, answers);
        center.setAlignment(Pos.CENTER);
        center.getStyleClass().add("centered");
        setCenter(center);
        Button cancel = Widgets.button("cancel", model, "action.cancel", () -> model.submit(new Intent.Cancel()), "secondary", "cancel");
        setBottom(Widgets.footer(new Node[] {cancel}, Widgets.none()));
    }
}
