package jp.konbini.ui.view;

/** The shape the screens lay out for: a landscape (1920 wide) or a portrait (1080 wide) kiosk screen. */
public enum Aspect {
    LANDSCAPE(1920),
    PORTRAIT(1080);

    private final double designWidth;

    Aspect(double designWidth) {
        this.designWidth = designWidth;
    }

    /** Every screen is laid out at this width in design pixels and scaled to the real window. */
    public double designWidth() {
        return designWidth;
    }
}
