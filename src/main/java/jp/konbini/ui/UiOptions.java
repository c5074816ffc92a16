package jp.konbini.ui;

import java.util.Objects;

/**
 * How the customer UI is shown.
 *
 * @param fullscreen   the kiosk: an undecorated window covering the primary screen, no way out
 * @param windowWidth  windowed (demo) size in pixels, scaled down to fit the screen if larger
 * @param windowHeight windowed (demo) size in pixels
 * @param orientation  the layout; AUTO picks it from the window's aspect ratio
 */
public record UiOptions(boolean fullscreen, double windowWidth, double windowHeight, Orientation orientation) {

    public enum Orientation { AUTO, LANDSCAPE, PORTRAIT }

    public UiOptions {
        Objects.requireNonNull(orientation, "orientation");
        if (!fullscreen && (windowWidth < 320 || windowHeight < 320)) {
            throw new IllegalArgumentException("window too small: " + windowWidth + "x" + windowHeight);
        }
    }

    /** The production kiosk: full screen, layout from the screen's shape. */
    public static UiOptions kiosk() {
        return new UiOptions(true, 0, 0, Orientation.AUTO);
    }

    /** A window for the demo, e.g. 1920x1080 or 1080x1920, scaled to fit the screen. */
    public static UiOptions windowed(double width, double height) {
        return new UiOptions(false, width, height, Orientation.AUTO);
    }

    public UiOptions withOrientation(Orientation o) {
        return new UiOptions(fullscreen, windowWidth, windowHeight, o);
    }
}
