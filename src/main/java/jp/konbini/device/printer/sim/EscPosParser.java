package jp.konbini.device.printer.sim;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.escpos.QrErrorCorrection;

/**
 * A strict, table-driven ESC/POS parser for the printer's side: fed one byte at a time in the
 * order the printer executes them, it tracks the printer's modes (Kanji, code system, code table,
 * international set, size, emphasis, justification, line start) and reports what comes out of the
 * printer. Violations a real printer would silently mishandle (justification, cut or QR print in
 * the middle of a line; an unknown command; QR model 1) are reported as problems.
 */
final class EscPosParser {

    private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;
    private static final int DLE = 0x10;

    /** What the parser found. */
    interface Listener {
        /** Something came out; {@code advanceDots} is the paper it took. */
        void printed(PaperItem item, int advanceDots);

        /** {@code GS ( H} fn 48 reached: everything before it has printed. */
        void processId(String id);

        /** Something a real printer would ignore or mangle. */
        void problem(String description);
    }

    private final Listener listener;
    private final int defaultLineSpacing;
    private byte[] cmd = new byte[64];
    private int len;

    // Printer modes.
    private boolean kanji;
    private boolean shiftJis;
    private int codeTable;
    private int internationalSet;
    private int widthFactor = 1;
    private int heightFactor = 1;
    private boolean bold;
    private Align align = Align.LEFT;
    private int lineSpacing;

    // The line being built.
    private final List<Span> spans = new ArrayList<>();
    private final ByteArrayOutputStream spanBytes = new ByteArrayOutputStream();
    private Align lineAlign = Align.LEFT;

    // QR symbol storage (GS ( k).
    private int qrModel = 50;
    private int qrModule = 3;
    private QrErrorCorrection qrEcc = QrErrorCorrection.L;
    private String qrData;

    EscPosParser(Listener listener, int defaultLineSpacing) {
        this.listener = listener;
        this.defaultLineSpacing = defaultLineSpacing;
        initialize();
    }

    /** One byte from the receive buffer. */
    void accept(int b) {
        if (len == cmd.length) {
            cmd = Arrays.copyOf(cmd, cmd.length * 2);
        }
        cmd[len++] = (byte) b;
        int needed = length();
        if (needed < 0) {
            listener.problem(String.format("unknown command %s", hex(cmd, Math.min(len, 4))));
            len = 0;
        } else if (needed > 0 && len >= needed) {
            execute();
            len = 0;
        }
    }

    /** {@code DLE DC4 8} or a power cycle: the command in progress and the unprinted line are gone. */
    void clear() {
        len = 0;
        spans.clear();
        spanBytes.reset();
    }

    boolean atLineStart() {
        return spans.isEmpty() && spanBytes.size() == 0;
    }

    private void initialize() {
        kanji = false;
        shiftJis = false;
        codeTable = 0;
        internationalSet = 0;
        widthFactor = 1;
        heightFactor = 1;
        bold = false;
        align = Align.LEFT;
        lineSpacing = defaultLineSpacing;
        clear();
    }

    private int u(int i) {
        return cmd[i] & 0xFF;
    }

