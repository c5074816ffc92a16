package jp.konbini.maintenance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.journal.MaintenanceRecords;

/**
 * The figures behind the charts a person would rather look at than read: the cash box filling
 * over a day (and emptied by a collection), the sync backlog over the last hours, and top-ups per
 * hour. Days are Japan days.
 */
public final class ChartsDesk {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final MaintenanceDesk desk;
    private final MaintenanceRecords records;
    private final DailyReportBuilder reports;
    private final BacklogSampler backlog;

    public ChartsDesk(MaintenanceDesk desk, MaintenanceRecords records, DailyReportBuilder reports, BacklogSampler backlog) {
        this.desk = desk;
        this.records = records;
        this.reports = reports;
        this.backlog = backlog;
    }

    /**
     * Notes in the cash box at the end of each hour of {@code day} (up to now), starting from what it
     * held when the day began: it rises with every credit and drops to zero at each recorded collection.
     */
    public List<ChartPoint> cashBoxFill(LocalDate day, Instant now) {
        desk.require(MaintenanceFunction.CHARTS);
        Instant dayStart = day.atStartOfDay(JAPAN).toInstant();
        List<CashCollectionRecord> collections = records.collections(Instant.EPOCH, dayStart.plusSeconds(86_400)).stream()
                .filter(c -> c.state() == CashCollectionRecord.State.RECORDED).toList();
        Instant lastBefore = collections.stream().map(c -> c.recordedAt().orElseThrow()).filter(t -> t.isBefore(dayStart))
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        long inBox = records.creditTimes(lastBefore, dayStart).size();
        List<Instant> credits = records.creditTimes(dayStart, dayStart.plusSeconds(86_400));
        List<ChartPoint> points = new ArrayList<>();
        points.add(new ChartPoint(dayStart, inBox));
        int next = 0;
        for (int hour = 1; hour <= 24; hour++) {
            Instant end = dayStart.plusSeconds(3600L * hour);
            if (end.isAfter(now.plusSeconds(3600))) {
                break;
            }
            Instant hourStart = end.minusSeconds(3600);
            for (CashCollectionRecord c : collections) {
                Instant at = c.recordedAt().orElseThrow();
                if (!at.isBefore(hourStart) && at.isBefore(end)) {
                    // credits before the collection in this hour went with it
                    while (next < credits.size() && credits.get(next).isBefore(at)) {
                        next++;
                    }
                    inBox = 0;
                }
            }
            while (next < credits.size() && credits.get(next).isBefore(end)) {
                next++;
                inBox++;
            }
            points.add(new ChartPoint(end, inBox));
        }
        return points;
    }

    public List<ChartPoint> syncBacklog() {
        desk.require(MaintenanceFunction.CHARTS);
        return backlog.points();
    }

    /** Top-ups opened in each hour of {@code day} (24 points, at each hour's start). */
    public List<ChartPoint> topUpsPerHour(LocalDate day) {
        desk.require(MaintenanceFunction.CHARTS);
        List<Integer> hours = reports.build(day).topUpsPerHour();
        Instant dayStart = day.atStartOfDay(JAPAN).toInstant();
        List<ChartPoint> points = new ArrayList<>();
        for (int h = 0; h < hours.size(); h++) {
            points.add(new ChartPoint(dayStart.plusSeconds(3600L * h), hours.get(h)));
        }
        return points;
    }
}
