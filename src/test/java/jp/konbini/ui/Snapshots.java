package jp.konbini.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Scene pictures for people to look at: snapshot on the FX thread, pixels into a BufferedImage, PNG (no javafx-swing needed). */
final class Snapshots {

    static final Path ROOT = Path.of("target", "screenshots");
    /** PNG encoding is the slow part of a screenshot; it runs beside the test, which waits for it at the end of the class. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "screenshot-writer");
        t.setDaemon(true);
        return t;
    });
    private static final List<Future<?>> PENDING = new CopyOnWriteArrayList<>();

    private Snapshots() {
    }

    /** The scene's pixels now (FX thread). */
    static BufferedImage take(Scene scene) {
        WritableImage fx = scene.snapshot(null);
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        int[] argb = new int[w * h];
        PixelReader reader = fx.getPixelReader();
        reader.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, w, h, argb, 0, w);
        return image;
    }

    static void writeLater(BufferedImage image, String orientation, String language, String name) {
        PENDING.add(WRITER.submit(() -> write(image, orientation, language, name)));
    }

    /** Waits for every PNG still being written, and fails if one could not be. */
    static void awaitWritten() throws Exception {
        for (Future<?> f : PENDING) {
            f.get(60, TimeUnit.SECONDS);
        }
        PENDING.clear();
    }

    static Path write(BufferedImage image, String orientation, String language, String name) {
        Path file = ROOT.resolve(orientation).resolve(language).resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
