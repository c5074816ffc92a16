package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import jp.konbini.domain.Language;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.maintenance.DeskRefusal;
import jp.konbini.maintenance.MaintenanceFunction;
import jp.konbini.maintenance.Role;
import jp.konbini.ui.model.maintenance.OutOfServiceModel;
import jp.konbini.ui.text.StaffTexts;
import org.junit.jupiter.api.Test;

/** The maintenance texts: Japanese and English hold the same keys, every function, role and state has its text, presets fit. */
class MaintenanceTextsTest {

    static Properties file(Language l) throws IOException {
        String name = "/jp/konbini/ui/maintenance_" + l.tag() + ".properties";
        try (InputStream in = MaintenanceTextsTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing bundle " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeysAndNothingIsBlank() throws IOException {
        Properties ja = file(Language.JA);
        Properties en = file(Language.EN);
        assertEquals(new TreeSet<>(ja.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
        List<String> blank = new ArrayList<>();
        for (Properties p : List.of(ja, en)) {
            p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).forEach(blank::add);
        }
        assertEquals(List.of(), blank);
    }

    @Test
    void everyTextIsAValidMessageFormatWithTheSamePlaceholders() throws IOException {
        Properties ja = file(Language.JA);
        Properties en = file(Language.EN);
        for (String key : ja.stringPropertyNames()) {
            MessageFormat j = new MessageFormat(ja.getProperty(key), Locale.JAPANESE);
            MessageFormat e = new MessageFormat(en.getProperty(key), Locale.ENGLISH);
            assertEquals(e.getFormatsByArgumentIndex().length, j.getFormatsByArgumentIndex().length, key + ": placeholders differ");
            assertFalse(en.getProperty(key).contains("'"), key + ": a plain apostrophe is eaten by MessageFormat; write ’");
        }
    }

    @Test
    void everyFunctionRoleStateAndPresetHasItsText() {
        for (StaffTexts t : StaffTexts.load(MaintenanceAccess.JAPAN).values()) {
            for (MaintenanceFunction f : MaintenanceFunction.values()) {
                t.get("function." + f.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            for (Role r : Role.values()) {
                t.get("role." + r.name().toLowerCase(Locale.ROOT));
            }
            for (TopUpState s : TopUpState.values()) {
                t.get("state." + s.name().toLowerCase(Locale.ROOT));
            }
            for (DeskRefusal.Reason r : DeskRefusal.Reason.values()) {
                assertFalse(t.format(r.textKey(), "X", "Y").contains("{"), r + " fills its placeholders");
            }
            for (String p : OutOfServiceModel.PRESETS) {
                t.get("oos.preset." + p);
                String reason = t.get("oos.reason." + p);
                assertTrue(reason.length() <= OutOfServiceModel.MAX_REASON, p + " is longer than customers are shown");
            }
        }
        Map<Language, StaffTexts> both = StaffTexts.load(MaintenanceAccess.JAPAN);
        for (String p : OutOfServiceModel.PRESETS) {
            assertEquals(both.get(Language.JA).get("oos.reason." + p), both.get(Language.EN).get("oos.reason." + p),
                    "a preset tells customers the same bilingual sentence whichever language staff use");
        }
    }
}
