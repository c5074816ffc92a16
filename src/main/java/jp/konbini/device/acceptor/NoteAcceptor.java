package jp.konbini.device.acceptor;

import java.util.List;
import java.util.Set;
import jp.konbini.domain.money.Denomination;

/**
 * A bank-note acceptor, whatever its protocol. Thread-safe: calls are handed to the device's own
 * thread; events arrive on the listener from that thread and must only be queued by the receiver.
 */
public interface NoteAcceptor extends AutoCloseable {

    /** Connects and initialises the device in the background; progress is reported as events. */
    void start();

    /**
     * Starts taking notes for a payment: only {@code notes} are enabled (those not above the
     * amount still due), each escrowed note is put to {@code decider}, and money is recorded
     * against {@code session}.
     */
    void enable(Set<Denomination> notes, NoteSession session, EscrowDecider decider);

    /** Stops taking notes (a note already past escrow still completes). */
    void disable();

    AcceptorStatus status();

    /**
     * The notes the device says it knows, one line each (escrow code, country, value), as read at
     * its start-up; empty before it has answered or from a device that cannot tell.
     */
    default List<String> noteTable() {
        return List.of();
    }

    @Override
    void close();
}
