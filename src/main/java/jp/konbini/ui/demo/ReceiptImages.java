package jp.konbini.ui.demo;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** A printed receipt's picture for JavaFX, copied pixel by pixel (no javafx-swing needed). */
final class ReceiptImages {

    private ReceiptImages() {
    }

    static Image toFx(BufferedImage receipt) {
        int w = receipt.getWidth();
        int h = receipt.getHeight();
        int[] argb = receipt.getRGB(0, 0, w, h, null, 0, w);
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }
}
