package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.TestHost.HEX;
import static jp.konbini.device.acceptor.sim.TestHost.last;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.sim.SimFixture.Transport;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Power-up, RESET, INITIALIZE, settings, information requests and the currency table, byte for byte (reference §1.2, §1.7, §6.2). */
class SimulatorStartUpTest {

    private static final String INVALID = "FC 05 4B F8 AB";
    private static final String ACK = "FC 05 50 AA 05";

    @ParameterizedTest
    @EnumSource(Transport.class)
    void powerUpUntilResetThenInitializeThenDisabledUntilEnabled(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, SimulatorSettings.fast())) {
            assertEquals("FC 05 40 2B 15", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "POWER UP");
            assertEquals("FC 05 40 2B 15", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "still POWER UP");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.SET_DENOMINATIONS.frame(0xFF, 0x00)), "C0 before RESET (J8)");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.SET_INHIBIT.frame(0)), "C3 before RESET");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.STACK_1.frame()), "STACK before RESET");
            assertEquals("FC 05 40 2B 15", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "refused settings change nothing");

            assertEquals(ACK, f.host.exchangeHex(Id003Command.RESET.frame()));
            List<Id003Frame> seen = f.host.pollUntil(Id003Status.DISABLED);
            assertEquals("FC 05 1B 7D F9", HEX.formatHex(seen.get(0).encode()), "INITIALIZE first: " + TestHost.names(seen));
            assertEquals("FC 05 1A F4 E8", HEX.formatHex(last(seen).encode()), "then DISABLE: C3 = 1 at power-on");

            assertEquals("FC 07 C0 00 00 2D B5", f.host.exchangeHex(Id003Command.SET_DENOMINATIONS.frame(0, 0)), "echo");
            assertEquals("FC 06 C3 00 04 D6", f.host.exchangeHex(Id003Command.SET_INHIBIT.frame(0)), "echo");
            assertEquals("FC 05 11 27 56", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()), "IDLING");
            assertEquals("FC 06 C3 01 8D C7", f.host.exchangeHex(Id003Command.SET_INHIBIT.frame(1)));
            assertEquals("FC 05 1A F4 E8", f.host.exchangeHex(Id003Command.STATUS_REQUEST.frame()));
            assertTrue(f.sim.protocolViolations().isEmpty(), f.sim.protocolViolations().toString());
        }
    }

    @Test
    void everySettingIsEchoedStoredAndReadBack() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.request(Id003Command.RESET);
            f.host.pollUntil(Id003Status.DISABLED);
            assertEquals("FC 06 83 01 EB 81", f.host.exchangeHex(Id003Command.GET_INHIBIT.frame()), "power-on C3 = 1 (captured reply)");
            assertEquals("FC 07 C0 FF 00 ED 4A", f.host.exchangeHex(Id003Command.SET_DENOMINATIONS.frame(0xFF, 0x00)));
            int[][] settings = {{0xC0, 0x0F, 0x00}, {0xC1, 0x01, 0x02}, {0xC2, 0x00}, {0xC3, 0x00}, {0xC4, 0x05}, {0xC5, 0x02, 0x00},
                    {0xC6, 0x01, 0x12}, {0xC7, 0xFC}};
            for (int[] s : settings) {
                int[] data = java.util.Arrays.copyOfRange(s, 1, s.length);
                Id003Frame set = Id003Frame.of(s[0], data);
                assertEquals(HEX.formatHex(set.encode()), f.host.exchangeHex(set), "echo of " + set);
            }
            for (int[] s : settings) {
                int getter = s[0] - 0x40;
                Id003Frame expected = Id003Frame.of(getter, java.util.Arrays.copyOfRange(s, 1, s.length));
                assertEquals(expected, f.host.request(Id003Frame.of(getter, new byte[0])), String.format("getter 0x%02X", getter));
            }
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.SET_DENOMINATIONS.frame(0xFF)), "C0 takes two bytes");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.SET_INHIBIT.frame(0, 0)), "C3 takes one byte");
            assertEquals(Id003Frame.of(0x80, 0x0F, 0x00), f.host.request(Id003Command.GET_DENOMINATIONS), "a refused setting stores nothing");
        }
    }

    @Test
    void versionBootVersionAndSerialNumberAreAscii() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            DeviceIdentity id = DeviceIdentity.defaultYen();
            assertEquals(id.version(), ascii(f.host.request(Id003Command.GET_VERSION)), "answered even before RESET");
            f.host.request(Id003Command.RESET);
            assertEquals(id.bootVersion(), ascii(f.host.request(Id003Command.GET_BOOT_VERSION)));
            byte[] serial = f.host.exchangeBytes(Id003Command.GET_SERIAL_NUMBER.frame());
            assertEquals("FC 11 91", HEX.formatHex(serial, 0, 3), "12 digits, LNG 0x11 as on the captured unit");
            assertEquals("900000000001", new String(serial, 3, 12, StandardCharsets.US_ASCII));
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void theDefaultYenTableHasNonMinimalEncodingsAndUnusedCodes(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, SimulatorSettings.fast())) {
            byte[] reply = f.host.exchangeBytes(Id003Command.GET_CURRENCY_ASSIGN.frame());
            String expectedRecords = "FC 25 8A 61 0A 0A 02 62 0A 02 03 63 0A 32 02 64 0A 01 04 65 00 00 00 66 00 00 00 67 00 00 00 68 00 00 00";
            assertEquals(expectedRecords, HEX.formatHex(reply, 0, reply.length - 2));
            CurrencyTable table = CurrencyTable.parse(Id003Frame.decode(reply));
            assertEquals(Map.of(0x61, Yen.of(1000), 0x62, Yen.of(2000), 0x63, Yen.of(5000), 0x64, Yen.of(10000)), table.yenNotes());
            assertEquals(new CurrencyTable.Entry(0x61, 0x0A, 0x0A, 0x02), table.entries().get(0), "¥1,000 as 10 x 10^2, not 1 x 10^3");
            assertEquals(new CurrencyTable.Entry(0x63, 0x0A, 0x32, 0x02), table.entries().get(2), "¥5,000 as 50 x 10^2");
        }
    }

    @Test
    void escrowCodesAreConfigurable() throws Exception {
        SimulatorSettings moved = SimulatorSettings.fast().withIdentity(DeviceIdentity.defaultYen().withCurrencyTable(SimCurrencyTables.yen(Map.of(
                Denomination.YEN_1000, 0x65, Denomination.YEN_2000, 0x66, Denomination.YEN_5000, 0x67, Denomination.YEN_10000, 0x61))));
        try (SimFixture f = SimFixture.start(Transport.MEMORY, moved)) {
            CurrencyTable table = CurrencyTable.parse(f.host.request(Id003Command.GET_CURRENCY_ASSIGN));
            assertEquals(Optional.of(Yen.of(10000)), table.valueOf(0x61));
            assertEquals(Optional.of(Yen.of(1000)), table.valueOf(0x65));
            assertEquals(Optional.empty(), table.valueOf(0x62), "unused");
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            assertEquals(Id003Status.ESCROW.frame(0x65), last(f.host.pollUntil(Id003Status.ESCROW)));
        }
    }

    @Test
    void theCapturedEuroTableIsShippedByteForByte() throws Exception {
        SimulatorSettings euro = SimulatorSettings.fast().withIdentity(DeviceIdentity.defaultYen().withCurrencyTable(SimCurrencyTables.euroCaptured()));
        try (SimFixture f = SimFixture.start(Transport.MEMORY, euro)) {
            assertEquals("FC 25 8A 61 00 00 00 62 E0 05 00 63 E0 0A 00 64 E0 14 00 65 E0 32 00 66 E0 0A 01 67 E0 14 01 68 E0 32 01 05 C1",
                    f.host.exchangeHex(Id003Command.GET_CURRENCY_ASSIGN.frame()));
        }
    }

    @Test
    void resetKeepsTheStoredSettingsAndOtherCommandsBehave() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.resetAndEnable();
            assertEquals(ACK, f.host.exchangeHex(Id003Command.RESET.frame()));
            assertEquals(Id003Status.IDLING.frame(), last(f.host.pollUntil(f2 -> f2.code() != Id003Status.INITIALIZE.code(), TestHost.STATE_TIMEOUT)),
                    "C3 = 0 survives a RESET (only a power loss restores the defaults)");
            assertEquals(ACK, f.host.exchangeHex(Id003Command.WAIT.frame()));
            assertEquals(Id003Frame.of(0x82, 0x00), f.host.request(Id003Frame.of(0x82, new byte[0])), "0x82 reads C2");
            assertEquals(INVALID, f.host.exchangeHex(Id003Frame.of(0x99, new byte[0])), "unknown command");
            assertEquals(1, f.sim.protocolViolations().size(), "an unknown command is a host protocol violation");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.HOLD.frame()), "HOLD without escrow");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.RETURN.frame()), "RETURN without escrow");
            assertEquals(INVALID, f.host.exchangeHex(Id003Command.STACK_2.frame()), "STACK-2 without escrow");
        }
    }

    private static String ascii(Id003Frame f) {
        return new String(f.data(), StandardCharsets.US_ASCII);
    }
}
