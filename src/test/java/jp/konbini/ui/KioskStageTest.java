package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import jp.konbini.flow.FlowHarness;
import jp.konbini.ui.view.Aspect;
import jp.konbini.ui.view.ScaledRoot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk window covers the screen with no way out; the layout follows the window's shape and scales to its size. */
class KioskStageTest {

    static Stage primary;

    @TempDir
    Path dir;
    FlowHarness kiosk;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        primary = org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    @Test
    void theKioskWindowCoversTheScreenAndCannotBeClosed() {
        kiosk = new FlowHarness(dir).started();
        KioskUi ui = new KioskUi(kiosk.flow(), UiOptions.kiosk());
        Stage stage = FxToolkit.onFxThread(() -> {
            Stage s = new Stage();
            ui.show(s);
            return s;
        });
        kiosk.time.runUntilIdle();
        FxToolkit.onFxThread(() -> {
            Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
            assertEquals(StageStyle.UNDECORATED, stage.getStyle());
            assertEquals(screen.getWidth(), stage.getWidth());
            assertEquals(screen.getHeight(), stage.getHeight());
            assertEquals(screen.getMinX(), stage.getX());
            assertEquals(KeyCombination.NO_MATCH, stage.getFullScreenExitKeyCombination());
            assertEquals("", stage.getFullScreenExitHint());
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(close);
            assertTrue(close.isConsumed() || stage.isShowing(), "a customer cannot close the kiosk");
            assertTrue(stage.isShowing());
            stage.hide();
            return null;
        });
    }

    @Test
    void resizingToPortraitRelaysTheScreensAndTheContentScalesToTheWindow() {
        kiosk = new FlowHarness(dir).started();
        UiDriver driver = new UiDriver(primary, kiosk, Aspect.LANDSCAPE).show();
        ScaledRoot root = FxToolkit.onFxThread(() -> (ScaledRoot) primary.getScene().getRoot());
        assertEquals(Aspect.LANDSCAPE, root.aspect().get());
        FxToolkit.onFxThread(() -> {
            primary.setWidth(540);
            primary.setHeight(960);
            return null;
        });
        for (int i = 0; i < 200 && FxToolkit.onFxThread(() -> primary.getScene().getWidth()) != 540; i++) {
            driver.settle();      // the platform window reports its new size asynchronously
        }
        driver.settle();
        FxToolkit.onFxThread(() -> {
            assertEquals(Aspect.PORTRAIT, root.aspect().get());
            javafx.scene.Parent content = (javafx.scene.Parent) root.getChildrenUnmodifiable().get(0);
            assertTrue(content.getPseudoClassStates().contains(PseudoClass.getPseudoClass("portrait")));
            assertEquals(1080, content.getLayoutBounds().getWidth(), 0.5, "laid out at the portrait design width");
            assertEquals(0.5, content.localToScene(1, 0).getX() - content.localToScene(0, 0).getX(), 1e-9, "scaled to the window");
            assertEquals(1920, content.getLayoutBounds().getHeight(), 0.5, "height follows the window's shape");
            return null;
        });
        assertFalse(driver.problems().stream().anyMatch(p -> p.contains("cut short")), driver.problems().toString());
    }
}
