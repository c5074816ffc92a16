package jp.konbini.device.printer.escpos;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.util.Map;
import jp.konbini.device.printer.Bitmap;

/**
 * A QR code drawn on the host for printers without {@code GS ( k}: model 2 with a 4-module quiet
 * zone, each module {@code moduleDots} square, centred in the print width.
 */
public final class QrRaster {

    private QrRaster() {
    }

    public static Bitmap render(String payload, QrErrorCorrection level, int moduleDots, int widthDots) {
        BitMatrix m = matrix(payload, level);
        int side = m.getWidth() * moduleDots;
        if (side > widthDots) {
            throw new IllegalArgumentException("QR code of " + m.getWidth() + " modules at " + moduleDots + " dots is wider than " + widthDots);
        }
        int left = (widthDots - side) / 2;
        int stride = Bitmap.bytesPerRow(widthDots);
        byte[] data = new byte[stride * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (m.get(x / moduleDots, y / moduleDots)) {
                    int px = left + x;
                    data[y * stride + px / 8] |= (byte) (0x80 >>> (px % 8));
                }
            }
        }
        return Bitmap.ofPacked(widthDots, side, data);
    }

    /** The modules, quiet zone included (4 modules each side). */
    public static BitMatrix matrix(String payload, QrErrorCorrection level) {
        try {
            return new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, level.zxing(), EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode QR payload " + payload, e);
        }
    }
}
