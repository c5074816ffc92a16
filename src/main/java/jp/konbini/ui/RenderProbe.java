package jp.konbini.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import jp.konbini.flow.SessionView;

/**
 * Tells when a new session view has reached the screen: in the first pulse after the view-models
 * took it, once CSS and layout have run (the frame is rendered from that scene graph right after).
 * The benchmark measures tap-to-screen and start-up with it.
 */
final class RenderProbe {

    private final List<Consumer<SessionView>> listeners = new CopyOnWriteArrayList<>();
    private SessionView pending;

    RenderProbe(Scene scene, ObservableValue<SessionView> applied) {
        pending = applied.getValue();
        applied.addListener((o, old, v) -> pending = v);
        scene.addPostLayoutPulseListener(this::pulse);
    }

    void add(Consumer<SessionView> listener) {
        listeners.add(listener);
    }

    private void pulse() {
        SessionView v = pending;
        if (v != null) {
            pending = null;
            for (Consumer<SessionView> l : listeners) {
                l.accept(v);
            }
        }
    }
}
