package jp.konbini.ui.model.maintenance;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call into the maintenance desks blocks (PBKDF2, the journal's fsync, the printer), so none
 * runs on the FX thread: each goes to one background thread, in order, and its answer hops back
 * onto the FX thread. While any call is out, {@link #busy()} is true (the screens show it and take
 * no second press). Create and call on the FX thread.
 */
public final class DeskCalls implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskCalls.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "konbini-maintenance-ui");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private int running;

    /** Runs {@code work} off the FX thread; {@code done} or {@code failed} then runs on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        running++;
        busy.set(true);
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> finish(() -> done.accept(result)));
                } catch (Exception e) {
                    LOG.warn("maintenance call failed: {}", e.toString(), e);
                    Platform.runLater(() -> finish(() -> failed.accept(e)));
                }
            });
        } catch (RejectedExecutionException closed) {
            running--;
            busy.set(running > 0);
        }
    }

    /**
     * A poll the page makes by itself (note test results, serial traffic): on the same thread, in
     * order with the rest, but not {@link #busy()}, so "working..." does not flash and no button
     * goes grey twice a second.
     */
    public <T> void poll(Callable<T> work, Consumer<T> done, Consumer<Exception> failed) {
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> done.accept(result));
                } catch (Exception e) {
                    LOG.warn("maintenance poll failed: {}", e.toString(), e);
                    Platform.runLater(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException closed) {
            // closing: nothing more to read
        }
    }

    private void finish(Runnable then) {
        running--;
        busy.set(running > 0);
        then.run();
    }

    /** True while a call is out (FX thread). */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
