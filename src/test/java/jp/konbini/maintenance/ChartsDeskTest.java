package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import jp.konbini.domain.money.Denomination;
import jp.konbini.report.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The charts' figures from the real journal: the cash box filling and emptied by a collection, top-ups per hour, the backlog. */
class ChartsDeskTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    private static final Instant MIDNIGHT_JST = DAY.atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant();

    @TempDir
    Path dir;

    private Instant now = MIDNIGHT_JST.plus(Duration.ofHours(9));   // 09:00 in Japan
    private final Clock clock = new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    };

    @Test
    void theCashBoxFillsHourByHourAndACollectionEmptiesIt() {
        try (DeskFixture f = new DeskFixture(dir, clock)) {
            f.sell(3000, 1000, 2000);                       // 09:00, two notes
            now = now.plus(Duration.ofMinutes(90));
            f.sell(1000, 1000);                             // 10:30, a third
            now = now.plus(Duration.ofMinutes(20));         // 10:50: staff collect
            f.enter(DeskFixture.STAFF_PIN);
            long no = f.collections.start().no();
            f.collections.record(no, Map.of(Denomination.YEN_1000, 2, Denomination.YEN_2000, 1, Denomination.YEN_5000, 0, Denomination.YEN_10000, 0));
            f.desk.leave();
            now = now.plus(Duration.ofMinutes(5));          // 10:55, a note after the collection
            f.sell(5000, 5000);
            now = MIDNIGHT_JST.plus(Duration.ofHours(12)).plusSeconds(60);
            f.enter(DeskFixture.TECH_PIN);
            ChartsDesk charts = new ChartsDesk(f.desk, f.journal.maintenance(),
                    new DailyReportBuilder(f.journal, f.journal.maintenance(), new Site("K", "S", "Store"), clock),
                    new BacklogSampler(() -> 0, clock, 10));
            List<ChartPoint> fill = charts.cashBoxFill(DAY, now);
            assertEquals(0, fill.get(0).value(), "empty at midnight");
            assertEquals(0, fill.get(9).value(), "by 09:00 nothing yet");
            assertEquals(2, fill.get(10).value(), "end of 09:00-10:00: two notes");
            assertEquals(1, fill.get(11).value(), "10:00-11:00: the collection took three, one came after");
            assertEquals(1, fill.get(12).value());
            assertEquals(14, fill.size(), "hours up to the current one");
            List<ChartPoint> perHour = charts.topUpsPerHour(DAY);
            assertEquals(24, perHour.size());
            assertEquals(List.of(1L, 2L), List.of(perHour.get(9).value(), perHour.get(10).value()));
        }
    }

    @Test
    void theBacklogSamplerKeepsTheLastSamplesAndStaffCannotSeeCharts() {
        AtomicLong pending = new AtomicLong();
        BacklogSampler sampler = new BacklogSampler(pending::get, clock, 3);
        for (int i = 1; i <= 5; i++) {
            pending.set(i * 10);
            now = now.plusSeconds(60);
            sampler.sample();
        }
        assertEquals(List.of(30L, 40L, 50L), sampler.points().stream().map(ChartPoint::value).toList());
        try (DeskFixture f = new DeskFixture(dir, clock)) {
            ChartsDesk charts = new ChartsDesk(f.desk, f.journal.maintenance(),
                    new DailyReportBuilder(f.journal, f.journal.maintenance(), new Site("K", "S", "Store"), clock), sampler);
            f.enter(DeskFixture.STAFF_PIN);
            assertThrows(NotPermittedException.class, charts::syncBacklog);
        }
    }
}
