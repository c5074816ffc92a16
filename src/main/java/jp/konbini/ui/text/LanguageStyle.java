package jp.konbini.ui.text;

import java.util.Locale;
import jp.konbini.domain.Language;
import jp.konbini.support.fonts.BundledFont;

/**
 * Which bundled font draws each language, and the style class that selects it in the CSS. JavaFX
 * never falls back to a font it loaded from the jar, so every text must name the right family:
 * Chinese must not be drawn with Japanese glyph shapes, and IPAex has no Hangul or Simplified forms.
 */
public final class LanguageStyle {

    public static final String IPAEX_FAMILY = "IPAexGothic";
    public static final String WQY_FAMILY = "WenQuanYi Micro Hei";

    private LanguageStyle() {
    }

    /** {@code lang-ja}, {@code lang-zh-hans}, ...: the CSS sets the font family per class. */
    public static String styleClass(Language language) {
        return "lang-" + language.tag().toLowerCase(Locale.ROOT);
    }

    public static BundledFont font(Language language) {
        return language == Language.JA ? BundledFont.IPAEX_GOTHIC : BundledFont.WQY_MICRO_HEI;
    }

    /** The JavaFX family name a bundled font registers under (checked by the font test). */
    public static String family(BundledFont font) {
        return font == BundledFont.IPAEX_GOTHIC ? IPAEX_FAMILY : WQY_FAMILY;
    }
}
