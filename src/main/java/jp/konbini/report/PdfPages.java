package jp.konbini.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.device.printer.Align;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Flows headings, lines, bar charts and tables down A4 pages, starting a new page when the next
 * piece does not fit (a table row is never split; its header is repeated), and finally writes the
 * footer with the page number on every page, once the number of pages is known.
 */
final class PdfPages {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 15 * MM;
    private static final float TOP = A4.getHeight() - MARGIN;
    /** Room kept for the footer below the content. */
    private static final float BOTTOM = MARGIN + 8 * MM;
    static final float WIDTH = A4.getWidth() - 2 * MARGIN;

    private static final float BODY = 9f;
    private static final float HEAD_JA = 8.5f;
    private static final float HEAD_EN = 7f;
    private static final float LEADING = 1.3f;
    private static final float PAD = 2.5f;

    private final PDDocument doc;
    private final PdfGlyphs glyphs;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream cs;
    /** Top of the free space on the current page, in PDF coordinates (from the bottom). */
    private float y;

    PdfPages(PDDocument doc, PdfGlyphs glyphs) {
        this.doc = doc;
        this.glyphs = glyphs;
        newPage();
    }

    /** A paragraph, wrapped to the page width. */
    void text(String s, float size, boolean bold, Align align) {
        for (String line : glyphs.wrap(s, size, WIDTH)) {
            float h = size * LEADING;
            need(h);
            float w = glyphs.width(line, size);
            float x = switch (align) {
                case LEFT -> 0;
                case CENTER -> (WIDTH - w) / 2;
                case RIGHT -> WIDTH - w;
            };
            glyphs.show(cs, line, MARGIN + x, y - size, size, bold);
            y -= h;
        }
    }

    /** A section heading with a rule under it, kept on one page with {@code keepWith} points of what follows. */
    void heading(String s, float keepWith) {
        float size = 12f;
        need(size * LEADING + 6 + keepWith);
        gap(6);
        text(s, size, true, Align.LEFT);
        line(MARGIN, y + 1, MARGIN + WIDTH, y + 1, 0.8f, 0f);
        y -= 4;
    }

    /** A label on the left and a value flush right (the report's key figures). */
    void pair(String label, String value, float size, boolean bold) {
        float h = size * LEADING;
        need(h);
        glyphs.show(cs, label, MARGIN, y - size, size, bold);
        glyphs.show(cs, value, MARGIN + WIDTH - glyphs.width(value, size), y - size, size, bold);
        y -= h;
    }

    void gap(float h) {
        if (fits(h)) {
            y -= h;
        }
    }