    /** The full length of the command in {@code cmd}: 0 while it cannot be told yet, -1 if unknown. */
    private int length() {
        int b0 = u(0);
        if (b0 >= 0x20) {
            return kanji && isLead(b0) ? 2 : 1;
        }
        if (b0 == 0x0A || b0 == 0x0D || b0 == 0x09 || b0 == 0x0C || b0 == 0x18) {
            return 1;
        }
        if (len < 2) {
            return b0 == ESC || b0 == GS || b0 == FS || b0 == DLE ? 0 : -1;
        }
        int b1 = u(1);
        if (b0 == ESC) {
            switch (b1) {
                case '@', '2':
                    return 2;
                case '!', '-', '3', 'E', 'G', 'M', 'R', 'a', 'd', 'J', 't', '{', 'U', ' ':
                    return 3;
                case 'c':
                    return 4;
                case 'p':
                    return 5;
                case '*':
                    if (len < 5) {
                        return 0;
                    }
                    int n = u(3) + 256 * u(4);
                    return 5 + (u(2) <= 1 ? n : 3 * n);
                default:
                    return -1;
            }
        }
        if (b0 == GS) {
            switch (b1) {
                case '!', 'B', 'h', 'w', 'H', 'f', 'a', 'r', 'I':
                    return 3;
                case 'V':
                    if (len < 3) {
                        return 0;
                    }
                    int m = u(2);
                    return m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104 ? 4 : 3;
                case 'v':
                    if (len < 8) {
                        return 0;
                    }
                    return 8 + (u(4) + 256 * u(5)) * (u(6) + 256 * u(7));
                case 'k':
                    if (len < 4) {
                        return 0;
                    }
                    if (u(2) <= 6) {
                        return u(len - 1) == 0 && len > 3 ? len : 0;
                    }
                    return 4 + u(3);
                case '(':
                    return len < 5 ? 0 : 5 + u(3) + 256 * u(4);
                default:
                    return -1;
            }
        }
        if (b0 == FS) {
            switch (b1) {
                case '&', '.':
                    return 2;
                case 'C', '!', '-', 'W':
                    return 3;
                case 'S':
                    return 4;
                case '(':
                    return len < 5 ? 0 : 5 + u(3) + 256 * u(4);
                default:
                    return -1;
            }
        }
        if (b0 == DLE) {
            if (b1 == 0x04 || b1 == 0x05) {
                return 3;
            }
            if (b1 == 0x14) {
                return len < 3 ? 0 : (u(2) == 8 ? 10 : 5);
            }
            return -1;
        }
        return -1;
    }

    private boolean isLead(int b) {
        return shiftJis && ((b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC));
    }

    private void execute() {
        int b0 = u(0);
        if (b0 >= 0x20) {
            if (atLineStart()) {
                lineAlign = align;
            }
            spanBytes.write(cmd, 0, len);
            return;
        }
        switch (b0) {
            case 0x0A -> endLine();
            case 0x0D, 0x09, 0x0C, 0x18 -> { }
            case ESC -> esc();
            case GS -> gs();
            case FS -> fs();
            default -> { } // DLE real-time commands were answered on arrival; nothing to print.
        }
    }

    private void esc() {
        int b1 = u(1);
        switch (b1) {
            case '@' -> initialize();
            case 'R' -> internationalSet = u(2);
            case 't' -> codeTable = u(2);
            case 'E' -> setBold((u(2) & 1) == 1);
            case 'a' -> {
                if (!atLineStart()) {
                    listener.problem("ESC a (justification) in the middle of a line is ignored by printers");
                    return;
                }
                int n = u(2) % 48;
                align = n == 1 ? Align.CENTER : n == 2 ? Align.RIGHT : Align.LEFT;
            }
            case 'd' -> {
                boolean had = !atLineStart();
                if (had) {
                    endLine();
                }
                int lines = had ? Math.max(0, u(2) - 1) : u(2);
                if (lines > 0) {
                    listener.printed(new PaperItem.Feed(lines * lineSpacing), lines * lineSpacing);
                }
            }
            case 'J' -> listener.printed(new PaperItem.Feed(u(2)), u(2));
            case '2' -> lineSpacing = defaultLineSpacing;
            case '3' -> lineSpacing = u(2);
            case '!' -> {
                setBold((u(2) & 0x08) != 0);
                setSize((u(2) & 0x20) != 0 ? 2 : 1, (u(2) & 0x10) != 0 ? 2 : 1);
            }
            default -> { } // underline, font, double-strike, upside-down, drawer: not modelled
        }
    }

    private void gs() {
        int b1 = u(1);
        switch (b1) {
            case '!' -> setSize(((u(2) >> 4) & 0x07) + 1, (u(2) & 0x07) + 1);
            case 'V' -> cut();
            case 'v' -> raster();
            case '(' -> {
                if (u(2) == 'k') {
                    qr();
                } else if (u(2) == 'H' && u(5) == 48 && len == 11) {
                    listener.processId(new String(cmd, 7, 4, java.nio.charset.StandardCharsets.US_ASCII));
                }
            }
            default -> { } // barcode settings, ASB, reverse: not modelled
        }
    }

    private void fs() {
        switch (u(1)) {
            case '&' -> kanji = true;
            case '.' -> kanji = false;
            case 'C' -> shiftJis = u(2) % 48 == 1;
            default -> { }
        }
    }

