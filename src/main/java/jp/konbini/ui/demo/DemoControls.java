package jp.konbini.ui.demo;

import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import jp.konbini.domain.money.Denomination;

/**
 * What the demo's control window can do to the simulated devices and network. The composition
 * root implements it with the real simulators (which speak the real byte protocols); the window
 * only calls these methods, off the FX thread, and never touches a device itself.
 */
public interface DemoControls {

    /** A customer pushes this note into the acceptor. */
    void insertNote(Denomination note);

    void jamAcceptor();

    void clearAcceptorJam();

    void takePaperOut();

    void reloadPaper();

    void setNetworkUp(boolean up);

    boolean networkUp();

    /** {@code receipt} hears each receipt the printer simulator prints, as a picture; called on a device thread. */
    void onReceiptPrinted(Consumer<BufferedImage> receipt);
}
