package jp.konbini.receipt.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.LineBreaker;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.PrintBlock;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.Run;
import jp.konbini.device.printer.TextFace;
import jp.konbini.device.printer.TextSize;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a print document as a one-page PDF the width of the paper roll (80 mm), as long as the
 * receipt. The fonts are embedded as subsets; PDFBox has no glyph fallback, so every line is
 * split into runs by the font that has each character. The QR code is vector squares in one
 * path and one fill (no hairline seams). Serialised: the parsed fonts are not thread-safe.
 */
public final class PdfReceiptRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(PdfReceiptRenderer.class);
    private static final float MM = 72f / 25.4f;
    private static final float PAGE_WIDTH = 80 * MM;
    private static final float MARGIN = 4 * MM;
    private static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float BASE_SIZE = 8.5f;
    private static final float LINE_FACTOR = 1.3f;
    private static final float QR_MODULE = 0.8f * MM;
    /** Drawn where no bundled font has a glyph: the geta mark, Japanese typesetting's visible "missing character". */
    private static final int MISSING = 0x3013;

    private final PdfFonts fonts;

    public PdfReceiptRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    /** The PDF bytes of {@code job}. */
    public synchronized byte[] render(PrintJob job) {
        List<Op> ops = new ArrayList<>();
        float height = layout(job, ops);
        float pageHeight = height + 2 * MARGIN;
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(job.title());
            info.setProducer("Konbini Top-up Kiosk");
            PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, pageHeight));
            doc.addPage(page);
            Map<TextFace, PDType0Font> pdfFonts = new EnumMap<>(TextFace.class);
            for (Op op : ops) {
                if (op instanceof TextOp t) {
                    for (Run run : t.runs()) {
                        if (!pdfFonts.containsKey(run.face())) {
                            // Only the faces actually used are embedded (a Japanese receipt carries no Chinese font).
                            pdfFonts.put(run.face(), PDType0Font.load(doc, fonts.font(run.face()), true));
                        }
                    }
                }
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (Op op : ops) {
                    op.draw(cs, pdfFonts, pageHeight - MARGIN);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write receipt PDF " + job.title(), e);
        }
    }

    /** Works out every line's position; returns the content height. */
    private float layout(PrintJob job, List<Op> ops) {
        float y = 0;
        for (PrintBlock block : job.blocks()) {
            if (block instanceof PrintBlock.Paragraph p) {
                float size = size(p.size());
                LineBreaker breaker = breaker(size);
                for (Phrase line : breaker.breakLines(p.text(), CONTENT_WIDTH)) {
                    y += size * LINE_FACTOR;
                    float w = (float) breaker.width(line);
                    float x = switch (p.align()) {
                        case LEFT -> 0;
                        case CENTER -> (CONTENT_WIDTH - w) / 2;
                        case RIGHT -> CONTENT_WIDTH - w;
                    };
                    ops.add(new TextOp(runs(line), MARGIN + x, y - size * 0.25f, size, p.bold()));
                }
            } else if (block instanceof PrintBlock.Columns c) {
                float size = size(c.size());
                LineBreaker breaker = breaker(size);
                float rightWidth = (float) breaker.width(c.right());
                List<Phrase> lines = breaker.breakLines(c.left(), CONTENT_WIDTH);
                float spaceWidth = size * 0.5f;
                boolean fits = breaker.width(lines.get(lines.size() - 1)) + spaceWidth + rightWidth <= CONTENT_WIDTH;
                for (Phrase line : lines) {
                    y += size * LINE_FACTOR;
                    ops.add(new TextOp(runs(line), MARGIN, y - size * 0.25f, size, c.bold()));
                }
                if (!fits) {
                    y += size * LINE_FACTOR;
                }
                ops.add(new TextOp(runs(c.right()), MARGIN + CONTENT_WIDTH - rightWidth, y - size * 0.25f, size, c.bold()));
            } else if (block instanceof PrintBlock.Rule) {
                y += BASE_SIZE * 0.8f;
                ops.add(new RuleOp(y));
                y += BASE_SIZE * 0.5f;
            } else if (block instanceof PrintBlock.Feed f) {
                y += f.lines() * BASE_SIZE * LINE_FACTOR * 0.6f;
            } else if (block instanceof PrintBlock.Qr q) {
                BitMatrix m = qr(q.payload());
                float side = m.getWidth() * QR_MODULE;
                y += 2;
                ops.add(new QrOp(m, MARGIN + (CONTENT_WIDTH - side) / 2, y));
                y += side;
            }
        }
        return y;
    }

    private LineBreaker breaker(float size) {
        return new LineBreaker((cp, face) -> fonts.advance(fontFace(cp, face), glyph(cp, face)) * size);
    }

    private static float size(TextSize s) {
        return switch (s) {
            case NORMAL -> BASE_SIZE;
            case DOUBLE_HEIGHT -> BASE_SIZE * 1.45f;
            case DOUBLE -> BASE_SIZE * 1.9f;
        };
    }

    /** The face that will draw {@code cp}: its own if it has the glyph, else the other bundled one. */
    private TextFace fontFace(int cp, TextFace face) {
        if (fonts.has(face, cp)) {
            return face;
        }
        TextFace other = face == TextFace.JAPANESE ? TextFace.PAN_CJK : TextFace.JAPANESE;
        return fonts.has(other, cp) ? other : TextFace.JAPANESE;
    }

    private int glyph(int cp, TextFace face) {
        return fonts.has(face, cp) || fonts.has(face == TextFace.JAPANESE ? TextFace.PAN_CJK : TextFace.JAPANESE, cp) ? cp : MISSING;
    }

    /** Splits a line into runs of one font each. */
    private List<Run> runs(Phrase line) {
        List<Run> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        TextFace currentFace = null;
        for (Run run : line.runs()) {
            for (int cp : run.text().codePoints().toArray()) {
                TextFace face = fontFace(cp, run.face());
                int g = glyph(cp, run.face());
                if (g != cp) {
                    LOG.warn("no bundled font has U+{}; printed as 〓", Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT));
                }
                if (face != currentFace && current.length() > 0) {
                    out.add(new Run(current.toString(), currentFace));
                    current.setLength(0);
                }
                currentFace = face;
                current.appendCodePoint(g);
            }
        }
        if (current.length() > 0) {
            out.add(new Run(current.toString(), currentFace));
        }
        return out;
    }

    private static BitMatrix qr(String payload) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload " + payload, e);
        }
    }

    /** Something to draw, positioned from the top of the content. */
    private interface Op {
        void draw(PDPageContentStream cs, Map<TextFace, PDType0Font> fonts, float top) throws IOException;
    }

    private record TextOp(List<Run> runs, float x, float baselineFromTop, float size, boolean bold) implements Op {
        @Override
        public void draw(PDPageContentStream cs, Map<TextFace, PDType0Font> fonts, float top) throws IOException {
            if (runs.isEmpty()) {
                return;
            }
            cs.beginText();
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size * 0.04f);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.newLineAtOffset(x, top - baselineFromTop);
            for (Run run : runs) {
                cs.setFont(fonts.get(run.face()), size);
                cs.showText(run.text());
            }
            cs.endText();
        }
    }

    private record RuleOp(float yFromTop) implements Op {
        @Override
        public void draw(PDPageContentStream cs, Map<TextFace, PDType0Font> fonts, float top) throws IOException {
            cs.setLineWidth(0.5f);
            cs.setLineDashPattern(new float[] {2, 2}, 0);
            cs.moveTo(MARGIN, top - yFromTop);
            cs.lineTo(MARGIN + CONTENT_WIDTH, top - yFromTop);
            cs.stroke();
            cs.setLineDashPattern(new float[] {}, 0);
        }
    }

    private record QrOp(BitMatrix matrix, float x, float yFromTop) implements Op {
        @Override
        public void draw(PDPageContentStream cs, Map<TextFace, PDType0Font> fonts, float top) throws IOException {
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        cs.addRect(x + col * QR_MODULE, top - yFromTop - (row + 1) * QR_MODULE, QR_MODULE, QR_MODULE);
                    }
                }
            }
            cs.fill();
        }
    }
}
