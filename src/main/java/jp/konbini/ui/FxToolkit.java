package jp.konbini.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Starts JavaFX without an {@code Application} subclass (a main class extending Application cannot
 * start with JavaFX on the class path, as in the shaded jar), then loads the bundled fonts.
 *
 * <p>{@code headless} selects Monocle's headless platform with software rendering: the kiosk UI
 * runs, renders and takes (synthetic) input with no display at all, for {@code bench ui} and for
 * tests. Those properties must be set before the toolkit first loads, which is why this is the
 * only way the application starts JavaFX.
 */
public final class FxToolkit {

    private final boolean headless;

    private FxToolkit(boolean headless) {
        this.headless = headless;
    }

    /**
     * Starts the toolkit (or joins the one already running, e.g. under TestFX) and loads the fonts.
     * Closing the last window does not stop it: a kiosk has no "last window".
     */
    public static FxToolkit start(boolean headless) {
        if (headless) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            // Big enough for a portrait or landscape full-HD scene; Monocle's default screen is 1280x800.
            System.setProperty("headless.geometry", System.getProperty("headless.geometry", "1920x1920-32"));
        }
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        await(started);
        Platform.setImplicitExit(false);
        FxToolkit toolkit = new FxToolkit(headless);
        toolkit.call(() -> {
            UiFonts.ensureLoaded();
            return null;
        });
        return toolkit;
    }

    public boolean headless() {
        return headless;
    }

    /** Runs {@code work} on the FX thread and waits for its result (never call it from the FX thread). */
    public <T> T call(Supplier<T> work) {
        return onFxThread(work);
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    public static <T> T onFxThread(Supplier<T> work) {
        if (Platform.isFxApplicationThread()) {
            return work.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the FX thread did not answer in 30 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the FX thread", e);
        }
    }

    /** Stops the toolkit; windows close, the FX thread ends. */
    public void exit() {
        Platform.exit();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start in 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX started", e);
        }
    }
}
