package jp.konbini.device.acceptor.id003;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every frame of reference §1.2, byte for byte, and the reader's re-synchronisation. */
class Id003FrameTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    @Test
    void crcCheckValue() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x2189, Crc16Kermit.compute(check, 0, check.length));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "STATUS REQUEST                 | 11 |       | FC 05 11 27 56",
        "ENABLE / IDLING                | 11 |       | FC 05 11 27 56",
        "RESET                          | 40 |       | FC 05 40 2B 15",
        "POWER UP                       | 40 |       | FC 05 40 2B 15",
        "ACK                            | 50 |       | FC 05 50 AA 05",
        "ACCEPTING                      | 12 |       | FC 05 12 BC 64",
        "ESCROW 0x63                    | 13 | 63    | FC 06 13 63 A2 D8",
        "ESCROW 0x64                    | 13 | 64    | FC 06 13 64 1D AC",
        "STACK-1                        | 41 |       | FC 05 41 A2 04",
        "STACK-2                        | 42 |       | FC 05 42 39 36",
        "RETURN                         | 43 |       | FC 05 43 B0 27",
        "HOLD                           | 44 |       | FC 05 44 0F 53",
        "VEND VALID                     | 15 |       | FC 05 15 03 10",
        "STACKED                        | 16 |       | FC 05 16 98 22",
        "INITIALIZE                     | 1B |       | FC 05 1B 7D F9",
        "DISABLE (INHIBIT)              | 1A |       | FC 05 1A F4 E8",
        "INVALID COMMAND                | 4B |       | FC 05 4B F8 AB",
        "CURRENCY ASSIGN REQUEST        | 8A |       | FC 05 8A 7D 7C",
        "INHIBIT status request         | 83 |       | FC 05 83 BC E1",
        "INHIBIT status reply 1         | 83 | 01    | FC 06 83 01 EB 81",
        "SET INHIBIT 0                  | C3 | 00    | FC 06 C3 00 04 D6",
        "SET INHIBIT 1                  | C3 | 01    | FC 06 C3 01 8D C7",
        "SET ENABLE/DISABLE all enabled | C0 | 00 00 | FC 07 C0 00 00 2D B5",
        "SET ENABLE/DISABLE FF 00       | C0 | FF 00 | FC 07 C0 FF 00 ED 4A",
        "SET COMMUNICATION MODE 0       | C2 | 00    | FC 06 C2 00 DC CF",
        "SET OPTIONAL FUNCTION 00 00    | C5 | 00 00 | FC 07 C5 00 00 90 8C",
        "REJECTING 0x79                 | 17 | 79    | FC 06 17 79 19 00",
        "FAILURE 0xA2                   | 49 | A2    | FC 06 49 A2 A0 21",
    })
    void everyReferenceFrameByteForByte(String name, String code, String data, String bytes) {
        byte[] payload = data == null ? new byte[0] : HEX.parseHex(data);
        Id003Frame frame = Id003Frame.of(Integer.parseInt(code, 16), payload);
        assertEquals(bytes, HEX.formatHex(frame.encode()), name);
        assertEquals(frame, Id003Frame.decode(HEX.parseHex(bytes)), name + " decodes back");
    }

    @Test
    void theCapturedEuroCurrencyTableParsesWithItsNonMinimalEncodings() {
        byte[] captured = HEX.parseHex("FC 25 8A 61 00 00 00 62 E0 05 00 63 E0 0A 00 64 E0 14 00 65 E0 32 00 "
                + "66 E0 0A 01 67 E0 14 01 68 E0 32 01 05 C1");
        Id003Frame reply = Id003Frame.decode(captured);
        CurrencyTable table = CurrencyTable.parse(reply);
        assertEquals(8, table.entries().size());
        assertEquals(100, table.entries().get(5).value(), "66 E0 0A 01 = 10 x 10^1");
        assertTrue(table.hasForeignCurrency());
        assertTrue(table.yenNotes().isEmpty(), "no yen on a euro unit");
    }

    @Test
    void yenValuesComeFromBaseTimesTenToTheExponent() {
        CurrencyTable table = new CurrencyTable(List.of(
                new CurrencyTable.Entry(0x61, 0x0A, 0x01, 0x03),
                new CurrencyTable.Entry(0x62, 0x0A, 0x14, 0x02),
                new CurrencyTable.Entry(0x63, 0x0A, 0x32, 0x02),
                new CurrencyTable.Entry(0x64, 0x0A, 0x64, 0x02),
                new CurrencyTable.Entry(0x65, 0x00, 0x00, 0x00)));
        assertEquals(Optional.of(Yen.of(1000)), table.valueOf(0x61));
        assertEquals(Optional.of(Yen.of(2000)), table.valueOf(0x62));
        assertEquals(Optional.of(Yen.of(5000)), table.valueOf(0x63));
        assertEquals(Optional.of(Yen.of(10000)), table.valueOf(0x64));
        assertEquals(Optional.empty(), table.valueOf(0x65));
        assertEquals(Optional.of(0x64), table.codeOf(Yen.of(10000)));
        assertEquals(table.entries(), CurrencyTable.parse(Id003Command.GET_CURRENCY_ASSIGN.frame()
                .withData(table.encode())).entries());
    }

    @Test
    void theReaderSkipsGarbageAndResynchronisesAfterABadCrcOrLength() {
        Id003FrameReader reader = new Id003FrameReader();
        byte[] escrow = HEX.parseHex("FC 06 13 63 A2 D8");
        byte[] badCrc = HEX.parseHex("FC 06 13 63 A2 D9");
        byte[] idle = HEX.parseHex("FC 05 11 27 56");
        byte[] badLength = HEX.parseHex("FC 02");
        feed(reader, HEX.parseHex("00 13 FF"));
        feed(reader, badCrc);
        feed(reader, badLength);
        feed(reader, idle);
        feed(reader, escrow);
        assertEquals(Optional.of(Id003Status.IDLING.frame()), reader.next());
        assertEquals(Optional.of(Id003Status.ESCROW.frame(0x63)), reader.next());
        assertEquals(Optional.empty(), reader.next());
        assertEquals(2, reader.badFrames());
        assertTrue(reader.discardedBytes() >= 3 + badCrc.length + badLength.length - 1, "garbage counted: " + reader.discardedBytes());
    }

    @Test
    void aLengthThatSwallowsTheNextFrameDoesNotLoseIt() {
        Id003FrameReader reader = new Id003FrameReader();
        feed(reader, HEX.parseHex("FC 0A 11"));            // claims 10 bytes, really a truncated frame
        feed(reader, HEX.parseHex("FC 05 15 03 10"));      // VEND VALID, must not be lost
        feed(reader, HEX.parseHex("FC 05 11 27 56 00 00")); // more bytes so the bogus length is complete
        assertEquals(Optional.of(Id003Status.VEND_VALID.frame()), reader.next());
        assertEquals(Optional.of(Id003Status.IDLING.frame()), reader.next());
    }

    @Test
    void aFrameSplitAcrossReadsIsReassembled() {
        Id003FrameReader reader = new Id003FrameReader();
        byte[] escrow = HEX.parseHex("FC 06 13 64 1D AC");
        for (byte b : escrow) {
            assertEquals(Optional.empty(), reader.next());
            feed(reader, new byte[] {b});
        }
        assertEquals(Optional.of(Id003Status.ESCROW.frame(0x64)), reader.next());
        assertEquals(0, reader.discardedBytes());
    }

    @Test
    void decodeRefusesWhatIsNotAFrame() {
        assertThrows(IllegalArgumentException.class, () -> Id003Frame.decode(HEX.parseHex("FC 05 11 27 57")));
        assertThrows(IllegalArgumentException.class, () -> Id003Frame.decode(HEX.parseHex("FC 06 11 27 56")));
    }

    private static void feed(Id003FrameReader reader, byte[] bytes) {
        reader.feed(bytes, 0, bytes.length);
    }
}
