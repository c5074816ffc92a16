package jp.konbini.device.acceptor.sim;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import jp.konbini.device.acceptor.id003.CurrencyTable;

/**
 * What the simulated unit says about itself: the software (0x88) and boot (0x89) version texts,
 * the serial number (0x91) and the currency table (0x8A). The version says "SIM" so that a
 * technician never mistakes the simulator for a real unit in a log.
 */
public record DeviceIdentity(String version, String bootVersion, String serialNumber, CurrencyTable currencyTable) {

    public DeviceIdentity {
        Objects.requireNonNull(currencyTable, "currencyTable");
        for (String text : new String[] {version, bootVersion, serialNumber}) {
            if (text == null || text.isEmpty() || !StandardCharsets.US_ASCII.newEncoder().canEncode(text) || text.length() > 200) {
                throw new IllegalArgumentException("identity texts are ASCII, 1 to 200 characters: " + text);
            }
        }
    }

    /** A yen unit with the default escrow codes. */
    public static DeviceIdentity defaultYen() {
        return new DeviceIdentity("SIM(JPY)100-SS ID003-05V300-45 22NOV26", "SIM-BOOT V1.00", "900000000001", SimCurrencyTables.yen());
    }

    public DeviceIdentity withCurrencyTable(CurrencyTable table) {
        return new DeviceIdentity(version, bootVersion, serialNumber, table);
    }

    public DeviceIdentity withSerialNumber(String serial) {
        return new DeviceIdentity(version, bootVersion, serial, currencyTable);
    }
}
