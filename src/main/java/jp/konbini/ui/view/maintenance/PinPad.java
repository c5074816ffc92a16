package jp.konbini.ui.view.maintenance;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.EntryModel;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.view.Widgets;

/**
 * The PIN keypad over whatever the customers see: dots for digits, clear, OK and cancel; keys wait
 * while the PIN is checked. Left alone for {@link #IDLE} it closes, so a keypad nobody uses never
 * keeps customers from the kiosk.
 */
final class PinPad extends StackPane {

    static final javafx.util.Duration IDLE = javafx.util.Duration.seconds(60);

    PinPad(MaintenanceModel m) {
        EntryModel e = m.entry();
        javafx.animation.PauseTransition idle = new javafx.animation.PauseTransition(IDLE);
        idle.setOnFinished(x -> {
            if (m.busy().get()) {
                idle.playFromStart();
            } else {
                e.cancel();
            }
        });
        e.shown().addListener((o, was, is) -> {
            if (is) {
                idle.playFromStart();
            } else {
                idle.stop();
            }
        });
        addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, x -> {
            if (e.shown().get()) {
                idle.playFromStart();
            }
        });
        setId("pin-pad");
        getStyleClass().add("m-veil");
        Staff.showWhen(this, e.shown());
        setOnMouseClicked(ev -> ev.consume());

        Label title = Staff.text(m, "pin.title", "m-title", "m-pin-title");
        Label hint = Staff.text(m, "pin.hint", "m-hint");
        Label dots = Widgets.value(e.dots(), "m-pin-dots");
        dots.setId("pin-dots");
        dots.setMaxWidth(Double.MAX_VALUE);
        Label message = Staff.message("pin-message", e.message(), e.problem());

        GridPane keys = new GridPane();
        keys.getStyleClass().add("m-keys");
        keys.setHgap(14);
        keys.setVgap(14);
        keys.setAlignment(Pos.CENTER);
        String layout = "123456789";
        for (int i = 0; i < layout.length(); i++) {
            keys.add(key(m, layout.charAt(i)), i % 3, i / 3);
        }
        Button clear = Staff.button("pin-clear", m, "pin.clear", e::clear, "m-key", "m-key-edit");
        Button ok = Staff.button("pin-ok", m, "pin.ok", e::ok, "m-key", "m-key-ok");
        clear.disableProperty().bind(m.busy());
        ok.disableProperty().bind(m.busy());
        keys.add(clear, 0, 3);
        keys.add(key(m, '0'), 1, 3);
        keys.add(ok, 2, 3);

        Button cancel = Staff.button("pin-cancel", m, "pin.cancel", e::cancel, "m-secondary");
        cancel.disableProperty().bind(m.busy());
        cancel.setMaxWidth(Double.MAX_VALUE);

        javafx.scene.layout.HBox languages = new javafx.scene.layout.HBox(12, title, Widgets.grow());
        languages.setAlignment(Pos.CENTER_LEFT);
        for (jp.konbini.domain.Language l : jp.konbini.ui.text.StaffTexts.LANGUAGES) {
            Button b = Staff.plainButton("pin-lang-" + l.tag().toLowerCase(java.util.Locale.ROOT), l.nativeName(), () -> m.language(l),
                    "m-secondary", "m-pin-lang", jp.konbini.ui.text.LanguageStyle.styleClass(l));
            languages.getChildren().add(b);
        }
        VBox card = new VBox(16, languages, hint, dots, message, keys, cancel);
        card.getStyleClass().add("m-card");
        card.setAlignment(Pos.TOP_CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        getChildren().add(card);
    }

    private static Button key(MaintenanceModel m, char digit) {
        Button b = Staff.plainButton("pin-key-" + digit, String.valueOf(digit), () -> m.entry().key(digit), "m-key");
        b.disableProperty().bind(m.busy());
        return b;
    }
}
