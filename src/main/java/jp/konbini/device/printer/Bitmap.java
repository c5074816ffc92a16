package jp.konbini.device.printer;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A 1-bit image as thermal printers take it: rows top to bottom, each row packed into bytes with
 * the most significant bit the leftmost dot, 1 = black. Immutable.
 */
public final class Bitmap {

    private final int width;
    private final int height;
    private final byte[] packed;

    private Bitmap(int width, int height, byte[] packed) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("a bitmap has dots: " + width + "x" + height);
        }
        if (packed.length != bytesPerRow(width) * height) {
            throw new IllegalArgumentException("expected " + bytesPerRow(width) * height + " bytes, got " + packed.length);
        }
        this.width = width;
        this.height = height;
        this.packed = packed;
    }

    /** From packed rows (copied). */
    public static Bitmap ofPacked(int width, int height, byte[] packed) {
        return new Bitmap(width, height, packed.clone());
    }

    /** Dark where {@code image} is darker than mid-grey (alpha ignored). */
    public static Bitmap fromImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int stride = bytesPerRow(w);
        byte[] data = new byte[stride * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                int luminance = (299 * ((rgb >> 16) & 0xFF) + 587 * ((rgb >> 8) & 0xFF) + 114 * (rgb & 0xFF)) / 1000;
                if (luminance < 128) {
                    data[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new Bitmap(w, h, data);
    }

    public static int bytesPerRow(int width) {
        return (width + 7) / 8;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int bytesPerRow() {
        return bytesPerRow(width);
    }

    public boolean isDark(int x, int y) {
        return (packed[y * bytesPerRow() + x / 8] & (0x80 >>> (x % 8))) != 0;
    }

    /** The packed rows {@code fromRow} (inclusive) to {@code toRow} (exclusive), copied. */
    public byte[] packedRows(int fromRow, int toRow) {
        return Arrays.copyOfRange(packed, fromRow * bytesPerRow(), toRow * bytesPerRow());
    }

    /** Rows {@code fromRow} to {@code toRow} as a bitmap of their own. */
    public Bitmap rows(int fromRow, int toRow) {
        return new Bitmap(width, toRow - fromRow, packedRows(fromRow, toRow));
    }

    public boolean isBlank() {
        for (byte b : packed) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Black on white, one pixel per dot. */
    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, isDark(x, y) ? 0xFF000000 : 0xFFFFFFFF);
            }
        }
        return image;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bitmap other && other.width == width && other.height == height && Arrays.equals(other.packed, packed);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(packed);
    }

    @Override
    public String toString() {
        return "Bitmap[" + width + "x" + height + "]";
    }
}
