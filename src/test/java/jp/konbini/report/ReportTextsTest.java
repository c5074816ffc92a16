package jp.konbini.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.konbini.domain.Language;
import org.junit.jupiter.api.Test;

/** Both bundles hold every key, so no label is printed half. */
class ReportTextsTest {

    private final ReportTexts texts = ReportTexts.bundled();

    @Test
    void japaneseAndEnglishHaveTheSameKeys() {
        assertEquals(texts.keys(Language.JA), texts.keys(Language.EN));
    }

    @Test
    void everyOutcomeHasItsWordsAndLabelsReadJapaneseThenEnglish() {
        for (TopUpOutcome o : TopUpOutcome.values()) {
            assertTrue(texts.keys(Language.JA).contains("outcome." + o.name()), o.name());
        }
        assertEquals("回収記録 / Cash collection", texts.both("collection.title"));
        assertEquals("3枚", texts.japanese("collection.notes", "3"));
    }
}
