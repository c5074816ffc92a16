package jp.konbini.device.acceptor;

import jp.konbini.domain.money.Yen;

/** What the acceptor reports, in neutral words. */
public sealed interface AcceptorEvent {

    /** A note of {@code value} is held in escrow (not money yet). */
    record Escrowed(Yen value) implements AcceptorEvent {
    }

    /** A note reached the credit point and is recorded: it is money. Reported once per note. */
    record Credited(Yen value) implements AcceptorEvent {
    }

    /** The acceptor refused a note (it goes back to the customer). */
    record Rejected(String reason) implements AcceptorEvent {
    }

    /** A note that was in escrow went back to the customer. */
    record Returned(Yen value) implements AcceptorEvent {
    }

    /** The acceptor cannot take notes: {@code kind} says why. */
    record Fault(FaultKind kind, String detail) implements AcceptorEvent {
    }

    /** The acceptor's state changed. */
    record StatusChanged(AcceptorStatus status) implements AcceptorEvent {
    }
}
