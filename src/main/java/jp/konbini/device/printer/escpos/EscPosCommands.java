package jp.konbini.device.printer.escpos;

import java.nio.charset.StandardCharsets;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.TextSize;

/**
 * ESC/POS commands as bytes: the small conservative core of reference §0 plus the Japanese
 * Kanji commands. Each method returns one complete command; nothing here has state.
 */
public final class EscPosCommands {

    static final int ESC = 0x1B;
    static final int GS = 0x1D;
    static final int FS = 0x1C;
    static final int DLE = 0x10;
    static final int EOT = 0x04;
    static final int ENQ = 0x05;
    static final int DC4 = 0x14;
    static final int LF = 0x0A;
    static final int XON = 0x11;
    static final int XOFF = 0x13;
    /** First byte of block replies ({@code GS ( H} process ID, {@code DLE DC4 8}). */
    static final int BLOCK_REPLY = 0x37;
    /** Second byte of a process-ID reply. */
    static final int PROCESS_ID_REPLY = 0x22;
    /** Second byte of the clear-buffers reply. */
    static final int CLEAR_REPLY = 0x25;
    /** Japan international character set: 0x5C prints as ¥. */
    static final int JAPAN = 8;
    /** Code table with half-width katakana at 0xA1–0xDF. */
    static final int KATAKANA_TABLE = 1;
    /** Kanji code system Shift_JIS. */
    static final int SHIFT_JIS = 1;
    /** Printers take raster data in bands; taller images are split (reference §1.7). */
    public static final int MAX_BAND_ROWS = 256;

    private EscPosCommands() {
    }

    /** {@code ESC @}: clear the print buffer, reset modes. */
    public static byte[] initialize() {
        return bytes(ESC, '@');
    }

    /** {@code ESC R n}: international character set. */
    public static byte[] internationalCharacterSet(int n) {
        return bytes(ESC, 'R', n);
    }

    /** {@code ESC t n}: single-byte code table. */
    public static byte[] characterCodeTable(int n) {
        return bytes(ESC, 't', n);
    }

    /** {@code FS C n}: Kanji code system (0 JIS, 1 Shift_JIS). */
    public static byte[] kanjiCodeSystem(int n) {
        return bytes(FS, 'C', n);
    }

    /** {@code FS &}: Kanji mode on. */
    public static byte[] kanjiModeOn() {
        return bytes(FS, '&');
    }

    /** {@code ESC a n}: justification; only honoured at the start of a line. */
    public static byte[] justify(Align align) {
        return bytes(ESC, 'a', switch (align) {
            case LEFT -> 0;
            case CENTER -> 1;
            case RIGHT -> 2;
        });
    }

    /** {@code ESC E n}: emphasis. */
    public static byte[] emphasis(boolean on) {
        return bytes(ESC, 'E', on ? 1 : 0);
    }

    /** {@code GS ! n}: character size; scales ANK and Kanji together. */
    public static byte[] size(TextSize size) {
        return bytes(GS, '!', ((size.widthFactor() - 1) << 4) | (size.heightFactor() - 1));
    }

    /** {@code LF}: print the line and feed. */
    public static byte[] lineFeed() {
        return bytes(LF);
    }

    /** {@code ESC d n}: print and feed n lines. */
    public static byte[] feedLines(int n) {
        if (n < 0 || n > 255) {
            throw new IllegalArgumentException("feed 0 to 255 lines: " + n);
        }
        return bytes(ESC, 'd', n);
    }

    /** {@code ESC J n}: print and feed n dots. */
    public static byte[] feedDots(int n) {
        if (n < 0 || n > 255) {
            throw new IllegalArgumentException("feed 0 to 255 dots: " + n);
        }
        return bytes(ESC, 'J', n);
    }

