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
        poll.setOnFinished(e -> read(true));
        root.page().addListener((o, old, p) -> {
            if (p != MaintenanceModel.Page.NOTE_TEST) {
                poll.stop();
            }
        });
    }

    void opened() {
        say("", false);
        read(false);
    }

    public void start() {
        if (!root.busy().get()) {
            root.calls().run(() -> {
                root.mode().noteTest().start();
                return null;
            }, x -> {
                sayKey("notes.started");
                read(false);
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
                read(false);
            }, this::failed);
        }
    }

    /** @param quietly the half-second poll (not "working..."); otherwise after a press, which the page waits for */
    private void read(boolean quietly) {
        if (quietly && asking) {
            return;
        }
        asking |= quietly;
        java.util.concurrent.Callable<State> work = () -> new State(root.mode().noteTest().running(), root.mode().noteTest().results());
        java.util.function.Consumer<Exception> onFail = e -> {
            asking &= !quietly;
            failed(e);
        };
        java.util.function.Consumer<State> done = s -> {
            asking &= !quietly;
            running.set(s.running());
            if (!results.equals(s.results())) {
                results.setAll(s.results());
            }
            if (s.running() && root.page().get() == MaintenanceModel.Page.NOTE_TEST) {
                poll.playFromStart();
            }
        };
        if (quietly) {
            root.calls().poll(work, done, onFail);
        } else {
            root.calls().run(work, done, onFail);
        }
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
