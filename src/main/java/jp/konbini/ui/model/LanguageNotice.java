package jp.konbini.ui.model;

import java.util.List;
import jp.konbini.domain.Language;

/** A screen's message in one language, for the screens that speak every language at once (no session language yet). */
public record LanguageNotice(Language language, String title, List<String> lines) {

    public LanguageNotice {
        lines = List.copyOf(lines);
    }
}
