package jp.konbini.support.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The bundled fonts as Java2D fonts, created once from the jar (never looked up by name, which
 * would reach the operating system's fonts). Java2D {@link Font} objects are immutable and safe
 * to share between threads; derive sizes with {@link Font#deriveFont(float)}.
 */
public final class AwtFonts {

    private final Map<BundledFont, Font> fonts = new EnumMap<>(BundledFont.class);

    private AwtFonts() {
    }

    /** Loads every bundled font (about 100 ms; do it once at start). */
    public static AwtFonts load() {
        AwtFonts loaded = new AwtFonts();
        for (BundledFont f : BundledFont.values()) {
            loaded.fonts.put(f, create(f));
        }
        return loaded;
    }

    /** {@code font} at one point; derive the size you need. */
    public Font font(BundledFont font) {
        return fonts.get(font);
    }

    private static Font create(BundledFont font) {
        try {
            if (!font.collection()) {
                return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font.bytes()));
            }
            for (Font face : Font.createFonts(new ByteArrayInputStream(font.bytes()))) {
                if (face.getPSName().equals(font.postScriptName())) {
                    return face;
                }
            }
            throw new IllegalStateException("face " + font.postScriptName() + " not found in " + font.resource());
        } catch (FontFormatException | IOException e) {
            throw new UncheckedIOException("cannot load bundled font " + font.resource(), new IOException(e));
        }
    }
}
