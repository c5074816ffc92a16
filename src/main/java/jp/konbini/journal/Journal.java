package jp.konbini.journal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import jp.konbini.domain.money.Yen;

/**
 * The kiosk's record of money. Every method that changes it returns only once the change is on
 * disk (committed, then fsynced); if that cannot be done it throws
 * {@link JournalUnavailableException} and the caller must not move money on (no ACK, no display).
 */
public interface Journal extends AutoCloseable {

    /** Whether cash may be taken (money rule 5). */
    JournalStatus status();

    /** Opens a top-up: assigns its UUID, sequence number and claim code in one durable transaction. */
    TopUpRecord open(TopUpOrder order);

    /** A note is in escrow for the top-up {@code topUpSeq}. */
    NoteRef escrowed(long topUpSeq, Yen value);

    /** Records that STACK is about to be sent for {@code note}; call before sending it. */
    void stackSent(NoteRef note);

    /**
     * The note reached the credit point: its record is written ahead of the journal rows (one small
     * forced write, decision 0042), so the acceptor may be ACKed when this returns. False when the
     * note is already credited (a repeated VEND VALID). {@link #credited} must follow; if the kiosk
     * stops in between, the journal credits the note when it next opens.
     */
    boolean creditPoint(NoteRef note);

    /** The note's credit in the journal rows. Idempotent: a repeat is answered as a duplicate. */
    Credit credited(NoteRef note);

    /** The note went back to the customer. */
    void returned(NoteRef note);

    /** The paid top-up is complete and queued for the central server. */
    TopUpRecord complete(long topUpSeq);

    /** The customer cancelled before any note was credited. */
    TopUpRecord cancel(long topUpSeq);

    /** The session ended with cash in but no purchase; the money is held under the claim code. */
    TopUpRecord abandon(long topUpSeq);

    /** Notes in the acceptor with no outcome recorded (escrowed, or STACK sent), over all top-ups. */
    List<NoteRecord> unsettledNotes();

    /** The most recent note STACK was sent for (whatever became of it since), if any. */
    Optional<NoteRecord> lastStackedNote();

    /** Records a note whose fate staff must settle; the kiosk takes no cash while one is open. */
    Reconciliation openReconciliation(OptionalLong noteId, String reason, String detail);

    List<Reconciliation> openReconciliations();

    /** Settles a reconciliation with what staff found in the cash box. */
    Reconciliation resolveReconciliation(long id, Reconciliation.Resolution resolution, String resolvedBy);

    Optional<TopUpRecord> topUp(long seq);

    /** Top-ups matching {@code query}, newest first (maintenance mode's transaction search). */
    List<TopUpRecord> findTopUps(TopUpQuery query);

    List<NoteRecord> notes(long topUpSeq);

    List<MoneyEvent> events(long topUpSeq);

    /** Records, before its first byte is sent, that a receipt is being printed. */
    PrintJobRecord printStarted(PrintJobOrder order);

    /** The printer reported the job printed and cut. */
    PrintJobRecord printFinished(long jobId);

    /** The job did not print completely; {@code problem} is the printer's reason. */
    PrintJobRecord printFailed(long jobId, String problem, String detail);

    /** Every print job of a top-up, oldest first. */
    List<PrintJobRecord> printJobs(long topUpSeq);

    /** The latest job of each top-up whose receipt has not come out whole (failed, or interrupted by a crash). */
    List<PrintJobRecord> unprintedReceipts();

    /**
     * Ended top-ups with cash in that have no receipt job at all: the kiosk stopped between the end
     * of the session and the start of its receipt. Oldest first.
     */
    List<TopUpRecord> receiptsOwed();

    /** What an earlier run left unfinished; nothing is changed by asking. */
    RecoveryReport recoveryReport();

    @Override
    void close();
}
