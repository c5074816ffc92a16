package jp.konbini.device.printer.escpos;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shift_JIS text for the printer: what cannot be mapped is reported, never printed as '?'. */
class PrinterTextTest {

    private final PrinterText text = new PrinterText(true, false);

    @ParameterizedTest
    @ValueSource(strings = {"这们", "充值", "영수증", "麵", "𠮷", "€", "髙", "①", "\\", "Ⅰ"})
    void unmappableCharactersAreReportedNotReplaced(String s) {
        assertEquals(Optional.empty(), text.encode(s), s);
        assertEquals(Optional.empty(), text.encode("合計 " + s), s);
    }

    @Test
    void theJdksOwnGetBytesWouldHavePrintedAQuestionMark() {
        // Why the encoder exists: String.getBytes replaces what it cannot map with 0x3F, silently.
        assertTrue(new String("合計 这".getBytes(Charset.forName("windows-31j")), Charset.forName("windows-31j")).endsWith("?"));
        assertEquals(Optional.empty(), text.encode("合計 这"));
    }

    @Test
    void theEncoderNeverEmitsAQuestionMarkForAnythingItCouldNotMap() {
        // Every BMP code point: whatever encodes must decode back to the same character (after the
        // dash/tilde normalisation), so a '?' on paper only ever comes from a real '?'.
        Charset sjis = Charset.forName("windows-31j");
        for (int code = 0x20; code < 0x10000; code++) {
            final int cp = code;
            if (Character.isSurrogate((char) cp) || cp == '?') {
                continue;
            }
            String s = new String(Character.toChars(cp));
            Optional<byte[]> b = text.encode(s);
            if (b.isPresent()) {
                assertFalse(b.get().length == 1 && b.get()[0] == '?', () -> "U+" + Integer.toHexString(cp) + " became '?'");
                String back = new String(b.get(), sjis);
                String expected = cp == 0xA5 ? "\\" : PrinterText.normalise(s);
                // windows-31j prints a few characters as their full-width forms (£ as ￡): same character, NFKC-equal.
                assertEquals(java.text.Normalizer.normalize(expected, java.text.Normalizer.Form.NFKC),
                        java.text.Normalizer.normalize(back, java.text.Normalizer.Form.NFKC), () -> "U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void waveDashAndMinusFromAnySourcePrintOneWay() {
        assertArrayEquals(HexFormat.of().parseHex("8160"), text.encode("\u301C").orElseThrow());
        assertArrayEquals(HexFormat.of().parseHex("8160"), text.encode("\uFF5E").orElseThrow());
        assertArrayEquals(HexFormat.of().parseHex("817C"), text.encode("\u2212").orElseThrow());
    }

    @Test
    void halfWidthKatakanaIsOneColumnKanjiTwo() {
        assertArrayEquals(HexFormat.of().parseHex("B1"), text.encode("ｱ").orElseThrow());
        assertEquals(1, text.columns("ｱ"));
        assertEquals(2, text.columns("ア"));
        assertEquals(12, text.columns("合計 ¥1,000") + 1);
    }

    @Test
    void romExtensionsOnlyWhereTheProfileSaysTheRomHasThem() {
        assertEquals(Optional.empty(), text.encode("①"));
        assertArrayEquals(HexFormat.of().parseHex("8740"), new PrinterText(true, true).encode("①").orElseThrow());
    }

    @Test
    void withoutKanjiModeOnlyAsciiAndTheYenSignPrint() {
        PrinterText ascii = new PrinterText(false, false);
        assertArrayEquals(HexFormat.of().parseHex("5C31"), ascii.encode("¥1").orElseThrow());
        assertEquals(Optional.empty(), ascii.encode("合計"));
    }
}
