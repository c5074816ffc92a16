package jp.konbini.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.LineBreaker;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.PrintBlock;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.TextSize;

/**
 * Turns a neutral {@link PrintJob} into ESC/POS for one model. A line whose every character the
 * printer can print as text goes as Shift_JIS text (columns counted: half-width 1, Kanji 2); any
 * other line is drawn with the bundled fonts and sent as a raster band, because text and image
 * cannot share a line in standard mode (reference §3.5). QR codes go native ({@code GS ( k})
 * where the model has it, otherwise as raster. Style commands are sent only when they change.
 * Not thread-safe (one encoder per printing thread).
 */
public final class EscPosJobEncoder {

    /** Rows of feed between the last line and the cut position for a "feed then cut" cutter, for estimates. */
    private static final int CUT_FEED_DOTS = 120;

    private final CapabilityProfile profile;
    private final PrinterText text;
    private final TextRasterizer rasterizer;
    private final LineBreaker columnBreaker;

    public EscPosJobEncoder(CapabilityProfile profile, TextRasterizer rasterizer) {
        this.profile = profile;
        this.text = new PrinterText(profile.kanji(), profile.romExtensions());
        this.rasterizer = rasterizer;
        this.columnBreaker = new LineBreaker((cp, face) -> {
            int c = text.columns(cp);
            return c == 0 ? 2 : c;
        });
    }

    public CapabilityProfile profile() {
        return profile;
    }

    /** The job preamble for this model: reset, Japan character set (¥ at 0x5C), katakana page, Shift_JIS Kanji mode. */
    public byte[] preamble() {
        if (!profile.kanji()) {
            return EscPosCommands.concat(EscPosCommands.initialize(), EscPosCommands.internationalCharacterSet(EscPosCommands.JAPAN));
        }
        return EscPosCommands.concat(EscPosCommands.initialize(),
                EscPosCommands.internationalCharacterSet(EscPosCommands.JAPAN),
                EscPosCommands.characterCodeTable(EscPosCommands.KATAKANA_TABLE),
                EscPosCommands.kanjiCodeSystem(EscPosCommands.SHIFT_JIS),
                EscPosCommands.kanjiModeOn());
    }

    public EncodedJob encode(PrintJob job) {
        State s = new State();
        s.commands.add(preamble());
        for (PrintBlock block : job.blocks()) {
            if (block instanceof PrintBlock.Paragraph p) {
                paragraph(s, p);
            } else if (block instanceof PrintBlock.Columns c) {
                columns(s, c);
            } else if (block instanceof PrintBlock.Rule) {
                textLine(s, "-".repeat(profile.columns()).getBytes(java.nio.charset.StandardCharsets.US_ASCII), Align.LEFT, TextSize.NORMAL, false);
            } else if (block instanceof PrintBlock.Feed f) {
                s.commands.add(EscPosCommands.feedLines(f.lines()));
                s.paperDots += f.lines() * profile.lineSpacingDots();
            } else if (block instanceof PrintBlock.Qr q) {
                qr(s, q.payload());
            } else if (block instanceof PrintBlock.Cut) {
                s.commands.add(EscPosCommands.cut(profile.cut()));
                s.paperDots += CUT_FEED_DOTS;
            }
        }
        return new EncodedJob(s.commands, s.paperDots, s.rasterLines);
    }

    private void paragraph(State s, PrintBlock.Paragraph p) {
        int width = profile.columns() / p.size().widthFactor();
        Optional<byte[]> whole = text.encode(p.text().text());
        if (whole.isPresent()) {
            for (Phrase line : columnBreaker.breakLines(p.text(), width)) {
                textLine(s, text.encode(line.text()).orElseThrow(), p.align(), p.size(), p.bold());
            }
            return;
        }
        LineBreaker dots = new LineBreaker((cp, face) -> rasterizer.advance(cp, face, p.size()));
        for (Phrase line : dots.breakLines(p.text(), profile.dotsPerLine())) {
            rasterLine(s, rasterizer.line(line, p.align(), p.size(), p.bold(), profile.dotsPerLine()));
        }
    }

    private void columns(State s, PrintBlock.Columns c) {
        int width = profile.columns() / c.size().widthFactor();
        Optional<byte[]> left = text.encode(c.left().text());
        Optional<byte[]> right = text.encode(c.right().text());
        if (left.isPresent() && right.isPresent()) {
            int rightCols = text.columns(c.right().text());
            List<Phrase> lines = columnBreaker.breakLines(c.left(), width);
            Phrase last = lines.get(lines.size() - 1);
            int lastCols = text.columns(last.text());
            if (lastCols + 1 + rightCols > width) {
                lines = new ArrayList<>(lines);
                lines.add(Phrase.empty());
                lastCols = 0;
            }
            for (int i = 0; i < lines.size() - 1; i++) {
                textLine(s, text.encode(lines.get(i).text()).orElseThrow(), Align.LEFT, c.size(), c.bold());
            }
            String lastLine = lines.get(lines.size() - 1).text() + " ".repeat(Math.max(1, width - lastCols - rightCols)) + c.right().text();
            textLine(s, text.encode(lastLine).orElseThrow(), Align.LEFT, c.size(), c.bold());
            return;
        }
        int widthDots = profile.dotsPerLine();
        LineBreaker dots = new LineBreaker((cp, face) -> rasterizer.advance(cp, face, c.size()));
        double rightWidth = rasterizer.width(c.right(), c.size());
        List<Phrase> lines = dots.breakLines(c.left(), widthDots);
        Phrase last = lines.get(lines.size() - 1);
        double space = rasterizer.advance(' ', jp.konbini.device.printer.TextFace.JAPANESE, c.size());
        boolean fits = rasterizer.width(last, c.size()) + space + rightWidth <= widthDots;
        for (int i = 0; i < lines.size() - 1; i++) {
            rasterLine(s, rasterizer.line(lines.get(i), Align.LEFT, c.size(), c.bold(), widthDots));
        }
        if (fits) {
            rasterLine(s, rasterizer.columns(last, c.right(), c.size(), c.bold(), widthDots));
        } else {
            rasterLine(s, rasterizer.line(last, Align.LEFT, c.size(), c.bold(), widthDots));
            rasterLine(s, rasterizer.line(c.right(), Align.RIGHT, c.size(), c.bold(), widthDots));
        }
    }