    /** Vertical bars of {@code values} with the count above and the label under each. */
    void bars(List<Integer> values, List<String> labels, float height) {
        float labelRoom = HEAD_EN * LEADING;
        float countRoom = HEAD_EN * LEADING;
        need(height + labelRoom + countRoom);
        int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
        float slot = WIDTH / values.size();
        float base = y - countRoom - height;
        try {
            cs.setNonStrokingColor(0.35f, 0.35f, 0.35f);
            for (int i = 0; i < values.size(); i++) {
                float h = height * values.get(i) / max;
                if (h > 0) {
                    cs.addRect(MARGIN + i * slot + slot * 0.2f, base, slot * 0.6f, h);
                }
            }
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line(MARGIN, base, MARGIN + WIDTH, base, 0.5f, 0f);
        for (int i = 0; i < values.size(); i++) {
            float centre = MARGIN + i * slot + slot / 2;
            int v = values.get(i);
            if (v > 0) {
                String count = Integer.toString(v);
                float top = base + height * v / max;
                glyphs.show(cs, count, centre - glyphs.width(count, HEAD_EN) / 2, top + 2, HEAD_EN, false);
            }
            String label = labels.get(i);
            glyphs.show(cs, label, centre - glyphs.width(label, HEAD_EN) / 2, base - HEAD_EN - 1, HEAD_EN, false);
        }
        y = base - labelRoom - 2;
    }

    /** A table; kept on one page if it fits one, otherwise rows move whole to the next page, which gets the header again. */
    void table(PdfTable t) {
        float[] widths = widths(t);
        float headerHeight = headerHeight(t, widths);
        if (t.rows().isEmpty()) {
            // One cell across the whole table.
            List<List<String>> cells = List.of(glyphs.wrap(t.whenEmpty(), BODY, WIDTH - 2 * PAD));
            need(headerHeight + rowHeight(cells));
            header(t, widths, headerHeight);
            row(List.of(Align.LEFT), new float[] {WIDTH}, cells, false, rowHeight(cells));
            y -= 4;
            return;
        }
        List<List<List<String>>> wrapped = new ArrayList<>();
        for (PdfTable.Row row : t.rows()) {
            List<List<String>> cells = new ArrayList<>();
            for (int c = 0; c < widths.length; c++) {
                cells.add(glyphs.wrap(row.cells().get(c), BODY, widths[c] - 2 * PAD));
            }
            wrapped.add(cells);
        }
        float whole = headerHeight;
        for (List<List<String>> cells : wrapped) {
            whole += rowHeight(cells);
        }
        // A table that fits on a page is kept whole; a longer one starts where at least a row fits.
        need(whole <= TOP - BOTTOM ? whole : headerHeight + rowHeight(wrapped.get(0)));
        header(t, widths, headerHeight);
        for (int r = 0; r < wrapped.size(); r++) {
            float h = rowHeight(wrapped.get(r));
            if (!fits(h)) {
                newPage();
                header(t, widths, headerHeight);
            }
            row(t.columns().stream().map(PdfTable.Column::align).toList(), widths, wrapped.get(r), t.rows().get(r).bold(), h);
        }
        y -= 4;
    }

    /** Closes the last page, writes {@code footer} and "n / N" on every page, and returns the PDF. */
    byte[] finish(String footer, PageLabel pageLabel) {
        try {
            cs.close();
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream f = new PDPageContentStream(doc, pages.get(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    float base = MARGIN;
                    line(f, MARGIN, base + HEAD_EN * 1.6f, MARGIN + WIDTH, base + HEAD_EN * 1.6f, 0.4f, 0.5f);
                    glyphs.show(f, footer, MARGIN, base, HEAD_EN, false);
                    String number = pageLabel.label(i + 1, pages.size());
                    glyphs.show(f, number, MARGIN + WIDTH - glyphs.width(number, HEAD_EN), base, HEAD_EN, false);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report PDF", e);
        }
    }

    /** The page number as printed, e.g. {@code 2 / 5}. */
    interface PageLabel {
        String label(int page, int pages);
    }

    private float[] widths(PdfTable t) {
        float total = 0;
        for (PdfTable.Column c : t.columns()) {
            total += c.weight();
        }
        float[] w = new float[t.columns().size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = WIDTH * t.columns().get(i).weight() / total;
        }
        return w;
    }

    private float headerHeight(PdfTable t, float[] widths) {
        int ja = 1;
        int en = 1;
        for (int c = 0; c < widths.length; c++) {
            ja = Math.max(ja, glyphs.wrap(t.columns().get(c).japanese(), HEAD_JA, widths[c] - 2 * PAD).size());
            en = Math.max(en, glyphs.wrap(t.columns().get(c).english(), HEAD_EN, widths[c] - 2 * PAD).size());
        }
        return 2 * PAD + ja * HEAD_JA * LEADING + en * HEAD_EN * LEADING;
    }

    private void header(PdfTable t, float[] widths, float height) {
        fill(MARGIN, y - height, WIDTH, height, 0.88f);
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            PdfTable.Column col = t.columns().get(c);
            float ty = y - PAD;
            for (String line : glyphs.wrap(col.japanese(), HEAD_JA, widths[c] - 2 * PAD)) {
                ty -= HEAD_JA * LEADING;
                glyphs.show(cs, line, cellX(x, widths[c], line, HEAD_JA, col.align()), ty + HEAD_JA * 0.25f, HEAD_JA, true);
            }
            for (String line : glyphs.wrap(col.english(), HEAD_EN, widths[c] - 2 * PAD)) {
                ty -= HEAD_EN * LEADING;
                glyphs.show(cs, line, cellX(x, widths[c], line, HEAD_EN, col.align()), ty + HEAD_EN * 0.25f, HEAD_EN, false);
            }
            x += widths[c];
        }
        y -= height;
    }

    private void row(List<Align> aligns, float[] widths, List<List<String>> cells, boolean bold, float height) {
        if (bold) {
            fill(MARGIN, y - height, WIDTH, height, 0.94f);
        }
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            float ty = y - PAD;
            for (String line : cells.get(c)) {
                ty -= BODY * LEADING;
                glyphs.show(cs, line, cellX(x, widths[c], line, BODY, aligns.get(c)), ty + BODY * 0.25f, BODY, bold);
            }
            x += widths[c];
        }
        y -= height;
        line(MARGIN, y, MARGIN + WIDTH, y, 0.3f, 0.6f);
    }

    private float cellX(float x, float width, String text, float size, Align align) {
        return switch (align) {
            case LEFT -> x + PAD;
            case CENTER -> x + (width - glyphs.width(text, size)) / 2;
            case RIGHT -> x + width - PAD - glyphs.width(text, size);
        };
    }

    private static float rowHeight(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return 2 * PAD + lines * BODY * LEADING;
    }

    private boolean fits(float h) {
        return y - h >= BOTTOM;
    }

    private void need(float h) {
        if (!fits(h) && y < TOP) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (cs != null) {
                cs.close();
            }
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            pages.add(page);
            cs = new PDPageContentStream(doc, page);
            y = TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fill(float x, float yBottom, float w, float h, float grey) {
        try {
            cs.setNonStrokingColor(grey, grey, grey);
            cs.addRect(x, yBottom, w, h);
            cs.fill();
            cs.setNonStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void line(float x1, float y1, float x2, float y2, float width, float grey) {
        line(cs, x1, y1, x2, y2, width, grey);
    }

    private static void line(PDPageContentStream s, float x1, float y1, float x2, float y2, float width, float grey) {
        try {
            s.setStrokingColor(grey, grey, grey);
            s.setLineWidth(width);
            s.moveTo(x1, y1);
            s.lineTo(x2, y2);
            s.stroke();
            s.setStrokingColor(0f, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
