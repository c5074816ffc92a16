package jp.konbini.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;

/** The daily report's data: completed with zeros, in a fixed order, totals derived. */
class DailyReportTest {

    @Test
    void totalsAreDerivedFromTheRows() {
        DailyReport r = ReportFixtures.busyDay();
        assertEquals(47, r.topUpCount());
        assertEquals(Yen.of(130_000), r.salesAmount(), "completed and pending");
        assertEquals(57, r.cashInNotes());
        assertEquals(Yen.of(60_000 + 45_000 + 4_000 + 40_000), r.cashInTotal());
        assertEquals(Yen.of(-1_000), r.collections().get(0).difference());
    }

    @Test
    void outcomesAndDenominationsAreCompletedWithZerosInAFixedOrder() {
        DailyReport r = ReportFixtures.quietDay();
        assertEquals(Arrays.asList(TopUpOutcome.values()), r.outcomes().stream().map(OutcomeTotal::outcome).toList());
        assertEquals(0, r.topUpCount());
        assertEquals(Yen.ZERO, r.salesAmount());
        assertEquals(List.of(Denomination.YEN_10000, Denomination.YEN_5000, Denomination.YEN_2000, Denomination.YEN_1000),
                r.cashIn().stream().map(CashIn::denomination).toList());
        assertEquals(Yen.ZERO, r.cashInTotal());
    }

    @Test
    void timedEntriesAreSortedByTime() {
        DailyReport r = ReportFixtures.busyDay();
        assertEquals("#1 ", r.faults().get(0).description().substring(0, 3), "the fixtures give them newest first");
        for (int i = 1; i < r.faults().size(); i++) {
            assertEquals(true, !r.faults().get(i).at().isBefore(r.faults().get(i - 1).at()));
        }
    }

    @Test
    void malformedDaysAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReportFixtures.day(List.of(), List.of(), ReportFixtures.hours(1, 2, 3), List.of(),
                List.of(), List.of(), List.of()), "24 hours");
        assertThrows(IllegalArgumentException.class, () -> ReportFixtures.day(List.of(new OutcomeTotal(TopUpOutcome.PENDING, 1, Yen.of(3000)),
                new OutcomeTotal(TopUpOutcome.PENDING, 1, Yen.of(3000))), List.of(), ReportFixtures.hours(new int[24]), List.of(), List.of(),
                List.of(), List.of()), "an outcome twice");
        assertThrows(IllegalArgumentException.class, () -> ReportFixtures.day(List.of(), List.of(), ReportFixtures.hours(new int[24]),
                List.of(new CashIn(Denomination.YEN_1000, 1), new CashIn(Denomination.YEN_1000, 2)), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new OutcomeTotal(TopUpOutcome.COMPLETED, -1, Yen.ZERO));
    }
}
