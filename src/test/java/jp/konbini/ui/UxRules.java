package jp.konbini.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;

/**
 * The kiosk's UX rules (reference §4), checked on the live scene graph in design pixels (the
 * layout before ScaledRoot scales it): every visible button at least 90 px each way, every text
 * at least 28 px.
 */
final class UxRules {

    static final double MIN_TOUCH = 90;
    static final double MIN_TEXT = 28;

    private UxRules() {
    }

    static List<String> problems(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private static void walk(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof ButtonBase b) {
            Bounds size = b.getLayoutBounds();
            if (size.getWidth() < MIN_TOUCH || size.getHeight() < MIN_TOUCH) {
                out.add("#" + b.getId() + ": touch target " + Math.round(size.getWidth()) + "x" + Math.round(size.getHeight())
                        + " px, under " + MIN_TOUCH);
            }
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank() && l.getFont().getSize() < MIN_TEXT) {
            out.add("\"" + l.getText() + "\": " + l.getFont().getSize() + " px text, under " + MIN_TEXT);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, out));
        }
    }
}
