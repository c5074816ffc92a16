package jp.konbini.ui.view;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.NoteItem;

/** A note the kiosk takes, drawn note-shaped: bright when the acceptor takes it now, dimmed (and saying so) when it is above the amount due. */
final class NoteTile extends VBox {

    private static final PseudoClass NOW = PseudoClass.getPseudoClass("now");

    NoteTile(KioskModel model, NoteItem note) {
        super(4);
        setId("note-" + note.note().value().amount());
        getStyleClass().add("note-tile");
        setAlignment(Pos.CENTER);
        Label value = Widgets.styled(new Label(note.value()), "note-value");
        value.setWrapText(false);
        Label state = Widgets.text(model, note.acceptedNow() ? "payment.note.now" : "payment.note.not-now", "note-state");
        getChildren().addAll(value, state);
        pseudoClassStateChanged(NOW, note.acceptedNow());
    }
}
