package jp.konbini.ui.demo;

import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import jp.konbini.domain.money.Denomination;
import jp.konbini.ui.UiFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's simulator control panel, a small window beside the kiosk: insert a note, jam and
 * clear the acceptor, take the paper out and put it back, cut and restore the network, and the
 * receipts printed so far as pictures (latest first). Staff text, English and Japanese, from the
 * {@code controls} bundle. Device calls run on the window's own thread: the FX thread never waits.
 */
public final class ControlWindow {

    private static final Logger LOG = LoggerFactory.getLogger(ControlWindow.class);
    /** Receipts kept on screen; older ones are dropped so a long demo does not grow without end. */
    private static final int RECEIPTS_KEPT = 30;

    private final DemoControls controls;
    private final ResourceBundle texts = ResourceBundle.getBundle("jp.konbini.ui.demo.controls");
    private final ExecutorService devices = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-controls");
        t.setDaemon(true);
        return t;
    });
    private final VBox receipts = new VBox(12);
    private final Label network = new Label();
    private final Button networkToggle = new Button();

    public ControlWindow(DemoControls controls) {
        this.controls = Objects.requireNonNull(controls, "controls");
    }

    /** Builds the window on {@code stage} and shows it (FX thread). */
    public void show(Stage stage) {
        UiFonts.ensureLoaded();
        FlowPane notes = row();
        for (Denomination d : Denomination.values()) {
            Button b = new Button(d.value().format());
            b.setId("demo-note-" + d.value().amount());
            b.setOnAction(e -> run(() -> controls.insertNote(d)));
            notes.getChildren().add(b);
        }
        FlowPane acceptor = row(button("demo-jam", "acceptor.jam", controls::jamAcceptor),
                button("demo-clear-jam", "acceptor.clear", controls::clearAcceptorJam));
        FlowPane printer = row(button("demo-paper-out", "printer.paper-out", controls::takePaperOut),
                button("demo-paper-in", "printer.reload", controls::reloadPaper));
        networkToggle.setId("demo-network");
        networkToggle.setOnAction(e -> run(() -> {
            controls.setNetworkUp(!controls.networkUp());
            showNetwork();
        }));
        FlowPane net = row(networkToggle, network);
        ScrollPane scroll = new ScrollPane(receipts);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        VBox root = new VBox(10,
                heading("notes"), notes,
                heading("acceptor"), acceptor,
                heading("printer"), printer,
                heading("network"), net,
                heading("receipts"), scroll);
        root.setPadding(new Insets(14));
        root.getStyleClass().add("demo-controls");
        root.setStyle("-fx-font-family: 'IPAexGothic'; -fx-font-size: 15px;");
        receipts.setId("demo-receipts");
        controls.onReceiptPrinted(this::printed);
        run(this::showNetwork);
        stage.setTitle(texts.getString("title"));
        stage.setScene(new Scene(root, 480, 820));
        stage.show();
    }

    private void printed(BufferedImage receipt) {
        Platform.runLater(() -> {
            ImageView view = new ImageView(ReceiptImages.toFx(receipt));
            view.setPreserveRatio(true);
            view.setFitWidth(380);
            view.setSmooth(true);
            receipts.getChildren().add(0, view);
            if (receipts.getChildren().size() > RECEIPTS_KEPT) {
                receipts.getChildren().remove(RECEIPTS_KEPT, receipts.getChildren().size());
            }
        });
    }

    /** Reads the network state on the device thread, shows it on the FX thread. */
    private void showNetwork() {
        boolean up = controls.networkUp();
        Platform.runLater(() -> {
            network.setText(texts.getString(up ? "network.up" : "network.down"));
            networkToggle.setText(texts.getString(up ? "network.cut" : "network.restore"));
        });
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(texts.getString(key));
        b.setId(id);
        b.setOnAction(e -> run(action));
        return b;
    }

    private Label heading(String key) {
        Label l = new Label(texts.getString(key));
        l.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        l.setWrapText(true);
        return l;
    }

    private static FlowPane row(Node... nodes) {
        return new FlowPane(8, 8, nodes);
    }

    private void run(Runnable action) {
        devices.execute(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("demo control failed", e);
            }
        });
    }
}
