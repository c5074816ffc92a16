package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import jp.konbini.domain.Language;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.text.LanguageStyle;

/** Five big buttons, each language in its own script and font; the question asked in every language. */
final class LanguageScreen extends BorderPane {

    private final KioskModel model;
    private final VBox question = new VBox(8);
    private final VBox buttons = new VBox(20);

    LanguageScreen(KioskModel model, ObservableValue<Aspect> aspect) {
        this.model = model;
        getStyleClass().addAll("screen", "language-screen");
        question.getStyleClass().add("language-question");
        question.setAlignment(Pos.CENTER_LEFT);
        buttons.setAlignment(Pos.CENTER);
        buttons.getStyleClass().add("language-buttons");
        rebuild();
        model.languages().addListener((ListChangeListener<Language>) c -> rebuild());
        setCenter(new TwoPane(question, buttons, aspect, 48));
        Button cancel = Widgets.button("cancel", model, "action.cancel", () -> model.submit(new Intent.Cancel()), "secondary", "cancel");
        setBottom(Widgets.footer(new javafx.scene.Node[] {cancel}, Widgets.none()));
    }

    private void rebuild() {
        question.getChildren().clear();
        buttons.getChildren().clear();
        for (Language l : model.languages()) {
            Label q = Widgets.styled(new Label(model.messages().of(l).get("language.title")), "language-line",
                    LanguageStyle.styleClass(l));
            if (question.getChildren().isEmpty()) {
                q.getStyleClass().add("language-line-first");   // the first configured language leads
            }
            question.getChildren().add(q);
            Button b = new Button(l.nativeName());
            b.setId("lang-" + l.tag());
            b.getStyleClass().addAll("language-button", LanguageStyle.styleClass(l));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> model.submit(new Intent.ChooseLanguage(l)));
            buttons.getChildren().add(b);
        }
    }
}
