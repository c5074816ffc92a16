package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.flow.NoteNotice;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.NoteItem;

/**
 * Taking notes: the amount due and paid, large; the notes taken now; how to put a note in; what
 * happened to the last note. Cancel works at any moment, even with a note in escrow: the flow
 * returns it or waits for its verdict, and asks before ending with money in.
 */
final class InsertCashScreen extends BorderPane {

    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass BUSY = PseudoClass.getPseudoClass("busy");

    private final KioskModel model;
    private final HBox notes = new HBox(16);

    InsertCashScreen(KioskModel model, ObservableValue<Aspect> aspect) {
        this.model = model;
        getStyleClass().addAll("screen", "insert-cash");
        var payment = model.payment();
        Label due = Widgets.value(payment.due(), "big-amount");
        due.setId("due");
        Label paid = Widgets.value(payment.paid(), "paid-amount");
        paid.setId("paid");
        HBox paidRow = new HBox(20, Widgets.text(model, "payment.paid", "label-small"), paid);
        paidRow.setAlignment(Pos.BASELINE_LEFT);
        HBox priceRow = new HBox(20, Widgets.text(model, "payment.price", "label-small"), Widgets.value(payment.price(), "label-small"));
        priceRow.setAlignment(Pos.BASELINE_LEFT);
        Label notice = Widgets.value(payment.notice(), "note-notice");
        notice.setId("note-notice");
        notice.setMaxWidth(Double.MAX_VALUE);
        payment.noticeKind().addListener((o, old, k) -> markNotice(notice, k));
        markNotice(notice, payment.noticeKind().get());
        VBox amounts = Widgets.column(12, Widgets.text(model, "payment.due", "caption"), due, paidRow, priceRow, notice);
        amounts.getStyleClass().add("amounts");

        notes.getStyleClass().add("note-row");
        fillNotes();
        payment.notes().addListener((ListChangeListener<NoteItem>) c -> fillNotes());
        HBox how = new HBox(24, new NoteDiagram(), Widgets.text(model, "payment.orientation", "body"));
        how.setAlignment(Pos.CENTER_LEFT);
        VBox insert = Widgets.column(20, Widgets.text(model, "payment.insert", "title"), notes, how,
                Widgets.text(model, "payment.no-change", "hint"));
        insert.getStyleClass().add("insert-column");
        setCenter(new TwoPane(amounts, insert, aspect, 40));

        Button cancel = Widgets.button("cancel", model, "action.cancel", () -> model.submit(new Intent.Cancel()), "secondary", "cancel");
        setBottom(Widgets.footer(new Node[] {cancel}, Widgets.none()));
    }

    private void fillNotes() {
        notes.getChildren().setAll(model.payment().notes().stream().map(n -> new NoteTile(model, n)).toList());
    }

    private static void markNotice(Label notice, NoteNotice kind) {
        notice.pseudoClassStateChanged(BUSY, kind == NoteNotice.CHECKING);
        notice.pseudoClassStateChanged(WARN, kind == NoteNotice.REJECTED || kind == NoteNotice.RETURNED
                || kind == NoteNotice.RETURNED_ABOVE_DUE);
    }
}
