package jp.konbini.device.acceptor.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.domain.money.Denomination;

/**
 * Currency tables the simulator answers CURRENCY ASSIGN (0x8A) with. The yen table mixes minimal
 * and non-minimal base/exponent encodings on purpose, so a host that compares bytes instead of
 * multiplying base × 10^exponent fails (reference §1.6); its escrow codes are configurable because
 * the codes of a Japanese-market unit are not known (decision 0032).
 */
public final class SimCurrencyTables {

    /** The placeholder codes of reference §1.6: 0x61 ¥1,000, 0x62 ¥2,000, 0x63 ¥5,000, 0x64 ¥10,000. */
    public static final Map<Denomination, Integer> DEFAULT_YEN_CODES = Map.of(
            Denomination.YEN_1000, 0x61, Denomination.YEN_2000, 0x62, Denomination.YEN_5000, 0x63, Denomination.YEN_10000, 0x64);

    private static final int FIRST_CODE = 0x61;
    private static final int RECORDS = 8;

    private SimCurrencyTables() {
    }

    /** The default yen table: {@link #DEFAULT_YEN_CODES}. */
    public static CurrencyTable yen() {
        return yen(DEFAULT_YEN_CODES);
    }

    /**
     * A yen table with the given escrow code per note: ¥1,000 as 10 × 10² and ¥5,000 as 50 × 10²
     * (non-minimal), ¥2,000 as 2 × 10³ and ¥10,000 as 1 × 10⁴ (minimal). Codes 0x61–0x68 not
     * taken by a note are listed as unused (country 0x00), as the captured unit lists 0x61, so the
     * table always has at least 8 records. Notes missing from {@code codes} are not in the table.
     */
    public static CurrencyTable yen(Map<Denomination, Integer> codes) {
        Map<Integer, CurrencyTable.Entry> byCode = new LinkedHashMap<>();
        for (Map.Entry<Denomination, Integer> e : codes.entrySet()) {
            int code = e.getValue();
            if (code < 0x01 || code > 0xFF) {
                throw new IllegalArgumentException("an escrow code is one byte: " + code);
            }
            if (byCode.containsKey(code)) {
                throw new IllegalArgumentException(String.format("escrow code 0x%02X given to two notes", code));
            }
            byCode.put(code, record(code, e.getKey()));
        }
        List<CurrencyTable.Entry> entries = new ArrayList<>();
        for (int code = FIRST_CODE; code < FIRST_CODE + RECORDS; code++) {
            entries.add(byCode.containsKey(code) ? byCode.remove(code) : new CurrencyTable.Entry(code, 0x00, 0x00, 0x00));
        }
        entries.addAll(byCode.values());
        return new CurrencyTable(entries);
    }

    /** The EUR table captured from a real unit (reference §1.6): 0x61 unused, 0x62 = €5 ... 0x68 = €500. */
    public static CurrencyTable euroCaptured() {
        int eur = 0xE0;
        return new CurrencyTable(List.of(
                new CurrencyTable.Entry(0x61, 0x00, 0x00, 0x00),
                new CurrencyTable.Entry(0x62, eur, 0x05, 0x00),
                new CurrencyTable.Entry(0x63, eur, 0x0A, 0x00),
                new CurrencyTable.Entry(0x64, eur, 0x14, 0x00),
                new CurrencyTable.Entry(0x65, eur, 0x32, 0x00),
                new CurrencyTable.Entry(0x66, eur, 0x0A, 0x01),
                new CurrencyTable.Entry(0x67, eur, 0x14, 0x01),
                new CurrencyTable.Entry(0x68, eur, 0x32, 0x01)));
    }

    private static CurrencyTable.Entry record(int code, Denomination note) {
        return switch (note) {
            case YEN_1000 -> new CurrencyTable.Entry(code, CurrencyTable.JAPAN, 0x0A, 0x02);
            case YEN_2000 -> new CurrencyTable.Entry(code, CurrencyTable.JAPAN, 0x02, 0x03);
            case YEN_5000 -> new CurrencyTable.Entry(code, CurrencyTable.JAPAN, 0x32, 0x02);
            case YEN_10000 -> new CurrencyTable.Entry(code, CurrencyTable.JAPAN, 0x01, 0x04);
        };
    }
}
