package jp.konbini.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Text as a Japanese ESC/POS printer takes it: Shift_JIS in Kanji mode, encoded with
 * {@code windows-31j} through an encoder that <em>reports</em> every character it cannot map
 * ({@link String#getBytes} would silently print {@code ?}). What cannot be encoded is the
 * caller's to draw as a raster line. Which characters count as printable:
 * <ul>
 * <li>printable ASCII, except the backslash: with {@code ESC R 8} in force 0x5C prints as ¥, so
 *     only U+00A5 may become 0x5C;</li>
 * <li>on a Kanji model: JIS X 0208 double-byte characters and half-width katakana ({@code ESC t 1});
 *     NEC row 13 and the IBM extensions only where the profile says the printer's ROM has them
 *     (reference §3.1: model-specific); user-defined (gaiji) codes never.</li>
 * </ul>
 * Input from IMEs, Windows and the web uses different code points for the same dash and tilde;
 * they are normalised first so each prints one way (reference §3.1). Not thread-safe: one per
 * encoding thread (a {@link CharsetEncoder} keeps state).
 */
public final class PrinterText {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    private final boolean kanji;
    private final boolean romExtensions;
    private final CharsetEncoder encoder = WINDOWS_31J.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    public PrinterText(boolean kanji, boolean romExtensions) {
        this.kanji = kanji;
        this.romExtensions = romExtensions;
    }

    /** U+301C→U+FF5E, U+2212→U+FF0D, U+2016→U+2225, U+2014→U+2015 (reference §3.1). */
    public static String normalise(String text) {
        return text.replace('\u301C', '\uFF5E').replace('\u2212', '\uFF0D').replace('\u2016', '\u2225').replace('\u2014', '\u2015');
    }

    /** The bytes for {@code text}, or empty when any character cannot be printed as text. */
    public Optional<byte[]> encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 2);
        String normalised = normalise(text);
        for (int i = 0; i < normalised.length(); ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            Optional<byte[]> b = encode(cp);
            if (b.isEmpty()) {
                return Optional.empty();
            }
            out.writeBytes(b.get());
        }
        return Optional.of(out.toByteArray());
    }

    /** Whether every character of {@code text} prints as text. */
    public boolean canPrint(String text) {
        return encode(text).isPresent();
    }

    /**
     * windows-31j also maps some characters "best fit" to a different one (« to ≪, · to ・).
     * Only bytes that print the same character are used: decoded back, they must equal the
     * character or be its full-width form (£ prints as ￡).
     */
    private static boolean printsAs(byte[] bytes, int cp) {
        String back = new String(bytes, WINDOWS_31J);
        String original = new String(Character.toChars(cp));
        return back.equals(original) || Normalizer.normalize(back, Normalizer.Form.NFKC).equals(Normalizer.normalize(original, Normalizer.Form.NFKC));
    }

    /** Printer columns a code point takes: 1 for a single byte, 2 for a Kanji; 0 when it cannot be printed. */
    public int columns(int cp) {
        return encode(cp).map(b -> b.length).orElse(0);
    }

    /** Columns of a whole string (of printable characters). */
    public int columns(String text) {
        return normalise(text).codePoints().map(this::columns).sum();
    }

    private Optional<byte[]> encode(int cp) {
        if (cp == '\\' || Character.isISOControl(cp)) {
            return Optional.empty();
        }
        if (cp >= 0x20 && cp < 0x7F) {
            return Optional.of(new byte[] {(byte) cp});
        }
        if (cp == 0xA5) {
            return Optional.of(new byte[] {0x5C});
        }
        if (!kanji) {
            return Optional.empty();
        }
        byte[] b;
        try {
            encoder.reset();
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(Character.toChars(cp)));
            b = new byte[buffer.remaining()];
            buffer.get(b);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (b.length == 1) {
            int v = b[0] & 0xFF;
            return v >= 0xA1 && v <= 0xDF && printsAs(b, cp) ? Optional.of(b) : Optional.empty();
        }
        if (b.length != 2) {
            return Optional.empty();
        }
        int lead = b[0] & 0xFF;
        boolean extension = lead == 0x87 || lead == 0xED || lead == 0xEE || (lead >= 0xFA && lead <= 0xFC);
        boolean userDefined = lead >= 0xF0 && lead <= 0xF9;
        if (userDefined || (extension && !romExtensions)) {
            return Optional.empty();
        }
        return printsAs(b, cp) ? Optional.of(b) : Optional.empty();
    }
}
