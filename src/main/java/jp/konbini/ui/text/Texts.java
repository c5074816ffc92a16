package jp.konbini.ui.text;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.ResourceBundle;
import jp.konbini.domain.Language;

/**
 * The customer texts of one language (resource bundle {@code jp/konbini/ui/messages_<tag>}).
 * Immutable. Texts with placeholders use {@link MessageFormat}; the bundles write apostrophes as
 * the typographic ’ so MessageFormat's quoting never eats one.
 */
public final class Texts {

    private final Language language;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;

    Texts(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
        this.dates = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"), language.locale());
    }

    public Language language() {
        return language;
    }

    /** The text for {@code key}; a missing key is a bug the bundle test catches, so it fails loudly. */
    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** A date as customers of this language write it (2026年12月22日, 22 December 2026). */
    public String date(LocalDate date) {
        return dates.format(date);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Texts t && t.language == language;
    }

    @Override
    public int hashCode() {
        return Objects.hash(language);
    }
}
