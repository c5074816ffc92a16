package jp.konbini.device.acceptor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.konbini.domain.money.Yen;

/**
 * A {@link NoteLedger} that keeps its records in memory only: for technician tests without a
 * journal (nothing survives the process, and the command says so) and for driver tests, which pass
 * a timeline to see each record in order with the bytes on the wire.
 */
public final class InMemoryNoteLedger implements NoteLedger {

    private final List<PendingNote> notes = new ArrayList<>();
    private final List<Long> credited = new ArrayList<>();
    private final List<Long> returned = new ArrayList<>();
    private final List<String> reconciliations = new CopyOnWriteArrayList<>();
    private final Consumer<String> timeline;
    private volatile boolean failing;
    private volatile boolean booksFailing;
    private long nextId = 1;

    public InMemoryNoteLedger(Consumer<String> timeline) {
        this.timeline = timeline;
    }

    public InMemoryNoteLedger() {
        this(entry -> { });
    }

    /** From now on every write fails, as a full disk would make it (for tests of the driver's refusal). */
    public void failFromNowOn() {
        failing = true;
    }

    /** From now on a credit point is still recorded, but completing the books after the ACK fails. */
    public void failBooksFromNowOn() {
        booksFailing = true;
    }

    @Override
    public synchronized PendingNote escrowed(NoteSession session, Yen value) {
        check();
        PendingNote note = new PendingNote(nextId++, session.id(), value, PendingNote.Stage.ESCROWED);
        notes.add(note);
        timeline.accept("ledger escrowed " + note.id() + " " + value.amount());
        return note;
    }

    @Override
    public synchronized PendingNote stackSent(PendingNote note) {
        check();
        PendingNote sent = new PendingNote(note.id(), note.sessionId(), note.value(), PendingNote.Stage.STACK_SENT);
        notes.set(indexOf(note), sent);
        timeline.accept("ledger stack-sent " + note.id());
        return sent;
    }

    @Override
    public synchronized boolean credited(PendingNote note) {
        check();
        if (credited.contains(note.id())) {
            return false;
        }
        if (notes.get(indexOf(note)).stage() != PendingNote.Stage.STACK_SENT) {
            throw new IllegalStateException("credit without STACK recorded: " + note);
        }
        credited.add(note.id());
        timeline.accept("ledger credited " + note.id() + " " + note.value().amount());
        return true;
    }

    @Override
    public synchronized void creditAcknowledged(PendingNote note) {
        check();
        if (booksFailing) {
            throw new LedgerUnavailableException("the ledger was told to fail after the credit point", null);
        }
        if (!credited.contains(note.id())) {
            throw new IllegalStateException("books completed for a note never credited: " + note);
        }
        timeline.accept("ledger books " + note.id());
    }

    @Override
    public synchronized void returned(PendingNote note) {
        check();
        if (credited.contains(note.id()) || returned.contains(note.id())) {
            throw new IllegalStateException("note settled twice: " + note);
        }
        returned.add(note.id());
        timeline.accept("ledger returned " + note.id());
    }

    @Override
    public synchronized boolean lastStackedNoteCredited() {
        for (int i = notes.size() - 1; i >= 0; i--) {
            if (notes.get(i).stage() == PendingNote.Stage.STACK_SENT) {
                return credited.contains(notes.get(i).id());
            }
        }
        return false;
    }

    @Override
    public synchronized List<PendingNote> unsettled() {
        return notes.stream().filter(n -> !credited.contains(n.id()) && !returned.contains(n.id())).toList();
    }

    @Override
    public synchronized void reconcile(Optional<PendingNote> note, ReconciliationReason reason, String detail) {
        check();
        reconciliations.add(reason + " " + note.map(n -> String.valueOf(n.id())).orElse("-"));
        note.ifPresent(n -> returned.add(n.id())); // out of the driver's hands until staff settle it
        timeline.accept("ledger reconcile " + reason);
    }

    @Override
    public boolean reconciliationPending() {
        return !reconciliations.isEmpty();
    }

    public void settleReconciliations() {
        reconciliations.clear();
    }

    public synchronized Yen creditedTotal() {
        return notes.stream().filter(n -> credited.contains(n.id())).map(PendingNote::value).reduce(Yen.ZERO, Yen::plus);
    }

    public synchronized List<Yen> creditedNotes() {
        return notes.stream().filter(n -> credited.contains(n.id())).map(PendingNote::value).toList();
    }

    public synchronized int returnedCount() {
        return returned.size();
    }

    public List<String> reconciliations() {
        return List.copyOf(reconciliations);
    }

    private int indexOf(PendingNote note) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id() == note.id()) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown note " + note);
    }

    private void check() {
        if (failing) {
            throw new LedgerUnavailableException("the ledger was told to fail", null);
        }
    }
}
