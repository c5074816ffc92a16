package jp.konbini.device.acceptor;

import java.util.List;
import java.util.Optional;
import jp.konbini.domain.money.Yen;

/** A ledger that hands every call to another; a subclass overrides only what it adds (a guard, a timer). */
public abstract class ForwardingNoteLedger implements NoteLedger {

    private final NoteLedger delegate;

    protected ForwardingNoteLedger(NoteLedger delegate) {
        this.delegate = delegate;
    }

    @Override
    public PendingNote escrowed(NoteSession session, Yen value) {
        return delegate.escrowed(session, value);
    }

    @Override
    public PendingNote stackSent(PendingNote note) {
        return delegate.stackSent(note);
    }

    @Override
    public boolean credited(PendingNote note) {
        return delegate.credited(note);
    }

    @Override
    public void creditAcknowledged(PendingNote note) {
        delegate.creditAcknowledged(note);
    }

    @Override
    public void returned(PendingNote note) {
        delegate.returned(note);
    }

    @Override
    public boolean lastStackedNoteCredited() {
        return delegate.lastStackedNoteCredited();
    }

    @Override
    public List<PendingNote> unsettled() {
        return delegate.unsettled();
    }

    @Override
    public void reconcile(Optional<PendingNote> note, ReconciliationReason reason, String detail) {
        delegate.reconcile(note, reason, detail);
    }

    @Override
    public boolean reconciliationPending() {
        return delegate.reconciliationPending();
    }
}
