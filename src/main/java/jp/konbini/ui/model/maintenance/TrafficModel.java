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
        poll.setOnFinished(e -> refresh());
        auto.addListener((o, was, on) -> {
            if (on) {
                refresh();
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
        if (asking) {
            return;
        }
        asking = true;
        root.calls().run(() -> root.mode().diagnostics().traffic(), l -> {
            asking = false;
            if (!lines.equals(l)) {
                lines.setAll(l);
            }
            if (auto.get() && root.page().get() == MaintenanceModel.Page.SERIAL_TRAFFIC) {
                poll.playFromStart();
            }
        }, e -> {
            asking = false;
            auto.set(false);
            failed(e);
        });
    }

    public ObservableList<String> lines() {
        return linesView;
    }

    /** Auto-refresh while the page shows (turned off when the technician goes elsewhere). */
    public BooleanProperty auto() {
        return auto;
    }
}
