package jp.konbini.app;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.konbini.device.printer.sim.PaperRenderer;
import jp.konbini.device.printer.sim.PrintedReceipt;
import jp.konbini.domain.money.Denomination;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.ui.demo.DemoControls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's control window acting on the real simulators: notes go into the acceptor simulator
 * (which the kiosk's driver then reads over its pseudo-terminal), paper comes out of the printer
 * simulator, the network switch cuts the kiosk off its central server. Each printed receipt is
 * rendered to a picture, as it would look on the roll.
 */
final class SimulatedDemoControls implements DemoControls, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedDemoControls.class);

    private final SimulatedKiosk kiosk;
    private final PaperRenderer renderer;
    private final List<Consumer<BufferedImage>> receiptListeners = new CopyOnWriteArrayList<>();
    private final Thread receiptWatcher;

    SimulatedDemoControls(SimulatedKiosk kiosk, AwtFonts fonts) {
        this.kiosk = kiosk;
        this.renderer = new PaperRenderer(kiosk.devices().printer().profile(), fonts);
        this.receiptWatcher = new Thread(this::watchReceipts, "demo-receipts");
        receiptWatcher.setDaemon(true);
        receiptWatcher.start();
    }

    @Override
    public void insertNote(Denomination note) {
        kiosk.devices().acceptor().insert(note);
    }

    @Override
    public void jamAcceptor() {
        kiosk.devices().acceptor().jamInAcceptor();
    }

    @Override
    public void clearAcceptorJam() {
        try {
            kiosk.devices().acceptor().clearJam();
        } catch (IllegalStateException noJam) {
            LOG.info("no jam to clear");
        }
    }

    @Override
    public void takePaperOut() {
        kiosk.devices().printer().paperOut();
    }

    @Override
    public void reloadPaper() {
        kiosk.devices().printer().reloadPaper();
    }

    @Override
    public void setNetworkUp(boolean up) {
        kiosk.network().setUp(up);
    }

    @Override
    public boolean networkUp() {
        return kiosk.network().isUp();
    }

    @Override
    public void onReceiptPrinted(Consumer<BufferedImage> receipt) {
        receiptListeners.add(receipt);
    }

    private void watchReceipts() {
        int seen = 0;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                List<PrintedReceipt> receipts = kiosk.devices().printer().paper().awaitReceipts(seen + 1, java.time.Duration.ofSeconds(1));
                for (; seen < receipts.size(); seen++) {
                    BufferedImage picture = renderer.render(receipts.get(seen));
                    for (Consumer<BufferedImage> l : receiptListeners) {
                        l.accept(picture);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("receipt pictures stopped", e);
        }
    }

    @Override
    public void close() {
        receiptWatcher.interrupt();
    }
}
