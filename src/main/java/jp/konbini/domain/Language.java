package jp.konbini.domain;

import java.util.Locale;
import java.util.Optional;

/** A language the kiosk speaks to customers in, each named in its own script on the language switch. */
public enum Language {
    JA("ja", "日本語"),
    EN("en", "English"),
    ZH_HANS("zh-Hans", "简体中文"),
    ZH_HANT("zh-Hant", "繁體中文"),
    KO("ko", "한국어");

    private final String tag;
    private final String nativeName;

    Language(String tag, String nativeName) {
        this.tag = tag;
        this.nativeName = nativeName;
    }

    /** The BCP 47 tag used in configuration and resource bundles. */
    public String tag() {
        return tag;
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    public static Optional<Language> fromTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equals(tag)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
