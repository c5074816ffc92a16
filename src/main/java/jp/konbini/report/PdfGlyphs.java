package jp.konbini.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import jp.konbini.device.printer.LineBreaker;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.Run;
import jp.konbini.device.printer.TextFace;
import jp.konbini.receipt.pdf.PdfFonts;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Sets text in one report document with the bundled fonts: measures, wraps and draws it. PDFBox
 * has no glyph fallback (receipt-printing reference §5.4), so each character goes to IPAex Gothic
 * if it has the glyph, else to the pan-CJK face (a Chinese product name, a Korean word in a fault
 * text), else it is drawn as 〓 rather than failing the whole report. Fonts are embedded as
 * subsets, and only the faces used.
 */
final class PdfGlyphs {

    /** The geta mark, Japanese typesetting's visible "missing character" (as on the PDF receipt). */
    private static final int MISSING = 0x3013;

    private final PdfFonts fonts;
    private final PDDocument doc;
    private final Map<TextFace, PDType0Font> embedded = new EnumMap<>(TextFace.class);
    private final LineBreaker unitBreaker;

    PdfGlyphs(PdfFonts fonts, PDDocument doc) {
        this.fonts = fonts;
        this.doc = doc;
        this.unitBreaker = new LineBreaker((cp, face) -> fonts.advance(face(cp), glyph(cp)));
    }

    /** Width in points at {@code size}. */
    float width(String text, float size) {
        return (float) unitBreaker.width(phrase(text)) * size;
    }

    /** {@code text} broken into lines no wider than {@code maxWidth}; at least one (possibly empty) line. */
    List<String> wrap(String text, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (Phrase p : unitBreaker.breakLines(phrase(text), maxWidth / size)) {
            lines.add(p.text());
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Draws one line with its baseline at {@code y}; bold is a stroked outline, as on the PDF receipt. */
    void show(PDPageContentStream cs, String text, float x, float y, float size, boolean bold) {
        List<Run> runs = runs(clean(text));
        if (runs.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size * 0.035f);
            } else {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.newLineAtOffset(x, y);
            for (Run run : runs) {
                cs.setFont(font(run.face()), size);
                cs.showText(run.text());
            }
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(TextFace face) throws IOException {
        PDType0Font f = embedded.get(face);
        if (f == null) {
            f = PDType0Font.load(doc, fonts.font(face), true);
            embedded.put(face, f);
        }
        return f;
    }

    private TextFace face(int cp) {
        if (fonts.has(TextFace.JAPANESE, cp)) {
            return TextFace.JAPANESE;
        }
        return fonts.has(TextFace.PAN_CJK, cp) ? TextFace.PAN_CJK : TextFace.JAPANESE;
    }

    private int glyph(int cp) {
        return fonts.has(TextFace.JAPANESE, cp) || fonts.has(TextFace.PAN_CJK, cp) ? cp : MISSING;
    }

    /** Runs of one face each, missing glyphs replaced. */
    private List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        TextFace currentFace = null;
        for (int cp : text.codePoints().toArray()) {
            TextFace f = face(cp);
            if (f != currentFace && current.length() > 0) {
                out.add(new Run(current.toString(), currentFace));
                current.setLength(0);
            }
            currentFace = f;
            current.appendCodePoint(glyph(cp));
        }
        if (current.length() > 0) {
            out.add(new Run(current.toString(), currentFace));
        }
        return out;
    }

    private static Phrase phrase(String text) {
        return Phrase.of(clean(text), TextFace.JAPANESE);
    }

    /** Free text from a log may hold tabs or line breaks, which are not glyphs: they become spaces. */
    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
        return sb.toString();
    }
}
