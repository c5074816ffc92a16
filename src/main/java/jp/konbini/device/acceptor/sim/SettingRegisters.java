package jp.konbini.device.acceptor.sim;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.konbini.device.acceptor.id003.Id003Frame;

/**
 * The values of the setting commands C0–C7, as the unit stores them: set with an echo, read back
 * with 0x80–0x87 (getter = setter − 0x40). Power-on values: all denominations enabled, C3 = 1
 * (inhibited, as on the captured unit), everything else 0. Not thread-safe: owned by the machine.
 */
final class SettingRegisters {

    static final int FIRST_SETTER = 0xC0;
    static final int FIRST_GETTER = 0x80;
    static final int COUNT = 8;
    /** Data length of C0..C7 (reference §1.3). */
    private static final int[] LENGTHS = {2, 2, 1, 1, 1, 2, 2, 1};
    private static final int C0_DENOMINATIONS = 0;
    private static final int C3_INHIBIT = 3;
    private static final int FIRST_ESCROW_CODE = 0x61;

    private final byte[][] values = new byte[COUNT][];

    SettingRegisters() {
        powerOn();
    }

    /** The values after a power-up (settings are not kept across a power loss; decision 0031). */
    void powerOn() {
        for (int i = 0; i < COUNT; i++) {
            values[i] = new byte[LENGTHS[i]];
        }
        values[C3_INHIBIT][0] = 1;
    }

    static boolean isSetter(int code) {
        return code >= FIRST_SETTER && code < FIRST_SETTER + COUNT;
    }

    static boolean isGetter(int code) {
        return code >= FIRST_GETTER && code < FIRST_GETTER + COUNT;
    }

    /** Stores a setting; false (nothing stored) when its data has the wrong length. */
    boolean store(Id003Frame setting) {
        int index = setting.code() - FIRST_SETTER;
        if (setting.dataLength() != LENGTHS[index]) {
            return false;
        }
        values[index] = setting.data();
        return true;
    }

    /** The reply to getter {@code code}: the same code with the stored value. */
    Id003Frame read(int code) {
        return Id003Frame.of(code, values[code - FIRST_GETTER].clone());
    }

    /** C3 bit 0: the unit takes no notes (status DISABLE 0x1A). */
    boolean inhibited() {
        return (values[C3_INHIBIT][0] & 0x01) != 0;
    }

    void inhibit() {
        values[C3_INHIBIT] = new byte[] {1};
    }

    /**
     * Whether C0 disables {@code escrowCode}: bit n of byte 1 is code 0x61 + n (1 = disabled,
     * reference §1.3); bit n of byte 2 is taken to be 0x69 + n, an UNVERIFIED mapping. Other codes
     * cannot be disabled.
     */
    boolean denominationDisabled(int escrowCode) {
        int bit = escrowCode - FIRST_ESCROW_CODE;
        if (bit < 0 || bit >= 16) {
            return false;
        }
        return (values[C0_DENOMINATIONS][bit / 8] & (1 << (bit % 8))) != 0;
    }

    /** The stored values as hex, keyed "C0" ... "C7". */
    Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < COUNT; i++) {
            out.put(String.format("C%d", i), HexFormat.ofDelimiter(" ").withUpperCase().formatHex(values[i]));
        }
        return out;
    }
}
