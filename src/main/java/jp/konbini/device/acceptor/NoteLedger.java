package jp.konbini.device.acceptor;

import java.util.List;
import java.util.Optional;
import jp.konbini.domain.money.Yen;

/**
 * Where the acceptor's money goes, durably: every method returns only once its record is on disk.
 * The driver calls {@link #stackSent} before sending STACK, {@link #credited} before ACKing the
 * credit point and {@link #creditAcknowledged} right after the ACK, so a crash at any moment leaves
 * a record from which nothing is lost or doubled.
 */
public interface NoteLedger {

    /** A note of {@code value} is in escrow for {@code session}. */
    PendingNote escrowed(NoteSession session, Yen value);

    /** STACK is about to be sent for {@code note}. */
    PendingNote stackSent(PendingNote note);

    /**
     * The note reached the credit point; durable on return, so the acceptor may be ACKed. Kept short
     * (the acceptor waits): a ledger may write a small record ahead here and its full books in
     * {@link #creditAcknowledged}. False when it was already credited (a repeated VEND VALID).
     */
    boolean credited(PendingNote note);

    /** The ACK for a fresh credit has left: the ledger completes its books, durably, before the credit is announced. */
    void creditAcknowledged(PendingNote note);

    /** The note went back to the customer. */
    void returned(PendingNote note);

    /**
     * Whether the most recent note STACK was sent for is already credited. After a restart at the
     * credit point this tells a repeated VEND VALID (credit on disk, ACK lost in the crash) from one
     * the kiosk has no record of.
     */
    boolean lastStackedNoteCredited();

    /** Notes left unsettled by an earlier run (escrowed or STACK sent, no outcome recorded). */
    List<PendingNote> unsettled();

    /**
     * A case the driver will not guess (a jam after STACK, power-up with a note in the stacker): a
     * record for staff, who count the cash box and settle it. The kiosk takes no cash meanwhile.
     */
    void reconcile(Optional<PendingNote> note, ReconciliationReason reason, String detail);

    /** Whether a reconciliation is waiting for staff. */
    boolean reconciliationPending();
}
