package jp.konbini.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import jp.konbini.support.fonts.BundledFont;
import jp.konbini.ui.text.LanguageStyle;

/**
 * Registers the bundled fonts with JavaFX. A font loaded from the jar is never used as a fallback
 * (platform notes §2), so the CSS names these families explicitly. JavaFX keeps loaded fonts for
 * the life of the process; the registry itself tells whether they are already in, so loading twice
 * (the app and a test, say) costs nothing and needs no static state of ours.
 */
public final class UiFonts {

    private UiFonts() {
    }

    /** Loads every bundled font not yet registered. Needs the JavaFX toolkit running. */
    public static void ensureLoaded() {
        for (BundledFont f : BundledFont.values()) {
            String family = LanguageStyle.family(f);
            if (!Font.font(family, 12).getFamily().equals(family)) {
                load(f);
            }
        }
    }

    private static void load(BundledFont font) {
        try (InputStream in = font.open()) {
            Font[] faces = font.collection() ? Font.loadFonts(in, 12) : new Font[] {Font.loadFont(in, 12)};
            if (faces == null || faces.length == 0 || faces[0] == null) {
                throw new IllegalStateException("JavaFX could not load the bundled font " + font.resource());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled font " + font.resource(), e);
        }
    }
}
