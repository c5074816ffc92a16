package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.LanguageNotice;
import jp.konbini.ui.text.LanguageStyle;

/** What the kiosk does, the notes it takes, that it gives no change; most of the screen starts a session. */
final class AttractScreen extends BorderPane {

    AttractScreen(KioskModel model, ObservableValue<Aspect> aspect) {
        getStyleClass().addAll("screen", "attract");
        Label title = Widgets.text(model, "attract.title", "hero-title");
        Label subtitle = Widgets.text(model, "attract.subtitle", "subtitle");
        FlowPane notes = new FlowPane(16, 16);
        notes.getStyleClass().add("note-chips");
        Runnable fillNotes = () -> notes.getChildren().setAll(model.attract().notes().stream()
                .map(n -> Widgets.styled(new Label(n), "note-chip")).toList());
        fillNotes.run();
        model.attract().notes().addListener((ListChangeListener<String>) c -> fillNotes.run());
        VBox notesBox = Widgets.column(12, Widgets.text(model, "attract.notes", "section-title"), notes);
        VBox noChange = Widgets.column(8, Widgets.text(model, "attract.no-change.title", "policy-title"),
                Widgets.text(model, "attract.no-change", "body"));
        noChange.getStyleClass().add("policy");
        VBox about = Widgets.column(32, title, subtitle, notesBox, noChange);
        about.getStyleClass().add("attract-about");
        about.setAlignment(Pos.CENTER_LEFT);

        Button start = Widgets.button("start", model, "attract.start", () -> model.submit(new Intent.Start()), "start-button");
        start.setMaxWidth(Double.MAX_VALUE);
        FlowPane others = new FlowPane(24, 8);
        others.setAlignment(Pos.CENTER);
        others.getStyleClass().add("start-others");
        Runnable fillOthers = () -> others.getChildren().setAll(model.attract().otherLanguages().stream()
                .map(AttractScreen::other).toList());
        fillOthers.run();
        model.attract().otherLanguages().addListener((ListChangeListener<LanguageNotice>) c -> fillOthers.run());
        VBox startBox = Widgets.column(24, start, others);
        startBox.setAlignment(Pos.CENTER);
        startBox.getStyleClass().add("attract-start");

        setCenter(new TwoPane(about, startBox, aspect, 48));
    }

    private static Label other(LanguageNotice n) {
        Label l = Widgets.styled(new Label(n.title()), "start-other", LanguageStyle.styleClass(n.language()));
        l.setWrapText(false);
        return l;
    }
}
