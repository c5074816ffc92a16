package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import jp.konbini.domain.Language;
import jp.konbini.domain.line.LineIdError;
import jp.konbini.flow.NoteNotice;
import jp.konbini.flow.Offer;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.ServiceIssue;
import jp.konbini.ui.model.PaymentModel;
import jp.konbini.ui.model.ProductsModel;
import jp.konbini.ui.text.Messages;
import jp.konbini.ui.text.Texts;
import org.junit.jupiter.api.Test;

/** Every customer text exists in every language, for every reason the flow and the domain can give. */
class UiTextsTest {

    final Messages messages = new Messages();

    static Properties file(Language l) throws IOException {
        String name = "/jp/konbini/ui/messages_" + l.tag().replace('-', '_') + ".properties";
        try (InputStream in = UiTextsTest.class.getResourceAsStream(name)) {
            assertTrue(in != null, "missing bundle " + name);
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void everyKeyIsInEveryLanguageAndNothingIsBlank() throws IOException {
        Set<String> all = new TreeSet<>();
        for (Language l : Language.values()) {
            all.addAll(file(l).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        for (Language l : Language.values()) {
            Properties p = file(l);
            for (String key : all) {
                if (!p.containsKey(key) || p.getProperty(key).isBlank()) {
                    missing.add(l.tag() + ": " + key);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noLanguageIsACopyOfAnother() throws IOException {
        Properties en = file(Language.EN);
        for (Language l : Language.values()) {
            if (l != Language.EN) {
                Properties p = file(l);
                long same = en.stringPropertyNames().stream()
                        .filter(k -> !k.startsWith("product.data") && en.getProperty(k).equals(p.getProperty(k))).count();
                assertTrue(same <= 1, l.tag() + " has " + same + " texts identical to English: untranslated?");
            }
        }
    }

    @Test
    void everyReasonTheFlowAndDomainGiveHasTextInEveryLanguage() {
        for (Language l : Language.values()) {
            Texts t = messages.of(l);
            for (ServiceIssue.Reason r : ServiceIssue.Reason.values()) {
                assertTrue(t.has(r.bundleKey()), l.tag() + " " + r.bundleKey());
            }
            for (Outcome.Kind k : Outcome.Kind.values()) {
                String base = "outcome." + k.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
                assertTrue(t.has(base + ".title"), l.tag() + " " + base);
                assertTrue(k == Outcome.Kind.APPLIED ? t.has("outcome.applied.until") : t.has(base + ".message"), l.tag() + " " + base);
            }
            for (Outcome.ReceiptProgress p : Outcome.ReceiptProgress.values()) {
                if (p != Outcome.ReceiptProgress.NONE) {
                    assertTrue(t.has("receipt." + p.name().toLowerCase(java.util.Locale.ROOT)), l.tag() + " " + p);
                }
            }
            for (NoteNotice n : NoteNotice.values()) {
                assertFalse(PaymentModel.noticeText(n, t).isBlank(), l.tag() + " " + n);
            }
            for (LineIdError e : LineIdError.values()) {
                assertTrue(t.has(e.messageKey()), l.tag() + " " + e.messageKey());
            }
            for (Offer.Unavailable u : Offer.Unavailable.values()) {
                assertTrue(t.has("offer.unavailable." + ProductsModel.key(u)), l.tag() + " " + u);
                assertTrue(t.has("offer.short." + ProductsModel.key(u)), l.tag() + " " + u);
            }
        }
    }

    @Test
    void placeholdersFormatInEveryLanguage() {
        for (Language l : Language.values()) {
            Texts t = messages.of(l);
            assertTrue(t.format("cancel.safe", "¥2,000").contains("¥2,000"), l.tag());
            assertTrue(t.format("warning.message.money", 20, "¥2,000").contains("¥2,000"), l.tag());
            assertTrue(t.format("service.money-safe", "¥2,000", "K7QH-9M2D-X").contains("K7QH-9M2D-X"), l.tag());
            assertTrue(t.format("product.days", 21).contains("21"), l.tag());
            assertTrue(t.date(LocalDate.of(2026, 12, 22)).contains("2026"), l.tag());
        }
        assertEquals("1 day", messages.of(Language.EN).format("product.days", 1));
        assertEquals("21 days", messages.of(Language.EN).format("product.days", 21));
        assertEquals("22 December 2026", messages.of(Language.EN).date(LocalDate.of(2026, 12, 22)));
        assertEquals("2026年12月22日", messages.of(Language.JA).date(LocalDate.of(2026, 12, 22)));
        assertEquals("2026년 12월 22일", messages.of(Language.KO).date(LocalDate.of(2026, 12, 22)));
        assertNotEquals(messages.of(Language.ZH_HANS).get("attract.start"), messages.of(Language.ZH_HANT).get("attract.start"));
    }
}
