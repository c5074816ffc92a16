package jp.konbini.ui;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.support.fonts.BundledFont;
import jp.konbini.ui.text.LanguageStyle;

/**
 * Finds text on screen that would draw as a missing-glyph box: for every visible text node, the
 * family JavaFX actually resolved must be one of the bundled fonts (JavaFX never falls back to
 * them), and that font must have a glyph for each character. Java2D reads the same font files.
 */
final class GlyphCheck {

    private final AwtFonts fonts;

    GlyphCheck(AwtFonts fonts) {
        this.fonts = fonts;
    }

    /** Problems found under {@code root}, one line each; empty when every character can be drawn. FX thread. */
    List<String> problems(Parent root) {
        List<String> out = new ArrayList<>();
        walk(root, out);
        return out;
    }

    private void walk(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l) {
            check(l.getText(), l.getFont(), describe(node), out);
            clipped(l, out);
        } else if (node instanceof Text t && !(t.getParent() instanceof Labeled)) {
            check(t.getText(), t.getFont(), describe(node), out);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, out);
            }
        }
    }

    private void check(String text, javafx.scene.text.Font font, String where, List<String> out) {
        if (text == null || text.isEmpty()) {
            return;
        }
        BundledFont bundled = bundled(font.getFamily());
        if (bundled == null) {
            out.add(where + ": font family '" + font.getFamily() + "' is not a bundled font: \"" + text + "\"");
            return;
        }
        Font awt = fonts.font(bundled);
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !awt.canDisplay(cp))
                .forEach(cp -> out.add(where + ": " + bundled + " has no glyph for U+" + String.format("%04X", cp) + " '"
                        + new String(Character.toChars(cp)) + "' in \"" + text + "\""));
    }

    /** A label too small for its text shows it cut short with an ellipsis: that is a layout bug too. */
    private static void clipped(Labeled l, List<String> out) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && l.getText() != null && !l.getText().isEmpty() && !shown.getText().equals(l.getText())) {
                out.add(describe(l) + ": text cut short: \"" + shown.getText() + "\" instead of \"" + l.getText() + "\"");
            }
        }
    }

    private static BundledFont bundled(String family) {
        for (BundledFont f : BundledFont.values()) {
            if (LanguageStyle.family(f).equals(family)) {
                return f;
            }
        }
        return null;
    }

    private static String describe(Node n) {
        StringBuilder path = new StringBuilder();
        for (Node x = n; x != null; x = x.getParent()) {
            if (x.getId() != null) {
                path.insert(0, "#" + x.getId() + " ");
                break;
            }
        }
        return path + n.getClass().getSimpleName();
    }
}
