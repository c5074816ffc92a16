package jp.konbini.ui.text;

import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import jp.konbini.domain.Language;

/** The customer texts of every language, loaded once (bundles are UTF-8: Java 9+ reads them so). */
public final class Messages {

    /** Base name of the bundles; there is no root bundle, so a missing translation cannot hide behind a fallback. */
    public static final String BUNDLE = "jp.konbini.ui.messages";

    private final Map<Language, Texts> texts = new EnumMap<>(Language.class);

    public Messages() {
        for (Language l : Language.values()) {
            ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l.locale(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            texts.put(l, new Texts(l, b));
        }
    }

    public Texts of(Language language) {
        return texts.get(language);
    }
}
