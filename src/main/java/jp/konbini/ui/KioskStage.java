package jp.konbini.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/**
 * Puts the stage on the screen. Kiosk: undecorated and sized from the primary screen's bounds.
 * {@code setFullScreen} is not relied on: on a bare X session without a window manager it leaves
 * the window at its preferred size (platform notes §6). The window cannot be closed, and the
 * full-screen exit key and hint are off in case a window manager does make it full screen.
 * Windowed (demo): decorated, the requested size scaled down to fit the screen.
 */
final class KioskStage {

    private KioskStage() {
    }

    static void kiosk(Stage stage) {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setResizable(false);
        stage.setOnCloseRequest(e -> e.consume());
    }

    /** The size to open a window of {@code width x height} at: the same shape, no bigger than the screen. */
    static double[] fit(double width, double height) {
        Rectangle2D visible = Screen.getPrimary().getVisualBounds();
        double factor = Math.min(1, Math.min(visible.getWidth() / width, visible.getHeight() / height));
        return new double[] {Math.floor(width * factor), Math.floor(height * factor)};
    }
}
