package jp.konbini.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import jp.konbini.domain.Language;

/**
 * The words of the staff slips and reports, from {@code jp/konbini/report/ReportText_<tag>.properties}.
 * Staff read Japanese and technicians may not, so every label is printed in Japanese followed by
 * English ({@code 回収記録 / Cash collection}). As with the receipt texts there is no fallback
 * between bundles: a key missing from one is a test failure, not a blank on paper.
 */
public final class ReportTexts {

    static final String BUNDLE = "jp.konbini.report.ReportText";

    private final ResourceBundle japanese;
    private final ResourceBundle english;

    private ReportTexts(ResourceBundle japanese, ResourceBundle english) {
        this.japanese = japanese;
        this.english = english;
    }

    /** The texts shipped in the jar. */
    public static ReportTexts bundled() {
        return new ReportTexts(bundle(Language.JA), bundle(Language.EN));
    }

    public String japanese(String key, Object... args) {
        return format(japanese, key, args);
    }

    public String english(String key, Object... args) {
        return format(english, key, args);
    }

    /** {@code 回収記録 / Cash collection}. */
    public String both(String key, Object... args) {
        return japanese(key, args) + " / " + english(key, args);
    }

    /** The keys of one language's bundle (tests compare them). */
    public Set<String> keys(Language language) {
        return (language == Language.JA ? japanese : english).keySet();
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
