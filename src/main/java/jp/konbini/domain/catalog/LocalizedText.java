package jp.konbini.domain.catalog;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import jp.konbini.domain.Language;

/** A customer-visible text in each language it was given in. Japanese is always present. */
public record LocalizedText(Map<Language, String> texts) {

    public LocalizedText {
        if (texts == null || !texts.containsKey(Language.JA) || texts.values().stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new IllegalArgumentException("a localized text needs a non-blank Japanese text and no blank entries");
        }
        texts = Collections.unmodifiableMap(new EnumMap<>(texts));
    }

    /** The text in {@code language}, else English, else Japanese. */
    public String in(Language language) {
        String text = texts.get(language);
        if (text == null) {
            text = texts.getOrDefault(Language.EN, texts.get(Language.JA));
        }
        return text;
    }
}
