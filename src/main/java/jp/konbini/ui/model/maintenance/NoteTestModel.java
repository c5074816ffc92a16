package jp.konbini.ui.model.maintenance;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/**
 * The note test: start and stop, and what the acceptor did with each note, read every half second
 * while the test runs and the page shows. The desk stops the test itself when the technician leaves.
 */
public final class NoteTestModel extends Said {

    static final Duration POLL = Duration.millis(500);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private final ObservableList<String> resultsView = FXCollections.unmodifiableObservableList(results);
    private final PauseTransition poll = new PauseTransition(POLL);
    private boolean asking;

    NoteTestModel(MaintenanceModel root) {
        super(root);
        poll.setOnFinished(e -> read());
        root.page().addListener((o, old, p) -> {
            if (p != MaintenanceModel.Page.NOTE_TEST) {
                poll.stop();
            }
        });
    }

    void opened() {
        say("", false);
        read();
    }

    public void start() {
        if (!root.busy().get()) {
            root.calls().run(() -> {
                root.mode().noteTest().start();
                return null;
            }, x -> {
                sayKey("notes.started");
                read();
            }, this::failed);
        }
    }

    public void stop() {
        if (!root.busy().get()) {
            poll.stop();
            root.calls().run(() -> {
                root.mode().noteTest().stop();
                return null;
            }, x -> {
                sayKey("notes.stopped");
                read();
            }, this::failed);
        }
    }

    private void read() {
        if (asking) {
            return;
        }
        asking = true;
        root.calls().run(() -> new State(root.mode().noteTest().running(), root.mode().noteTest().results()), s -> {
            asking = false;
            running.set(s.running());
            if (!results.equals(s.results())) {
                results.setAll(s.results());
            }
            if (s.running() && root.page().get() == MaintenanceModel.Page.NOTE_TEST) {
                poll.playFromStart();
            }
        }, e -> {
            asking = false;
            failed(e);
        });
    }

    private record State(boolean running, List<String> results) {
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** Newest last: "¥1,000 read", "returned ¥1,000", "rejected: ...". */
    public ObservableList<String> results() {
        return resultsView;
    }
}
