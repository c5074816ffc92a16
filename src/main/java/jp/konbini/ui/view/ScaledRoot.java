package jp.konbini.ui.view;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * The scene's root: lays the kiosk out at a fixed design width (1920 landscape, 1080 portrait) and
 * scales it to the window, so one set of sizes in the CSS serves every screen resolution and the
 * demo window. The height follows the window's shape, so nothing is letterboxed or squashed. The
 * aspect follows the window (wider than tall: landscape) unless it is forced.
 */
public final class ScaledRoot extends Region {

    private static final PseudoClass PORTRAIT = PseudoClass.getPseudoClass("portrait");

    private final Aspect forced;
    private Parent content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final ReadOnlyObjectWrapper<Aspect> aspect;

    /**
     * @param forced the aspect to keep whatever the window's shape, or null to follow the window
     * @param width  the window's expected width, so the screens are built for the right aspect first
     * @param height the window's expected height
     */
    public ScaledRoot(Aspect forced, double width, double height) {
        this.forced = forced;
        this.aspect = new ReadOnlyObjectWrapper<>(aspectFor(width, height));
        getStyleClass().add("kiosk-root");
    }

    /** The kiosk's content, built against {@link #aspect()}. */
    public void setContent(Parent content) {
        this.content = content;
        content.getTransforms().add(scale);
        getChildren().setAll(content);
        aspect.addListener((o, old, a) -> content.pseudoClassStateChanged(PORTRAIT, a == Aspect.PORTRAIT));
        content.pseudoClassStateChanged(PORTRAIT, aspect.get() == Aspect.PORTRAIT);
    }

    public ReadOnlyObjectProperty<Aspect> aspect() {
        return aspect.getReadOnlyProperty();
    }

    private Aspect aspectFor(double w, double h) {
        return forced != null ? forced : w >= h ? Aspect.LANDSCAPE : Aspect.PORTRAIT;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (content == null || w <= 0 || h <= 0) {
            return;
        }
        Aspect a = aspectFor(w, h);
        if (a != aspect.get()) {
            aspect.set(a);
        }
        double factor = w / a.designWidth();
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate(0, 0, a.designWidth(), h / factor);
    }
}
