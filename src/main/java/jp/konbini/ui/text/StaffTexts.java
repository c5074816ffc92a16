package jp.konbini.ui.text;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import jp.konbini.domain.Language;

/**
 * The texts of maintenance mode for staff and technicians (bundle {@code jp/konbini/ui/maintenance_<tag>}),
 * in Japanese and English only: staff pick one with the switch in the maintenance bar. Like the
 * customer texts there is no root bundle, so a key missing from one language fails loudly. Times
 * are the kiosk's local time (Japan).
 */
public final class StaffTexts {

    public static final String BUNDLE = "jp.konbini.ui.maintenance";
    /** The languages maintenance mode speaks, the first is the default. */
    public static final List<Language> LANGUAGES = List.of(Language.JA, Language.EN);

    private final Language language;
    private final ResourceBundle bundle;
    private final ZoneId zone;
    private final DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
    private final DateTimeFormatter dateTime = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private StaffTexts(Language language, ZoneId zone) {
        this.language = language;
        this.zone = zone;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Both languages' texts, loaded once. */
    public static Map<Language, StaffTexts> load(ZoneId zone) {
        Map<Language, StaffTexts> all = new EnumMap<>(Language.class);
        for (Language l : LANGUAGES) {
            all.put(l, new StaffTexts(l, zone));
        }
        return all;
    }

    public Language language() {
        return language;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), language.locale()).format(args);
    }

    /** {@code 14:35}, local time. */
    public String time(Instant at) {
        return time.format(at.atZone(zone));
    }

    /** {@code 2026-11-22 14:35:07}, local time. */
    public String dateTime(Instant at) {
        return dateTime.format(at.atZone(zone));
    }

    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffTexts t && t.language == language;
    }

    @Override
    public int hashCode() {
        return Objects.hash(language);
    }
}
