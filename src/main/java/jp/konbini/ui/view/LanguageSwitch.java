package jp.konbini.ui.view;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import jp.konbini.domain.Language;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.text.LanguageStyle;

/**
 * The language switch on every customer screen: each language named in its own script and font
 * (never a flag), the current one marked. Switching keeps what was entered: the flow keeps it.
 */
final class LanguageSwitch extends HBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final KioskModel model;

    LanguageSwitch(KioskModel model) {
        super(12);
        this.model = model;
        getStyleClass().add("language-switch");
        setAlignment(Pos.CENTER_RIGHT);
        rebuild();
        model.languages().addListener((ListChangeListener<Language>) c -> rebuild());
        model.language().addListener((o, old, l) -> mark());
    }

    private void rebuild() {
        getChildren().clear();
        for (Language l : model.languages()) {
            Button b = new Button(l.nativeName());
            b.setId("switch-" + l.tag());
            b.getStyleClass().addAll("switch-button", LanguageStyle.styleClass(l));
            b.setUserData(l);
            b.setOnAction(e -> model.submit(new Intent.SwitchLanguage(l)));
            getChildren().add(b);
        }
        mark();
    }

    private void mark() {
        getChildren().forEach(n -> n.pseudoClassStateChanged(CURRENT, n.getUserData() == model.language().get()));
    }
}
