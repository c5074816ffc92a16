package jp.konbini.flow;

import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.domain.money.Yen;

/**
 * Decides each note in escrow on the acceptor's thread, at once (money rule 7): a note is taken
 * only while the session is taking cash and only when it is not above what is still due, counting
 * the note already on its way to the stacker. It learns of credits from the acceptor's events on
 * that same thread, before the flow does, so two notes in quick succession can never overpay.
 */
final class PaymentGate implements EscrowDecider {

    private Yen price = Yen.ZERO;
    private Yen credited = Yen.ZERO;
    private Yen inFlight = Yen.ZERO;
    private boolean open;

    /** Starts taking cash for a top-up of {@code price} that has {@code alreadyCredited} in. */
    synchronized void open(Yen price, Yen alreadyCredited) {
        this.price = price;
        this.credited = alreadyCredited;
        this.inFlight = Yen.ZERO;
        this.open = true;
    }

    /** Takes no more notes: every later escrow is returned (cancel, timeout, paid, fault). */
    synchronized void close() {
        open = false;
    }

    /** Takes notes again for the same top-up (the customer chose to go on paying). */
    synchronized void reopen() {
        open = true;
    }

    synchronized boolean isOpen() {
        return open;
    }

    /** What the acceptor has credited to this top-up, as its events said. */
    synchronized Yen credited() {
        return credited;
    }

    /** Whether a note the gate sent to the stacker has not been reported credited or back yet. */
    synchronized boolean noteInFlight() {
        return inFlight.isPositive();
    }

    @Override
    public synchronized Decision decide(Yen value) {
        if (!open) {
            return Decision.RETURN;
        }
        Yen due = price.minus(credited).minus(inFlight);
        if (value.isGreaterThan(due)) {
            return Decision.RETURN;
        }
        inFlight = value;
        return Decision.STACK;
    }

    /** Called on the acceptor's thread for every event, before the flow queues it. */
    synchronized void observe(AcceptorEvent event) {
        if (event instanceof AcceptorEvent.Credited c) {
            credited = credited.plus(c.value());
            inFlight = Yen.ZERO;
        } else if (event instanceof AcceptorEvent.Returned || event instanceof AcceptorEvent.Rejected) {
            inFlight = Yen.ZERO;
        }
    }
}
