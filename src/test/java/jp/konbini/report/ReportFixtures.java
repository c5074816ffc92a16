package jp.konbini.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.receipt.ReceiptFixtures;

/** Realistic collections and days of the shipped kiosk (KSK-TYO-0001, ファミリーマート 新宿西口店). */
final class ReportFixtures {

    static final Site SITE = Site.of(ReceiptFixtures.CONFIG);
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    /** 2026-11-22 14:00 in Tokyo. */
    static final Instant AFTERNOON = Instant.parse("2026-11-22T05:00:00Z");

    private ReportFixtures() {
    }

    /** Staff counted one ¥1,000 note fewer than the journal holds (14 recorded, 13 counted): ¥1,000 short. */
    static CollectionRecord short1000() {
        return collection(42, Map.of(Denomination.YEN_10000, 3, Denomination.YEN_5000, 2, Denomination.YEN_1000, 14),
                Map.of(Denomination.YEN_10000, 3, Denomination.YEN_5000, 2, Denomination.YEN_1000, 13), 1);
    }

    /** One ¥5,000 note more in the box than the journal knows: ¥5,000 over. */
    static CollectionRecord over5000() {
        return collection(43, Map.of(Denomination.YEN_5000, 1, Denomination.YEN_1000, 6),
                Map.of(Denomination.YEN_5000, 2, Denomination.YEN_1000, 6), 0);
    }

    static CollectionRecord matching() {
        return collection(41, Map.of(Denomination.YEN_10000, 5, Denomination.YEN_2000, 1, Denomination.YEN_1000, 22),
                Map.of(Denomination.YEN_10000, 5, Denomination.YEN_2000, 1, Denomination.YEN_1000, 22), 0);
    }

    /** A ¥2,000 note booked as two ¥1,000 notes: the yen agree, the counts do not. */
    static CollectionRecord cancellingOut() {
        return collection(44, Map.of(Denomination.YEN_2000, 1, Denomination.YEN_1000, 3),
                Map.of(Denomination.YEN_2000, 0, Denomination.YEN_1000, 5), 0);
    }

    static CollectionRecord collection(long no, Map<Denomination, Integer> journal, Map<Denomination, Integer> counted, int open) {
        return new CollectionRecord(SITE, no, AFTERNOON.minusSeconds(11 * 60), AFTERNOON, "山田 花子", "staff",
                CollectionLine.of(journal, counted), open, Optional.empty());
    }

    static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).atZone(DailyReport.JST).toInstant();
    }

    /** A busy day: 47 top-ups, two collections (one ¥1,000 short), three faults, two reprints. */
    static DailyReport busyDay() {
        return day(List.of(
                        new OutcomeTotal(TopUpOutcome.COMPLETED, 38, Yen.of(121_000)),
                        new OutcomeTotal(TopUpOutcome.PENDING, 3, Yen.of(9_000)),
                        new OutcomeTotal(TopUpOutcome.REFUSED, 1, Yen.of(3_000)),
                        new OutcomeTotal(TopUpOutcome.CANCELLED, 4, Yen.ZERO),
                        new OutcomeTotal(TopUpOutcome.CREDIT_HELD, 1, Yen.of(2_000))),
                List.of(new ProductSales("VISITOR SIM 5GB 21日間", 25, Yen.of(75_000)),
                        new ProductSales("VISITOR SIM 10GB 30日間", 10, Yen.of(45_000)),
                        new ProductSales("データチャージ 1GB", 6, Yen.of(10_000))),
                hours(0, 0, 0, 0, 0, 0, 0, 1, 3, 2, 4, 3, 6, 5, 2, 3, 4, 5, 3, 2, 2, 1, 0, 0),
                List.of(new CashIn(Denomination.YEN_10000, 6), new CashIn(Denomination.YEN_5000, 9), new CashIn(Denomination.YEN_2000, 2),
                        new CashIn(Denomination.YEN_1000, 40)),
                List.of(short1000().summary(), matching().asReprint(AFTERNOON).summary()),
                faults(3),
                List.of(new ReprintEntry(at(9, 12), "000118", "kiosk"), new ReprintEntry(at(16, 40), "回収 000042", "山田 花子")));
    }

    /** A day the kiosk stood idle: nothing sold, nothing collected, nothing went wrong. */
    static DailyReport quietDay() {
        return day(List.of(), List.of(), hours(new int[24]), List.of(), List.of(), List.of(), List.of());
    }

    static DailyReport day(List<OutcomeTotal> outcomes, List<ProductSales> products, List<Integer> hours, List<CashIn> cash,
                           List<CollectionSummary> collections, List<FaultEntry> faults, List<ReprintEntry> reprints) {
        return new DailyReport(SITE, DAY, at(23, 59).plusSeconds(30), outcomes, products, hours, cash, collections, faults, reprints);
    }

    static List<Integer> hours(int... counts) {
        List<Integer> list = new ArrayList<>();
        for (int c : counts) {
            list.add(c);
        }
        return list;
    }

    /** {@code n} faults spread over the day, newest first (the report sorts them). */
    static List<FaultEntry> faults(int n) {
        String[][] kinds = {
                {"紙幣識別機 / acceptor", "紙幣詰まり（JAM IN ACCEPTOR）。前面を開けて紙幣を取り除き、再起動しました。"},
                {"プリンタ / printer", "用紙切れ（PAPER OUT）。ロール紙を交換しました。"},
                {"ネットワーク / network", "central server timeout after 10 s; 12 top-ups queued until 14:20"},
        };
        List<FaultEntry> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String[] k = kinds[i % kinds.length];
            list.add(new FaultEntry(DAY.atStartOfDay(DailyReport.JST).toInstant().plusSeconds(60L + i * (86_000L / Math.max(n, 1))), k[0],
                    "#" + (i + 1) + " " + k[1]));
        }
        Collections.reverse(list);
        return list;
    }
}
