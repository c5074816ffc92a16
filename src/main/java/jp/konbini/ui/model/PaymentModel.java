package jp.konbini.ui.model;

import java.util.Comparator;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.flow.NoteNotice;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** Taking cash: amount due and paid, which notes go in now, and what happened to the last note. */
public final class PaymentModel implements Part {

    private final ReadOnlyStringWrapper due = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper paid = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<NoteNotice> noticeKind = new ReadOnlyObjectWrapper<>(NoteNotice.NONE);
    private final ReadOnlyBooleanWrapper moneyIn = new ReadOnlyBooleanWrapper();
    private final ObservableList<NoteItem> notes = FXCollections.observableArrayList();
    private final ObservableList<NoteItem> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);

    @Override
    public void update(SessionView v, Texts t) {
        Props.set(due, v.due().format());
        Props.set(paid, v.paid().format());
        Props.set(price, v.price().format());
        Props.set(noticeKind, v.noteNotice());
        Props.set(notice, noticeText(v.noteNotice(), t));
        moneyIn.set(v.paid().isPositive());
        Props.setAll(notes, v.acceptedNotes().stream().sorted(Comparator.comparing(d -> d.value()))
                .map(d -> new NoteItem(d, d.value().format(), v.enabledNotes().contains(d))).toList());
    }

    /** The notice's text; NoteNotice.NONE has one too (what to do next), so the line never jumps. */
    public static String noticeText(NoteNotice n, Texts t) {
        return t.get("notice." + n.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    public ReadOnlyStringProperty due() {
        return due.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paid() {
        return paid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty price() {
        return price.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NoteNotice> noticeKind() {
        return noticeKind.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty moneyIn() {
        return moneyIn.getReadOnlyProperty();
    }

    public ObservableList<NoteItem> notes() {
        return readOnlyNotes;
    }
}
