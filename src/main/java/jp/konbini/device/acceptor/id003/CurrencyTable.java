package jp.konbini.device.acceptor.id003;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Yen;

/**
 * The acceptor's escrow-code table, as read with CURRENCY ASSIGN (0x8A): four-byte records
 * {@code escrowCode, country, base, exponent}, value = base × 10^exponent. Escrow codes differ by
 * firmware, so the value of a code always comes from here, never from a built-in map. Only yen
 * records count; country 0x00 marks an unused code.
 */
public final class CurrencyTable {

    /** JCM's country code for Japan / yen (§1.6). */
    public static final int JAPAN = 0x0A;
    private static final int UNUSED = 0x00;

    private final List<Entry> entries;
    private final Map<Integer, Yen> yenByCode;

    /** One record of the table. */
    public record Entry(int escrowCode, int country, int base, int exponent) {
        public Entry {
            for (int b : new int[] {escrowCode, country, base, exponent}) {
                if (b < 0 || b > 0xFF) {
                    throw new IllegalArgumentException("a currency record holds bytes: " + b);
                }
            }
        }

        /** base × 10^exponent. */
        public long value() {
            long v = base;
            for (int i = 0; i < exponent; i++) {
                v = Math.multiplyExact(v, 10);
            }
            return v;
        }
    }

    public CurrencyTable(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<Integer, Yen> yen = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (e.country() == JAPAN && e.value() > 0) {
                yen.put(e.escrowCode(), Yen.of(e.value()));
            }
        }
        this.yenByCode = Collections.unmodifiableMap(yen);
    }

    /** Reads the data of a CURRENCY ASSIGN reply. */
    public static CurrencyTable parse(Id003Frame reply) {
        if (reply.code() != Id003Command.GET_CURRENCY_ASSIGN.code() || reply.dataLength() % 4 != 0) {
            throw new IllegalArgumentException("not a currency assign reply: " + reply);
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < reply.dataLength(); i += 4) {
            entries.add(new Entry(reply.dataByte(i), reply.dataByte(i + 1), reply.dataByte(i + 2), reply.dataByte(i + 3)));
        }
        return new CurrencyTable(entries);
    }

    /** The data bytes of a CURRENCY ASSIGN reply carrying this table. */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Entry e : entries) {
            out.write(e.escrowCode());
            out.write(e.country());
            out.write(e.base());
            out.write(e.exponent());
        }
        return out.toByteArray();
    }

    public Optional<Yen> valueOf(int escrowCode) {
        return Optional.ofNullable(yenByCode.get(escrowCode));
    }

    /** The escrow code of a yen note, if the table has one. */
    public Optional<Integer> codeOf(Yen value) {
        return yenByCode.entrySet().stream().filter(e -> e.getValue().equals(value)).map(Map.Entry::getKey).findFirst();
    }

    /** Escrow codes with their yen values, in table order. */
    public Map<Integer, Yen> yenNotes() {
        return yenByCode;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** One line per record the device reported, for a technician: escrow code, country, value. */
    public List<String> describe() {
        return entries.stream().filter(e -> e.country() != UNUSED)
                .map(e -> String.format(Locale.ROOT, "0x%02X  country 0x%02X  %s", e.escrowCode(), e.country(),
                        e.country() == JAPAN ? Yen.of(e.value()).format() : Long.toString(e.value())))
                .toList();
    }

    /** True when the table holds records of another currency (the unit has the wrong firmware). */
    public boolean hasForeignCurrency() {
        return entries.stream().anyMatch(e -> e.country() != JAPAN && e.country() != UNUSED);
    }

    @Override
    public String toString() {
        return yenByCode.toString();
    }
}
