package jp.konbini.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.konbini.flow.SessionFlow;
import jp.konbini.flow.SessionView;

/**
 * The one hop from the flow's thread onto the FX thread. Views arrive on the flow thread; only
 * the latest matters (each is a whole snapshot), so at most one {@code runLater} is pending and it
 * delivers whatever is newest when it runs. A burst of views costs one FX update, and the FX
 * queue can never fill up behind a busy flow.
 */
public final class FlowBinding {

    private final ReadOnlyObjectWrapper<SessionView> view;
    private final AtomicReference<SessionView> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    /** Subscribes at once; the flow sends its current view first, then every new one. */
    public FlowBinding(SessionFlow flow) {
        this.view = new ReadOnlyObjectWrapper<>(flow.view());
        flow.subscribe(this::offer);
    }

    /** The latest view, changed only on the FX thread. */
    public ReadOnlyObjectProperty<SessionView> view() {
        return view.getReadOnlyProperty();
    }

    private void offer(SessionView v) {
        latest.set(v);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(this::deliver);
        }
    }

    private void deliver() {
        scheduled.set(false);     // first: a view offered from now on schedules another delivery
        SessionView v = latest.getAndSet(null);
        if (v != null) {
            view.set(v);
        }
    }
}
