package jp.konbini.device.acceptor;

/** Receives acceptor events on the device thread; must only hand them on (queue), never block. */
@FunctionalInterface
public interface AcceptorListener {
    void on(AcceptorEvent event);
}
