package jp.konbini.ui.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.konbini.domain.money.Denomination;
import jp.konbini.ui.FxToolkit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The control window calls the simulators for each button (off the FX thread) and shows printed receipts, latest first. */
class ControlWindowTest {

    static Stage stage;

    @BeforeAll
    static void stage() throws TimeoutException {
        stage = org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    static final class Recorder implements DemoControls {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        volatile boolean up = true;
        volatile Consumer<BufferedImage> receipts;

        private void call(String what) {
            calls.add(what);
            onFxThread.add(javafx.application.Platform.isFxApplicationThread());
        }

        @Override
        public void insertNote(Denomination note) {
            call("note " + note.value().amount());
        }

        @Override
        public void jamAcceptor() {
            call("jam");
        }

        @Override
        public void clearAcceptorJam() {
            call("clear");
        }

        @Override
        public void takePaperOut() {
            call("paper out");
        }

        @Override
        public void reloadPaper() {
            call("reload");
        }

        @Override
        public void setNetworkUp(boolean on) {
            call("network " + on);
            up = on;
        }

        @Override
        public boolean networkUp() {
            return up;
        }

        @Override
        public void onReceiptPrinted(Consumer<BufferedImage> receipt) {
            receipts = receipt;
        }
    }

    @Test
    void eachButtonCallsItsSimulatorAndReceiptsShowLatestFirst() throws Exception {
        Recorder controls = new Recorder();
        FxToolkit.onFxThread(() -> {
            new ControlWindow(controls).show(stage);
            return null;
        });
        FxRobot robot = new FxRobot();
        for (String id : List.of("demo-note-1000", "demo-note-10000", "demo-jam", "demo-clear-jam", "demo-paper-out", "demo-paper-in",
                "demo-network")) {
            robot.clickOn("#" + id);
        }
        awaitCalls(controls, 7);
        assertEquals(List.of("note 1000", "note 10000", "jam", "clear", "paper out", "reload", "network false"), controls.calls);
        assertTrue(controls.onFxThread.stream().noneMatch(b -> b), "device calls never run on the FX thread");

        controls.receipts.accept(receipt(Color.BLACK));
        controls.receipts.accept(receipt(Color.GRAY));
        FxToolkit.onFxThread(() -> null);
        VBox shown = (VBox) robot.lookup("#demo-receipts").query();
        assertEquals(2, FxToolkit.onFxThread(() -> shown.getChildren().size()));
        WritableImage picture = FxToolkit.onFxThread(() -> stage.getScene().snapshot(null));
        File out = new File("target/screenshots/demo/control-window.png");
        out.getParentFile().mkdirs();
        int w = (int) picture.getWidth();
        int h = (int) picture.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, picture.getPixelReader().getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", out);
        Node latest = FxToolkit.onFxThread(() -> shown.getChildren().get(0));
        int grey = FxToolkit.onFxThread(() -> ((javafx.scene.image.ImageView) latest).getImage().getPixelReader().getArgb(20, 5));
        assertEquals(Color.GRAY.getRGB(), grey, "the latest receipt is on top");
    }

    private static BufferedImage receipt(Color ink) {
        BufferedImage image = new BufferedImage(576, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 576, 300);
        g.setColor(ink);
        g.fillRect(0, 0, 576, 40);
        g.dispose();
        return image;
    }

    private static void awaitCalls(Recorder r, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (r.calls.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }
}
