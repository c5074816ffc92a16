package jp.konbini.ui.view.maintenance;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.NoteTestModel;

/** The note test: start and stop, and each note as the acceptor reads it and gives it back, newest first. */
final class NoteTestPage extends VBox {

    NoteTestPage(MaintenanceModel m) {
        super(20);
        NoteTestModel n = m.noteTest();
        getStyleClass().add("m-page");
        Label state = Staff.computed(m, t -> n.running().get() ? t.get("notes.running") : t.get("notes.idle"),
                new javafx.beans.Observable[] {n.running()}, "m-status");
        state.setId("notes-state");
        Button start = Staff.button("notes-start", m, "notes.start", n::start, "m-primary");
        Button stop = Staff.button("notes-stop", m, "notes.stop", n::stop, "m-primary", "m-danger");
        start.disableProperty().bind(Bindings.or(m.busy(), n.running()));
        stop.disableProperty().bind(Bindings.or(m.busy(), n.running().not()));
        VBox results = new VBox(6);
        results.setId("notes-results");
        Runnable fill = () -> {
            results.getChildren().clear();
            if (n.results().isEmpty()) {
                results.getChildren().add(Staff.plain(m.texts().get().get("notes.none"), "m-hint"));
            }
            for (int i = n.results().size() - 1; i >= 0; i--) {
                results.getChildren().add(Staff.plain(n.results().get(i), "m-body"));
            }
        };
        n.results().addListener((ListChangeListener<String>) c -> fill.run());
        m.texts().addListener((o, a, b) -> fill.run());
        fill.run();
        VBox card = new VBox(10, Staff.text(m, "notes.results", "m-section"), results);
        card.getStyleClass().add("m-panel");
        getChildren().addAll(Staff.text(m, "notes.title", "m-title"), Staff.text(m, "notes.hint", "m-hint"), state,
                Staff.row(24, start, stop), Staff.message("notes-message", n.message(), n.problem()), Staff.scroll(card));
    }
}
