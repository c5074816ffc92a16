package jp.konbini.receipt;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.konbini.domain.Language;

/**
 * The receipt's words in one language, from {@code jp/konbini/receipt/ReceiptText_<tag>.properties}.
 * No fallback between languages: a missing key is a build error (tested), not an English word on
 * a Korean receipt.
 */
public final class ReceiptTexts {

    static final String BUNDLE = "jp.konbini.receipt.ReceiptText";

    private final Language language;
    private final ResourceBundle bundle;

    private ReceiptTexts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    public static ReceiptTexts of(Language language) {
        return new ReceiptTexts(language, ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public Language language() {
        return language;
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String text(String key, Object... args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), Locale.ROOT);
        return format.format(args);
    }

    /** Every key of this language's bundle (tests compare them across languages). */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
