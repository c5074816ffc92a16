package jp.konbini.ui.view;

import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;

/** The number pad: big keys with gaps between them (at least 90 pixels, well apart), delete and clear on the bottom row. */
final class Keypad extends GridPane {

    Keypad(KioskModel model) {
        getStyleClass().add("keypad");
        setHgap(18);
        setVgap(18);
        String layout = "123456789";
        for (int i = 0; i < layout.length(); i++) {
            add(key(model, layout.charAt(i)), i % 3, i / 3);
        }
        add(Widgets.button("clear", model, "keypad.clear", () -> model.submit(new Intent.ClearEntry()), "key", "key-edit"), 0, 3);
        add(key(model, '0'), 1, 3);
        add(Widgets.button("backspace", model, "keypad.delete", () -> model.submit(new Intent.Backspace()), "key", "key-edit"), 2, 3);
    }

    private static Button key(KioskModel model, char digit) {
        Button b = new Button(String.valueOf(digit));
        b.setId("key-" + digit);
        b.getStyleClass().addAll("key", "key-digit");
        b.setOnAction(e -> model.submit(new Intent.Key(digit)));
        return b;
    }
}
