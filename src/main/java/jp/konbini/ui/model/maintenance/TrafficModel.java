package jp.konbini.ui.model.maintenance;

import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

/** The acceptor's last frames in hex, oldest first; read on request, or every second while auto-refresh is on and the page shows. */
public final class TrafficModel extends Said {

    static final Duration POLL = Duration.seconds(1);

    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<String> linesView = FXCollections.unmodifiableObservableList(lines);
    private final BooleanProperty auto = new SimpleBooleanProperty();
    private final PauseTransition poll = new PauseTransition(POLL);
    private boolean asking;

    TrafficModel(MaintenanceModel root) {
        super(root);
        poll.setOnFinished(e -> read(true));
        auto.addListener((o, was, on) -> {
            if (on) {
                read(true);
            } else {
                poll.stop();
            }
        });
        root.page().addListener((o, old, p) -> {
            if (p != MaintenanceModel.Page.SERIAL_TRAFFIC) {
                poll.stop();
                auto.set(false);
            }
        });
    }

    void opened() {
        say("", false);
        refresh();
    }

    public void refresh() {
        read(false);
    }

    /** @param quietly the auto-refresh (not "working..."); otherwise a press, which the page waits for */
    private void read(boolean quietly) {
        if (quietly && asking) {
            return;
        }
        asking |= quietly;
        java.util.concurrent.Callable<java.util.List<String>> work = () -> root.mode().diagnostics().traffic();
        java.util.function.Consumer<java.util.List<String>> done = l -> {
            asking &= !quietly;
            if (!lines.equals(l)) {
                lines.setAll(l);
            }
            if (auto.get() && root.page().get() == MaintenanceModel.Page.SERIAL_TRAFFIC) {
                poll.playFromStart();
            }
        };
        java.util.function.Consumer<Exception> onFail = e -> {
            asking &= !quietly;
            auto.set(false);
            failed(e);
        };
        if (quietly) {
            root.calls().poll(work, done, onFail);
        } else {
            root.calls().run(work, done, onFail);
        }
    }

    public ObservableList<String> lines() {
        return linesView;
    }

    /** Auto-refresh while the page shows (turned off when the technician goes elsewhere). */
    public BooleanProperty auto() {
        return auto;
    }
}
