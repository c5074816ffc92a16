package jp.konbini.device.printer.escpos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.PrintBlock;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.TextFace;
import jp.konbini.device.printer.TextSize;
import jp.konbini.support.fonts.AwtFonts;
import org.junit.jupiter.api.Test;

/** The bytes on the wire, byte for byte, against reference §1 (receipt-printing.md). */
class EscPosCommandsTest {

    static final CapabilityProfile TM_T88 = CapabilityProfiles.load(Path.of("drivers/epson-tm-t88-jp.properties"));
    static final CapabilityProfile GENERIC_80 = CapabilityProfiles.load(Path.of("drivers/generic-80mm-jp.properties"));
    static final AwtFonts FONTS = AwtFonts.load();

    static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void japanesePreambleIsResetJapanSetKatakanaPageShiftJisKanjiMode() {
        EscPosJobEncoder encoder = new EscPosJobEncoder(TM_T88, new TextRasterizer(FONTS));
        assertArrayEquals(hex("1B40 1B5208 1B7401 1C4301 1C26"), encoder.preamble());
    }

    @Test
    void nativeQrIsModel2WithLengthsCountedInBytes() {
        // The reference's own example: module 6, ECC M, data https://x.jp/r/1 (16 bytes, so pL = 19).
        byte[] expected = hex("1D286B040031413200 1D286B0300314306 1D286B0300314531 1D286B130031503068747470733A2F2F782E6A702F722F31"
                + " 1D286B0300315130");
        byte[] actual = EscPosCommands.concat(EscPosCommands.qrModel2(), EscPosCommands.qrModuleSize(6),
                EscPosCommands.qrErrorCorrection(QrErrorCorrection.M), EscPosCommands.qrStore("https://x.jp/r/1"), EscPosCommands.qrPrint());
        assertArrayEquals(expected, actual);
    }

    @Test
    void qrPayloadLengthAbove255UsesTheHighByte() {
        byte[] store = EscPosCommands.qrStore("A".repeat(300));
        assertEquals(303 & 0xFF, store[3] & 0xFF);
        assertEquals(1, store[4]);
        assertThrows(IllegalArgumentException.class, () -> EscPosCommands.qrStore("https://x.jp/領収書"));
    }

    @Test
    void cutFeedsToTheCutterThenCutsPartially() {
        assertArrayEquals(hex("1D564200"), EscPosCommands.cut(CutMode.PARTIAL_AFTER_FEED));
        assertArrayEquals(hex("1D564100"), EscPosCommands.cut(CutMode.FULL_AFTER_FEED));
        assertArrayEquals(hex("1B6405 1D5601"), EscPosCommands.cut(CutMode.PARTIAL_AFTER_LINES));
    }

    @Test
    void japaneseTotalLineIsShiftJisWithTheYenSignAt5C() {
        // 合 = 8D 87, 計 = 8C 76 in Shift_JIS; ¥ is 0x5C under ESC R 8; then LF.
        EscPosJobEncoder encoder = new EscPosJobEncoder(TM_T88, new TextRasterizer(FONTS));
        PrintJob job = new PrintJob("t", List.of(new PrintBlock.Paragraph(Phrase.of("合計 ¥1,000", TextFace.JAPANESE), Align.LEFT,
                TextSize.NORMAL, false), new PrintBlock.Cut()));
        EncodedJob encoded = encoder.encode(job);
        assertArrayEquals(hex("8D878C76 20 5C 312C303030 0A"), encoded.commands().get(1));
        assertArrayEquals(EscPosCommands.concat(encoder.preamble(), hex("8D878C76205C312C3030300A"), hex("1D564200")), encoded.bytes());
    }

    @Test
    void styleCommandsAreSentOnlyWhenTheyChangeAndJustificationAtLineStart() {
        EscPosJobEncoder encoder = new EscPosJobEncoder(TM_T88, new TextRasterizer(FONTS));
        PrintJob job = new PrintJob("t", List.of(
                new PrintBlock.Paragraph(Phrase.of("領収書", TextFace.JAPANESE), Align.CENTER, TextSize.DOUBLE, true),
                new PrintBlock.Paragraph(Phrase.of("ABC", TextFace.JAPANESE), Align.CENTER, TextSize.DOUBLE, true),
                new PrintBlock.Columns(Phrase.of("Total", TextFace.JAPANESE), Phrase.of("¥3,000", TextFace.JAPANESE), TextSize.NORMAL, false),
                new PrintBlock.Cut()));
        List<byte[]> c = encoder.encode(job).commands();
        assertArrayEquals(hex("1B6101 1B4501 1D2111 97CC 8EFB 8F91 0A"), c.get(1));
        assertArrayEquals(hex("414243 0A"), c.get(2));
        // 42 columns: "Total" + 31 spaces + "¥3,000" (6 columns).
        assertArrayEquals(EscPosCommands.concat(hex("1B6100 1B4500 1D2100"), ("Total" + " ".repeat(31)).getBytes(),
                hex("5C332C303030 0A")), c.get(3));
    }

    @Test
    void rasterBandHeaderCountsBytesPerRowAndRows() {
        byte[] band = EscPosCommands.rasterBand(Bitmap.ofPacked(512, 24, new byte[64 * 24]));
        assertArrayEquals(hex("1D763000 4000 1800"), java.util.Arrays.copyOf(band, 8));
        assertEquals(8 + 1536, band.length);
    }

    @Test
    void statusRequestsAndBufferClearAreTheRealTimeCommands() {
        assertArrayEquals(hex("100401"), EscPosCommands.statusRequest(1));
        assertArrayEquals(hex("100404"), EscPosCommands.statusRequest(4));
        assertArrayEquals(hex("1014 0801 0314 0106 0208"), EscPosCommands.clearBuffers());
        assertArrayEquals(hex("1D2848 0600 3030 30303432"), EscPosCommands.processIdRequest("0042"));
    }

    @Test
    void aProfileWithoutKanjiOnlySendsTheCharacterSet() {
        CapabilityProfile noKanji = new CapabilityProfile("x", "x", GENERIC_80.line(), 576, 8, 100, false, false, false, 5,
                QrErrorCorrection.M, CutMode.NONE, false, false, 2048, 512, GENERIC_80.statusTimeout(), GENERIC_80.busyTimeout());
        assertArrayEquals(hex("1B40 1B5208"), new EscPosJobEncoder(noKanji, new TextRasterizer(FONTS)).preamble());
    }
}
