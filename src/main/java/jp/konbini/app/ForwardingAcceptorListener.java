package jp.konbini.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorListener;

/**
 * The acceptor driver takes its listener when it is built, and the flow takes the driver when it is
 * built: this breaks the circle. Events before the flow is connected are only logged; the driver
 * is not started before then, so none carries money.
 */
final class ForwardingAcceptorListener implements AcceptorListener {

    private volatile AcceptorListener target = event -> org.slf4j.LoggerFactory.getLogger(ForwardingAcceptorListener.class)
            .info("acceptor event before the flow was connected: {}", event);

    private final List<AcceptorListener> also = new CopyOnWriteArrayList<>();

    void connect(AcceptorListener listener) {
        this.target = listener;
    }

    /** Another listener that hears every event after the flow (maintenance mode's note test). */
    void alsoTo(AcceptorListener listener) {
        also.add(listener);
    }

    @Override
    public void on(AcceptorEvent event) {
        target.on(event);
        also.forEach(l -> l.on(event));
    }
}
