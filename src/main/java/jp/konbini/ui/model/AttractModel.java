package jp.konbini.ui.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.domain.Language;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Messages;
import jp.konbini.ui.text.Texts;

/** The attract screen: the notes this kiosk takes, and "touch to start" in every other language. */
public final class AttractModel implements Part {

    private final Messages messages;
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<LanguageNotice> otherLanguages = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyNotes = FXCollections.unmodifiableObservableList(notes);
    private final ObservableList<LanguageNotice> readOnlyOthers = FXCollections.unmodifiableObservableList(otherLanguages);

    AttractModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void update(SessionView v, Texts t) {
        Props.setAll(notes, v.acceptedNotes().stream().sorted(Comparator.comparing(d -> d.value())).map(d -> d.value().format()).toList());
        List<LanguageNotice> others = new ArrayList<>();
        for (Language l : v.languages()) {
            if (l != v.language()) {
                others.add(new LanguageNotice(l, messages.of(l).get("attract.start"), List.of()));
            }
        }
        Props.setAll(otherLanguages, others);
    }

    public ObservableList<String> notes() {
        return readOnlyNotes;
    }

    public ObservableList<LanguageNotice> otherLanguages() {
        return readOnlyOthers;
    }
}
