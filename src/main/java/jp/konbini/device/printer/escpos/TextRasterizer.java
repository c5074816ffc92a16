package jp.konbini.device.printer.escpos;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.Phrase;
import jp.konbini.device.printer.Run;
import jp.konbini.device.printer.TextFace;
import jp.konbini.device.printer.TextSize;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.support.fonts.BundledFont;

/**
 * Draws a line the printer cannot encode as text (Simplified Chinese, Hangul, rare kanji) into a
 * 1-bit band with the bundled fonts, sized like the printer's own 24-dot characters, anti-aliasing
 * off (a thermal head prints dots, not grey). Each run uses its face's font and falls back, per
 * character, to the other bundled font where its own has no glyph. Fonts are immutable; an
 * instance may be shared.
 */
public final class TextRasterizer {

    /** Paper fed after each raster line (ESC J), so raster lines are spaced like text lines without sending blank rows. */
    public static final int GAP_DOTS = 6;

    private static final FontRenderContext FRC = new FontRenderContext(null, false, false);

    private final Font japanese;
    private final Font panCjk;

    public TextRasterizer(AwtFonts fonts) {
        this.japanese = fonts.font(BundledFont.IPAEX_GOTHIC).deriveFont((float) CapabilityProfile.CELL_HEIGHT_DOTS);
        this.panCjk = fonts.font(BundledFont.WQY_MICRO_HEI).deriveFont((float) CapabilityProfile.CELL_HEIGHT_DOTS);
    }

    /** Width of one code point in dots at {@code size}. */
    public double advance(int cp, TextFace face, TextSize size) {
        Font f = fontFor(cp, face);
        return f.getStringBounds(new String(Character.toChars(cp)), FRC).getWidth() * size.widthFactor();
    }

    /** Band height for a line of {@code size}: the character cell, no blank rows. */
    public static int bandRows(TextSize size) {
        return CapabilityProfile.CELL_HEIGHT_DOTS * size.heightFactor();
    }

    /** One line of text, aligned within {@code widthDots}. */
    public Bitmap line(Phrase text, Align align, TextSize size, boolean bold, int widthDots) {
        double w = width(text, size);
        int x = switch (align) {
            case LEFT -> 0;
            case CENTER -> (int) Math.max(0, (widthDots - w) / 2);
            case RIGHT -> (int) Math.max(0, widthDots - w);
        };
        return draw(List.of(new Placed(text, x)), size, bold, widthDots);
    }

    /** A label on the left and a value flush right, on one band. */
    public Bitmap columns(Phrase left, Phrase right, TextSize size, boolean bold, int widthDots) {
        int rightX = (int) Math.max(0, widthDots - width(right, size));
        return draw(List.of(new Placed(left, 0), new Placed(right, rightX)), size, bold, widthDots);
    }

    public double width(Phrase text, TextSize size) {
        double w = 0;
        for (Run run : text.runs()) {
            for (int cp : run.text().codePoints().toArray()) {
                w += advance(cp, run.face(), size);
            }
        }
        return w;
    }

    private record Placed(Phrase text, int x) {
    }

    private Bitmap draw(List<Placed> pieces, TextSize size, boolean bold, int widthDots) {
        int rows = bandRows(size);
        BufferedImage image = new BufferedImage(widthDots, rows, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, widthDots, rows);
            g.setColor(Color.BLACK);
            AffineTransform scale = AffineTransform.getScaleInstance(size.widthFactor(), size.heightFactor());
            // Baseline: IPAex's ascent is 0.88 em, so a 24-dot cell keeps descenders inside it.
            float baseline = 0.88f * CapabilityProfile.CELL_HEIGHT_DOTS * size.heightFactor();
            for (Placed piece : pieces) {
                float x = piece.x();
                for (Run run : piece.text().runs()) {
                    for (int cp : run.text().codePoints().toArray()) {
                        String s = new String(Character.toChars(cp));
                        Font f = fontFor(cp, run.face()).deriveFont(scale);
                        g.setFont(f);
                        g.drawString(s, x, baseline);
                        if (bold) {
                            g.drawString(s, x + 1, baseline);
                        }
                        x += (float) advance(cp, run.face(), size);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        return Bitmap.fromImage(image);
    }

    private Font fontFor(int cp, TextFace face) {
        Font primary = face == TextFace.JAPANESE ? japanese : panCjk;
        if (primary.canDisplay(cp)) {
            return primary;
        }
        Font other = face == TextFace.JAPANESE ? panCjk : japanese;
        return other.canDisplay(cp) ? other : primary;
    }
}
