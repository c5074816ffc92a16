package jp.konbini.journal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;
import jp.konbini.device.acceptor.LedgerUnavailableException;
import jp.konbini.device.acceptor.NoteLedger;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.acceptor.PendingNote;
import jp.konbini.device.acceptor.ReconciliationReason;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteState;

/**
 * The acceptor's ledger is the journal: a note session is a top-up (its sequence number), and each
 * call is one durable journal write. A journal that cannot write makes the driver stop, never guess.
 */
public final class JournalNoteLedger implements NoteLedger {

    private final Journal journal;

    public JournalNoteLedger(Journal journal) {
        this.journal = journal;
    }

    @Override
    public PendingNote escrowed(NoteSession session, Yen value) {
        NoteRef ref = durably(() -> journal.escrowed(session.id(), value));
        return new PendingNote(ref.id(), ref.topUpSeq(), ref.value(), PendingNote.Stage.ESCROWED);
    }

    @Override
    public PendingNote stackSent(PendingNote note) {
        durably(() -> {
            journal.stackSent(ref(note));
            return null;
        });
        return new PendingNote(note.id(), note.sessionId(), note.value(), PendingNote.Stage.STACK_SENT);
    }

    @Override
    public boolean credited(PendingNote note) {
        return durably(() -> journal.creditPoint(ref(note)));
    }

    @Override
    public void creditAcknowledged(PendingNote note) {
        durably(() -> journal.credited(ref(note)));
    }

    @Override
    public void returned(PendingNote note) {
        durably(() -> {
            journal.returned(ref(note));
            return null;
        });
    }

    @Override
    public boolean lastStackedNoteCredited() {
        return durably(journal::lastStackedNote).map(n -> n.state() == NoteState.CREDITED).orElse(false);
    }

    @Override
    public List<PendingNote> unsettled() {
        return durably(journal::unsettledNotes).stream()
                .map(n -> new PendingNote(n.id(), n.topUpSeq(), n.value(),
                        n.state() == NoteState.STACKING ? PendingNote.Stage.STACK_SENT : PendingNote.Stage.ESCROWED))
                .toList();
    }

    @Override
    public void reconcile(Optional<PendingNote> note, ReconciliationReason reason, String detail) {
        durably(() -> journal.openReconciliation(
                note.map(n -> OptionalLong.of(n.id())).orElse(OptionalLong.empty()), reason.name(), detail));
    }

    @Override
    public boolean reconciliationPending() {
        return !durably(journal::openReconciliations).isEmpty();
    }

    private static NoteRef ref(PendingNote note) {
        return new NoteRef(note.id(), note.sessionId(), note.value());
    }

    private static <T> T durably(Supplier<T> call) {
        try {
            return call.get();
        } catch (JournalUnavailableException e) {
            throw new LedgerUnavailableException(e.getMessage(), e);
        }
    }
}