    private void setBold(boolean on) {
        if (on != bold) {
            closeSpan();
            bold = on;
        }
    }

    private void setSize(int w, int h) {
        if (w != widthFactor || h != heightFactor) {
            closeSpan();
            widthFactor = w;
            heightFactor = h;
        }
    }

    private void closeSpan() {
        if (spanBytes.size() > 0) {
            spans.add(new Span(decode(spanBytes.toByteArray()), bold, widthFactor, heightFactor));
            spanBytes.reset();
        }
    }

    private void endLine() {
        closeSpan();
        int h = spans.stream().mapToInt(Span::heightFactor).max().orElse(heightFactor);
        int advance = Math.max(lineSpacing, 24 * h + (h - 1) * 6);
        listener.printed(new PaperItem.TextLine(spans, atLineStart() ? align : lineAlign), advance);
        spans.clear();
        lineAlign = align;
    }

    /** Shift_JIS as this printer reads it: 0x5C is ¥ under the Japan set, 0xA1–0xDF katakana only on page 1. */
    private String decode(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (kanji && isLead(b) && i + 1 < bytes.length) {
                sb.append(new String(bytes, i, 2, WINDOWS_31J));
                i++;
            } else if (b == 0x5C && internationalSet == 8) {
                sb.append('¥');
            } else if (b >= 0xA1 && b <= 0xDF) {
                sb.append(codeTable == 1 ? new String(bytes, i, 1, WINDOWS_31J) : "\uFFFD");
            } else if (b >= 0x20 && b < 0x7F) {
                sb.append((char) b);
            } else {
                sb.append('\uFFFD');
            }
        }
        return sb.toString();
    }

    private void cut() {
        if (!atLineStart()) {
            listener.problem("GS V (cut) in the middle of a line is ignored by printers");
            return;
        }
        int m = u(1 + 1);
        boolean feedFirst = len == 4;
        boolean partial = m == 1 || m == 49 || m == 66 || m == 98 || m == 104;
        int advance = feedFirst ? 120 + u(3) : 0;
        listener.printed(new PaperItem.Cut(partial, feedFirst), advance);
    }

    private void raster() {
        int x = u(4) + 256 * u(5);
        int y = u(6) + 256 * u(7);
        if (!atLineStart()) {
            listener.problem("GS v 0 in the middle of a line");
        }
        if (x == 0 || y == 0) {
            listener.problem("empty raster band");
            return;
        }
        Bitmap band = Bitmap.ofPacked(x * 8, y, Arrays.copyOfRange(cmd, 8, 8 + x * y));
        listener.printed(new PaperItem.Raster(band), y);
    }

    private void qr() {
        if (len < 7 || u(5) != 49) {
            return; // another symbol type (PDF417, ...): not modelled
        }
        int fn = u(6);
        switch (fn) {
            case 65 -> {
                qrModel = u(7);
                if (qrModel != 50) {
                    listener.problem("QR model " + (qrModel - 48) + " selected; only model 2 is read by today's scanners");
                }
            }
            case 67 -> qrModule = u(7);
            case 69 -> qrEcc = QrErrorCorrection.ofEscPosCode(u(7)).orElseGet(() -> {
                listener.problem("QR error correction " + u(7) + " out of range");
                return QrErrorCorrection.L;
            });
            case 80 -> {
                byte[] data = Arrays.copyOfRange(cmd, 8, len);
                for (byte d : data) {
                    if (d < 0x20 || d > 0x7E) {
                        listener.problem("QR data is not ASCII: printers may read it as Shift_JIS");
                        break;
                    }
                }
                qrData = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            case 81 -> {
                if (!atLineStart()) {
                    listener.problem("QR print in the middle of a line is ignored by printers");
                    return;
                }
                if (qrData == null) {
                    listener.problem("QR print without stored data");
                    return;
                }
                int modules = jp.konbini.device.printer.escpos.QrRaster.matrix(qrData, qrEcc).getWidth() - 8;
                listener.printed(new PaperItem.QrSymbol(qrModel - 48, qrModule, qrEcc, qrData, align), modules * qrModule);
            }
            default -> listener.problem("unknown QR function " + fn);
        }
    }

    private static String hex(byte[] b, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(String.format("%02X ", b[i] & 0xFF));
        }
        return sb.toString().trim();
    }
}
