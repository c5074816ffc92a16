package jp.konbini.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.konbini.domain.money.Yen;

/**
 * How figures and times read on slips and reports. Times are Japan time in a form both Japanese
 * and English readers take at a glance; a difference always carries its sign, so {@code +¥1,000}
 * (more counted than recorded) is never mistaken for a plain amount.
 */
final class ReportFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private ReportFormat() {
    }

    static String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(DailyReport.JST));
    }

    static String time(Instant at) {
        return TIME.format(at.atZone(DailyReport.JST));
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {@code +¥1,000}, {@code -¥1,000}, {@code ¥0}. */
    static String signed(Yen amount) {
        return amount.isPositive() ? "+" + amount.format() : amount.format();
    }

    /** {@code +1}, {@code -1}, {@code 0}. */
    static String signed(int count) {
        return count > 0 ? "+" + count : Integer.toString(count);
    }

    static String count(int count) {
        return String.format(Locale.ROOT, "%,d", count);
    }
}