    /** {@code GS v 0 0 xL xH yL yH d1...dk}: one raster band, at most {@link #MAX_BAND_ROWS} rows. */
    public static byte[] rasterBand(Bitmap band) {
        if (band.height() > MAX_BAND_ROWS) {
            throw new IllegalArgumentException("a band has at most " + MAX_BAND_ROWS + " rows: " + band);
        }
        int x = band.bytesPerRow();
        int y = band.height();
        byte[] data = band.packedRows(0, y);
        byte[] out = new byte[8 + data.length];
        out[0] = (byte) GS;
        out[1] = 'v';
        out[2] = '0';
        out[3] = 0;
        out[4] = (byte) (x & 0xFF);
        out[5] = (byte) (x >> 8);
        out[6] = (byte) (y & 0xFF);
        out[7] = (byte) (y >> 8);
        System.arraycopy(data, 0, out, 8, data.length);
        return out;
    }

    /** {@code GS ( k} fn 165: QR model 2 (50). Sent explicitly: model 1 is a legacy format scanners reject. */
    public static byte[] qrModel2() {
        return bytes(GS, '(', 'k', 4, 0, 49, 65, 50, 0);
    }

    /** {@code GS ( k} fn 167: module size in dots. */
    public static byte[] qrModuleSize(int dots) {
        if (dots < 1 || dots > 16) {
            throw new IllegalArgumentException("QR module size is 1 to 16 dots: " + dots);
        }
        return bytes(GS, '(', 'k', 3, 0, 49, 67, dots);
    }

    /** {@code GS ( k} fn 169: error correction level. */
    public static byte[] qrErrorCorrection(QrErrorCorrection level) {
        return bytes(GS, '(', 'k', 3, 0, 49, 69, level.escPosCode());
    }

    /** {@code GS ( k} fn 180: store the data; the length counts bytes, the payload is ASCII. */
    public static byte[] qrStore(String asciiPayload) {
        if (!asciiPayload.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            throw new IllegalArgumentException("QR payload must be ASCII: " + asciiPayload);
        }
        byte[] data = asciiPayload.getBytes(StandardCharsets.US_ASCII);
        int length = data.length + 3;
        if (length > 7092) {
            throw new IllegalArgumentException("QR payload too long: " + data.length + " bytes");
        }
        byte[] out = new byte[8 + data.length];
        out[0] = (byte) GS;
        out[1] = '(';
        out[2] = 'k';
        out[3] = (byte) (length & 0xFF);
        out[4] = (byte) (length >> 8);
        out[5] = 49;
        out[6] = 80;
        out[7] = 48;
        System.arraycopy(data, 0, out, 8, data.length);
        return out;
    }

    /** {@code GS ( k} fn 181: print the stored symbol; only at the start of a line. */
    public static byte[] qrPrint() {
        return bytes(GS, '(', 'k', 3, 0, 49, 81, 48);
    }

    /** The bytes that end a receipt for a cutter of this kind. */
    public static byte[] cut(CutMode mode) {
        return switch (mode) {
            case PARTIAL_AFTER_FEED -> bytes(GS, 'V', 66, 0);
            case FULL_AFTER_FEED -> bytes(GS, 'V', 65, 0);
            case PARTIAL_AFTER_LINES -> bytes(ESC, 'd', 5, GS, 'V', 1);
            case NONE -> bytes(ESC, 'd', 5);
        };
    }

    /** {@code DLE EOT n}: real-time status, answered with one byte even when offline. */
    public static byte[] statusRequest(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT 1 to 4: " + n);
        }
        return bytes(DLE, EOT, n);
    }

    /** {@code DLE DC4 fn 8}: clear the receive and print buffers (so a failed job's rest never prints); reply {@code 37 25 00}. */
    public static byte[] clearBuffers() {
        return bytes(DLE, DC4, 8, 1, 3, 20, 1, 6, 2, 8);
    }

    /** {@code GS ( H} fn 48: the printer answers {@code 37 22 id 00} once everything before it has printed. */
    public static byte[] processIdRequest(String id) {
        if (id.length() != 4 || !id.chars().allMatch(c -> c >= 0x30 && c <= 0x39)) {
            throw new IllegalArgumentException("a process ID is four digits: " + id);
        }
        byte[] d = id.getBytes(StandardCharsets.US_ASCII);
        return bytes(GS, '(', 'H', 6, 0, 48, 48, d[0], d[1], d[2], d[3]);
    }

    /** Several commands as one array. */
    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }
}
