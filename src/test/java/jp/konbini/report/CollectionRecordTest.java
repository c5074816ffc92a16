package jp.konbini.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;

/** The figures a collection derives from the journal's and the counted notes. */
class CollectionRecordTest {

    @Test
    void aMissingNoteIsANegativeDifferenceOnItsLineAndInTheTotal() {
        CollectionRecord r = ReportFixtures.short1000();

        assertEquals(List.of(Denomination.YEN_10000, Denomination.YEN_5000, Denomination.YEN_2000, Denomination.YEN_1000),
                r.lines().stream().map(CollectionLine::denomination).toList(), "every note, largest first");
        assertEquals(Yen.of(54_000), r.journalTotal());
        assertEquals(Yen.of(53_000), r.countedTotal());
        assertEquals(Yen.of(-1_000), r.difference());
        assertTrue(r.hasDifference());
        assertEquals(19, r.journalNotes());
        assertEquals(18, r.countedNotes());
        CollectionLine thousands = r.lines().get(3);
        assertEquals(-1, thousands.countDifference());
        assertEquals(Yen.of(-1_000), thousands.difference());
        assertEquals(Yen.of(14_000), thousands.journalAmount());
        assertEquals(Yen.of(13_000), thousands.countedAmount());
        CollectionLine twoThousands = r.lines().get(2);
        assertEquals(new CollectionLine(Denomination.YEN_2000, 0, 0), twoThousands, "a note neither figure names is listed with zeros");
        assertFalse(twoThousands.differs());
        assertEquals("000042", r.numberText());
    }

    @Test
    void anExtraNoteIsAPositiveDifference() {
        CollectionRecord r = ReportFixtures.over5000();
        assertEquals(Yen.of(11_000), r.journalTotal());
        assertEquals(Yen.of(16_000), r.countedTotal());
        assertEquals(Yen.of(5_000), r.difference());
        assertTrue(r.hasDifference());
        assertEquals(1, r.lines().get(1).countDifference());
    }

    @Test
    void countsThatCancelOutInYenAreStillADifference() {
        CollectionRecord r = ReportFixtures.cancellingOut();
        assertEquals(Yen.ZERO, r.difference());
        assertTrue(r.hasDifference(), "a missing ¥2,000 and two extra ¥1,000 notes are two mistakes");
        assertTrue(r.summary().differs());
        assertFalse(ReportFixtures.matching().hasDifference());
        assertFalse(ReportFixtures.matching().summary().differs());
    }

    @Test
    void aReprintKeepsEveryFigure() {
        CollectionRecord r = ReportFixtures.short1000();
        CollectionRecord again = r.asReprint(ReportFixtures.AFTERNOON.plusSeconds(3600));
        assertTrue(again.isReprint());
        assertFalse(r.isReprint());
        assertEquals(r.lines(), again.lines());
        assertEquals(r.summary(), again.summary());
    }

    @Test
    void anEmptyCashBoxIsAValidCollection() {
        CollectionRecord r = ReportFixtures.collection(1, Map.of(), Map.of(), 0);
        assertEquals(Yen.ZERO, r.journalTotal());
        assertEquals(Yen.ZERO, r.difference());
        assertFalse(r.hasDifference());
        assertEquals(4, r.lines().size());
    }

    @Test
    void impossibleRecordsAreRefused() {
        CollectionRecord ok = ReportFixtures.matching();
        assertThrows(IllegalArgumentException.class, () -> new CollectionLine(Denomination.YEN_1000, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CollectionRecord(ok.site(), 0, ok.startedAt(), ok.recordedAt(), "a", "staff",
                ok.lines(), 0, Optional.empty()), "numbered from 1");
        assertThrows(IllegalArgumentException.class, () -> new CollectionRecord(ok.site(), 1, ok.recordedAt(), ok.startedAt(), "a", "staff",
                ok.lines(), 0, Optional.empty()), "recorded before started");
        assertThrows(IllegalArgumentException.class, () -> new CollectionRecord(ok.site(), 1, ok.startedAt(), ok.recordedAt(), " ", "staff",
                ok.lines(), 0, Optional.empty()), "nobody collected it");
        assertThrows(IllegalArgumentException.class, () -> new CollectionRecord(ok.site(), 1, ok.startedAt(), ok.recordedAt(), "a", "staff",
                List.of(new CollectionLine(Denomination.YEN_1000, 1, 1), new CollectionLine(Denomination.YEN_1000, 2, 2)), 0, Optional.empty()),
                "a denomination twice");
        assertThrows(IllegalArgumentException.class, () -> new CollectionRecord(ok.site(), 1, ok.startedAt(), ok.recordedAt(), "a", "staff",
                ok.lines(), -1, Optional.empty()));
    }
}
