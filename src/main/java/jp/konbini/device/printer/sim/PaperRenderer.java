package jp.konbini.device.printer.sim;

import com.google.zxing.common.BitMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.Bitmap;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.PrinterText;
import jp.konbini.device.printer.escpos.QrRaster;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.support.fonts.BundledFont;

/**
 * Draws what the simulated printer put out as the paper would look, one pixel per dot: text in
 * the printer's fixed cells (12 dots per half-width character, 24 per Kanji) with the bundled
 * Japanese font standing in for the printer's ROM font, raster bands as sent, native QR codes
 * as the printer would draw them. For people to look at, and for tests to decode QR codes from.
 */
public final class PaperRenderer {

    private static final int MARGIN = 16;

    private final CapabilityProfile profile;
    private final Font font;
    private final PrinterText cells = new PrinterText(true, true);

    public PaperRenderer(CapabilityProfile profile, AwtFonts fonts) {
        this.profile = profile;
        this.font = fonts.font(BundledFont.IPAEX_GOTHIC).deriveFont((float) CapabilityProfile.CELL_HEIGHT_DOTS);
    }

    public BufferedImage render(PrintedReceipt receipt) {
        int width = profile.dotsPerLine() + 2 * MARGIN;
        int height = 2 * MARGIN;
        for (PaperItem item : receipt.items()) {
            height += height(item);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            int y = MARGIN;
            for (PaperItem item : receipt.items()) {
                draw(g, image, item, y);
                y += height(item);
            }
            if (!receipt.cut()) {
                g.setFont(font.deriveFont(16f));
                g.setColor(Color.GRAY);
                g.drawString("(not cut)", MARGIN, height - 4);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public void writePng(PrintedReceipt receipt, Path file) {
        try {
            ImageIO.write(render(receipt), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private int height(PaperItem item) {
        if (item instanceof PaperItem.TextLine t) {
            return Math.max(profile.lineSpacingDots(), 24 * t.heightFactor() + (t.heightFactor() - 1) * 6);
        }
        if (item instanceof PaperItem.Raster r) {
            return r.image().height();
        }
        if (item instanceof PaperItem.QrSymbol q) {
            return (QrRaster.matrix(q.payload(), q.errorCorrection()).getWidth() - 8) * q.moduleDots() + 8;
        }
        if (item instanceof PaperItem.Feed f) {
            return f.dots();
        }
        return 24;
    }

    private void draw(Graphics2D g, BufferedImage image, PaperItem item, int y) {
        if (item instanceof PaperItem.TextLine t) {
            int lineWidth = 0;
            for (Span s : t.spans()) {
                lineWidth += cellWidth(s.text()) * CapabilityProfile.CELL_DOTS * s.widthFactor();
            }
            int x = MARGIN + offset(t.align(), lineWidth);
            int baseline = y + 21 * t.heightFactor();
            for (Span s : t.spans()) {
                Font f = font.deriveFont((float) CapabilityProfile.CELL_HEIGHT_DOTS * s.heightFactor());
                g.setFont(f);
                for (int cp : s.text().codePoints().toArray()) {
                    String ch = new String(Character.toChars(cp));
                    int cell = Math.max(1, cells.columns(cp)) * CapabilityProfile.CELL_DOTS * s.widthFactor();
                    double natural = f.getStringBounds(ch, g.getFontRenderContext()).getWidth();
                    // Scale to the cell: double height alone narrows the glyph; the ROM's 12-dot ANK
                    // glyphs are narrower than IPAex's Latin, so squeeze those into their cell.
                    double sx = (double) s.widthFactor() / s.heightFactor();
                    if (natural * sx > cell - 1 && natural > 0) {
                        sx = (cell - 1) / natural;
                    }
                    double gx = x + Math.max(0, (cell - natural * sx) / 2);
                    for (int pass = 0; pass < (s.bold() ? 2 : 1); pass++) {
                        AffineTransform saved = g.getTransform();
                        g.translate(gx + pass, baseline);
                        g.scale(sx, 1);
                        g.drawString(ch, 0, 0);
                        g.setTransform(saved);
                    }
                    x += cell;
                }
            }
        } else if (item instanceof PaperItem.Raster r) {
            blit(image, r.image(), MARGIN, y);
        } else if (item instanceof PaperItem.QrSymbol q) {
            BitMatrix m = QrRaster.matrix(q.payload(), q.errorCorrection());
            int modules = m.getWidth() - 8;
            int side = modules * q.moduleDots();
            int x0 = MARGIN + offset(q.align(), side);
            for (int my = 0; my < modules; my++) {
                for (int mx = 0; mx < modules; mx++) {
                    if (m.get(mx + 4, my + 4)) {
                        g.fillRect(x0 + mx * q.moduleDots(), y + 4 + my * q.moduleDots(), q.moduleDots(), q.moduleDots());
                    }
                }
            }
        } else if (item instanceof PaperItem.Cut c) {
            g.setColor(Color.GRAY);
            for (int x = 0; x < image.getWidth(); x += 8) {
                g.drawLine(x, y + 12, x + 4, y + 12);
            }
            g.setFont(font.deriveFont(14f)); // never the Graphics default: that is a system font
            g.drawString(c.partial() ? "partial cut" : "full cut", MARGIN, y + 10);
            g.setColor(Color.BLACK);
        }
    }

    private int cellWidth(String text) {
        return text.codePoints().map(cp -> Math.max(1, cells.columns(cp))).sum();
    }

    private int offset(Align align, int width) {
        return switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (profile.dotsPerLine() - width) / 2);
            case RIGHT -> Math.max(0, profile.dotsPerLine() - width);
        };
    }

    private static void blit(BufferedImage target, Bitmap bitmap, int x0, int y0) {
        for (int y = 0; y < bitmap.height(); y++) {
            for (int x = 0; x < bitmap.width(); x++) {
                if (bitmap.isDark(x, y) && x0 + x < target.getWidth()) {
                    target.setRGB(x0 + x, y0 + y, 0xFF000000);
                }
            }
        }
    }
}