    /** One text line: style changes, the bytes, LF, as one command group (justification is only honoured at line start). */
    private void textLine(State s, byte[] encoded, Align align, TextSize size, boolean bold) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length + 12);
        if (s.align != align) {
            out.writeBytes(EscPosCommands.justify(align));
            s.align = align;
        }
        if (s.bold != bold) {
            out.writeBytes(EscPosCommands.emphasis(bold));
            s.bold = bold;
        }
        if (s.size != size) {
            out.writeBytes(EscPosCommands.size(size));
            s.size = size;
        }
        out.writeBytes(encoded);
        out.writeBytes(EscPosCommands.lineFeed());
        s.commands.add(out.toByteArray());
        s.paperDots += Math.max(profile.lineSpacingDots(), CapabilityProfile.CELL_HEIGHT_DOTS * size.heightFactor() + 6);
    }

    private void qr(State s, String payload) {
        if (profile.nativeQr()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (s.align != Align.CENTER) {
                out.writeBytes(EscPosCommands.justify(Align.CENTER));
                s.align = Align.CENTER;
            }
            out.writeBytes(EscPosCommands.qrModel2());
            out.writeBytes(EscPosCommands.qrModuleSize(profile.qrModuleDots()));
            out.writeBytes(EscPosCommands.qrErrorCorrection(profile.qrErrorCorrection()));
            out.writeBytes(EscPosCommands.qrStore(payload));
            out.writeBytes(EscPosCommands.qrPrint());
            s.commands.add(out.toByteArray());
            s.paperDots += QrRaster.matrix(payload, profile.qrErrorCorrection()).getWidth() * profile.qrModuleDots();
            return;
        }
        raster(s, QrRaster.render(payload, profile.qrErrorCorrection(), profile.qrModuleDots(), profile.dotsPerLine()));
    }

    /** A line of text drawn as an image, then the gap a text line would have below it. */
    private void rasterLine(State s, Bitmap line) {
        raster(s, line);
        s.commands.add(EscPosCommands.feedDots(TextRasterizer.GAP_DOTS));
        s.paperDots += TextRasterizer.GAP_DOTS;
        s.rasterLines++;
    }

    /**
     * Sends an image as bands small enough for one write each. Real-time command patterns that
     * happen to occur in the image data ({@code 10 04 n}, {@code 10 05 n}, {@code 10 14}) would be
     * executed by the printer (reference §1.9): a clear-buffers pattern would destroy the job. One
     * dot is added to break each such pattern; a dot next to a dark dot is invisible.
     */
    private void raster(State s, Bitmap full) {
        if (s.align != Align.LEFT) {
            // Bands are cropped on the right, so they must start at the left margin.
            s.commands.add(EscPosCommands.justify(Align.LEFT));
            s.align = Align.LEFT;
        }
        Bitmap image = cropRight(full);
        int rowsPerBand = Math.max(1, Math.min(EscPosCommands.MAX_BAND_ROWS, (profile.chunkBytes() - 8) / image.bytesPerRow()));
        for (int from = 0; from < image.height(); from += rowsPerBand) {
            int to = Math.min(image.height(), from + rowsPerBand);
            byte[] band = EscPosCommands.rasterBand(image.rows(from, to));
            defuseRealTimePatterns(band, 8);
            s.commands.add(band);
        }
        s.paperDots += image.height();
    }

    /** Blank bytes at the right of every row are not sent: a left-aligned line costs only its own width. */
    static Bitmap cropRight(Bitmap image) {
        int used = 1;
        for (int y = 0; y < image.height(); y++) {
            for (int x = image.width() - 1; x >= used * 8; x--) {
                if (image.isDark(x, y)) {
                    used = x / 8 + 1;
                    break;
                }
            }
        }
        if (used == image.bytesPerRow()) {
            return image;
        }
        byte[] data = new byte[used * image.height()];
        byte[] rows = image.packedRows(0, image.height());
        for (int y = 0; y < image.height(); y++) {
            System.arraycopy(rows, y * image.bytesPerRow(), data, y * used, used);
        }
        return Bitmap.ofPacked(used * 8, image.height(), data);
    }

    static void defuseRealTimePatterns(byte[] data, int from) {
        for (int i = from; i < data.length - 1; i++) {
            if (data[i] == EscPosCommands.DLE && (data[i + 1] == EscPosCommands.EOT || data[i + 1] == EscPosCommands.ENQ
                    || data[i + 1] == EscPosCommands.DC4)) {
                data[i] = 0x18;
            }
        }
    }

    /** What the printer's modes are after the commands emitted so far. */
    private static final class State {
        final List<byte[]> commands = new ArrayList<>();
        Align align = Align.LEFT;
        boolean bold;
        TextSize size = TextSize.NORMAL;
        int paperDots;
        int rasterLines;
    }
}
