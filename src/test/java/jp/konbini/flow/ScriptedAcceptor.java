package jp.konbini.flow;

import java.util.Optional;
import java.util.Set;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorListener;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.device.acceptor.NoteAcceptor;
import jp.konbini.device.acceptor.NoteLedger;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.acceptor.PendingNote;
import jp.konbini.device.acceptor.ReconciliationReason;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * A note acceptor the test moves by hand, keeping the driver's contract: the ledger is written
 * (durably, the real journal's ledger) before each event, escrowed notes go to the flow's decider,
 * a note the acceptor was not told to take is refused, and status changes are reported. The
 * real driver is tested against the byte-level simulator; here the flow is under test.
 */
public final class ScriptedAcceptor implements NoteAcceptor {

    private final NoteLedger ledger;
    private AcceptorListener listener = e -> { };
    private Set<Denomination> enabled = Set.of();
    private NoteSession session;
    private EscrowDecider decider;
    private AcceptorStatus status = AcceptorStatus.of(AcceptorState.CONNECTING);
    private int started;
    private long lastSession = -1;
    private boolean readyOnStart = true;

    ScriptedAcceptor(NoteLedger ledger) {
        this.ledger = ledger;
    }

    public void connect(AcceptorListener l) {
        this.listener = l;
    }

    /** A note held in escrow, its decision not yet asked. */
    public final class Escrow {
        private final PendingNote note;
        /** The decider of the payment the note arrived in, as the driver keeps it. */
        private final EscrowDecider asked;

        private Escrow(PendingNote note, EscrowDecider asked) {
            this.note = note;
            this.asked = asked;
        }

        /** Asks the decider, as the driver does, and stacks (credits) or returns the note. */
        public EscrowDecider.Decision decide() {
            EscrowDecider.Decision d = asked.decide(note.value());
            if (d == EscrowDecider.Decision.STACK) {
                PendingNote stacking = ledger.stackSent(note);
                if (ledger.credited(stacking)) {
                    ledger.creditAcknowledged(stacking);
                    listener.on(new AcceptorEvent.Credited(note.value()));
                }
            } else {
                ledger.returned(note);
                listener.on(new AcceptorEvent.Returned(note.value()));
            }
            setState(enabledState());
            return d;
        }

        /** STACK was decided, then the stacker jammed: the driver never guesses, it asks staff. */
        public void stackThenJam() {
            if (asked.decide(note.value()) != EscrowDecider.Decision.STACK) {
                throw new IllegalStateException("the decider did not stack " + note.value());
            }
            PendingNote stacking = ledger.stackSent(note);
            ledger.reconcile(Optional.of(stacking), ReconciliationReason.JAM_IN_STACKER_AFTER_STACK, "stacker jam after STACK (test)");
            listener.on(new AcceptorEvent.Fault(FaultKind.RECONCILIATION_PENDING, "stacker jam after STACK"));
            status = new AcceptorStatus(AcceptorState.OUT_OF_SERVICE, Optional.of(FaultKind.RECONCILIATION_PENDING), "jam", Optional.empty());
            listener.on(new AcceptorEvent.StatusChanged(status));
        }
    }

    /** The customer pushes in a note; it reaches escrow (or is refused when not enabled). */
    public Optional<Escrow> escrow(Denomination note) {
        if (session == null || !enabled.contains(note) || !status.canTakeNotes()) {
            listener.on(new AcceptorEvent.Rejected("inhibited"));
            return Optional.empty();
        }
        setState(AcceptorState.NOTE_IN_PROGRESS);
        PendingNote pending = ledger.escrowed(session, note.value());
        listener.on(new AcceptorEvent.Escrowed(note.value()));
        return Optional.of(new Escrow(pending, decider));
    }

    /** A whole note: escrow and decision. Empty when refused before escrow. */
    public Optional<EscrowDecider.Decision> insert(Denomination note) {
        return escrow(note).map(Escrow::decide);
    }

    /** A counterfeit or worn note: refused by the acceptor itself. */
    public void rejectNote() {
        listener.on(new AcceptorEvent.Rejected("validation"));
    }

    public void fault(FaultKind kind) {
        listener.on(new AcceptorEvent.Fault(kind, "test"));
        setStatus(new AcceptorStatus(AcceptorState.OUT_OF_SERVICE, Optional.of(kind), "test", Optional.empty()));
    }

    public void recover() {
        setState(enabledState());
    }

    public Set<Denomination> enabled() {
        return enabled;
    }

    /** The acceptor stays connecting after start (powered off, not cabled) until {@link #recover()}. */
    public void notReadyOnStart() {
        readyOnStart = false;
    }

    /** The escrow decider the acceptor was last enabled with (null while disabled). */
    public EscrowDecider decider() {
        return decider;
    }

    /** The top-up the acceptor was last enabled for. */
    public long lastSession() {
        return lastSession;
    }

    public int starts() {
        return started;
    }

    private AcceptorState enabledState() {
        return session != null ? AcceptorState.ENABLED : AcceptorState.INHIBITED;
    }

    private void setState(AcceptorState s) {
        setStatus(AcceptorStatus.of(s));
    }

    private void setStatus(AcceptorStatus s) {
        if (!s.equals(status)) {
            status = s;
            listener.on(new AcceptorEvent.StatusChanged(s));
        }
    }

    @Override
    public void start() {
        started++;
        if (readyOnStart) {
            setState(AcceptorState.INHIBITED);
        }
    }

    @Override
    public void enable(Set<Denomination> notes, NoteSession s, EscrowDecider d) {
        enabled = Set.copyOf(notes);
        session = s;
        lastSession = s.id();
        decider = d;
        if (status.canTakeNotes() && status.state() != AcceptorState.NOTE_IN_PROGRESS) {
            setState(AcceptorState.ENABLED);
        }
    }

    @Override
    public void disable() {
        enabled = Set.of();
        session = null;
        decider = null;
        if (status.canTakeNotes() && status.state() != AcceptorState.NOTE_IN_PROGRESS) {
            setState(AcceptorState.INHIBITED);
        }
    }

    @Override
    public AcceptorStatus status() {
        return status;
    }

    @Override
    public void close() {
    }
}
