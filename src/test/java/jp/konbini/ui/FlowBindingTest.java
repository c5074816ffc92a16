package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import jp.konbini.flow.FlowHarness;
import jp.konbini.flow.Intent;
import jp.konbini.flow.Screen;
import jp.konbini.flow.SessionView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one hop onto the FX thread: views change only there, and a burst of views costs one update with the newest. */
class FlowBindingTest {

    @TempDir
    Path dir;
    FlowHarness kiosk;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void aBurstOfViewsReachesTheFxThreadOnceAsTheNewest() throws Exception {
        kiosk = new FlowHarness(dir).started();
        FlowBinding binding = new FlowBinding(kiosk.flow());
        List<SessionView> seen = new CopyOnWriteArrayList<>();
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        FxToolkit.onFxThread(() -> {
            binding.view().addListener((o, old, v) -> {
                seen.add(v);
                onFxThread.add(Platform.isFxApplicationThread());
            });
            return null;
        });
        kiosk.time.runUntilIdle();                       // the current view, on subscription
        FxToolkit.onFxThread(() -> null);
        seen.clear();

        CountDownLatch release = new CountDownLatch(1);
        Platform.runLater(() -> {                        // the FX thread is busy while the flow publishes
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        kiosk.tap(new Intent.Start());
        kiosk.tap(new Intent.ChooseLanguage(kiosk.settings().languages().get(1)));
        kiosk.type("08098765432");
        assertTrue(kiosk.views().size() > 12);
        release.countDown();
        FxToolkit.onFxThread(() -> null);

        assertEquals(1, seen.size(), "13 views, one FX update");
        assertEquals(Screen.ENTER_LINE, seen.get(0).screen());
        assertEquals("08098765432", seen.get(0).lineEntry());
        assertEquals(List.of(true), onFxThread);
    }
}
