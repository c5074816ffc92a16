package jp.konbini.device.acceptor.id003;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorListener;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.device.acceptor.NoteLedger;
import jp.konbini.device.acceptor.PendingNote;
import jp.konbini.device.acceptor.ReconciliationReason;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credit rule of one connected acceptor (reference §1.8, money rules 1–2):
 * <ul>
 * <li>a note in escrow is recorded, then either STACK is recorded as sent <em>before</em> STACK
 *     goes out, or it is returned;</li>
 * <li>at VEND VALID the credit is recorded (committed and fsynced) <em>before</em> the ACK, and
 *     every repeated VEND VALID is ACKed again without a second credit;</li>
 * <li>nothing is credited at escrow, and nothing waits for STACKED (it may never be seen);</li>
 * <li>what cannot be known (a jam or power loss after STACK, power-up with a note inside, a credit
 *     point without a pending note) becomes a reconciliation record for staff and the acceptor
 *     stops taking notes.</li>
 * </ul>
 * Statuses repeat on every poll; each is acted on idempotently and reported once.
 */
final class Id003NoteHandler {

    private static final Logger log = LoggerFactory.getLogger(Id003NoteHandler.class);

    private final Id003Link link;
    private final CurrencyTable table;
    private final NoteLedger ledger;
    private final AcceptorListener listener;
    private final Id003Command stackCommand;
    private final String firmware;

    /** The note in the acceptor, as the ledger knows it; null when none. */
    private PendingNote pending;
    private boolean pendingCredited;
    private boolean returnSent;
    private Id003Acceptor.Payment payment;
    private DeviceStatus last;
    private FaultKind deviceFault;
    private String faultDetail = "";
    private boolean reconciliationPending;
    private String ledgerFailure;

    Id003NoteHandler(Id003Link link, CurrencyTable table, NoteLedger ledger, AcceptorListener listener,
                     Id003Command stackCommand, String firmware) {
        this.link = link;
        this.table = table;
        this.ledger = ledger;
        this.listener = listener;
        this.stackCommand = stackCommand;
        this.firmware = firmware;
        this.reconciliationPending = ledger.reconciliationPending();
        if (table.hasForeignCurrency() || table.yenNotes().isEmpty()) {
            fault(FaultKind.WRONG_CURRENCY, "currency table " + table.entries());
        }
    }

    CurrencyTable table() {
        return table;
    }

    /**
     * Settles the notes an earlier run (or the acceptor's power cut) left open, from what the
     * acceptor says now. A note may be picked up where it was (still in escrow, or at the credit
     * point); one the acceptor can no longer be holding went back, unless it may have reached the
     * cash box, which staff decide.
     */
    void recoverUnsettled(Optional<Id003Status> powerUp, DeviceStatus now) {
        List<PendingNote> open = ledger.unsettled().stream().sorted(Comparator.comparingLong(PendingNote::id)).toList();
        boolean noteInFlight = powerUp.isEmpty() && (now.status() == Id003Status.ESCROW || now.status() == Id003Status.STACKING
                || now.status() == Id003Status.VEND_VALID || now.status() == Id003Status.HOLDING);
        boolean noteInsideReconciled = false;
        for (int i = 0; i < open.size(); i++) {
            PendingNote note = open.get(i);
            boolean newest = i == open.size() - 1;
            if (noteInFlight && newest) {
                log.info("picking up {} where the last run left it ({})", note, now);
                pending = note;
                continue;
            }
            boolean stackSent = note.stage() == PendingNote.Stage.STACK_SENT;
            if (stackSent && powerUp.filter(p -> p == Id003Status.POWER_UP_BILL_IN_STACKER).isPresent()) {
                reconcile(note, ReconciliationReason.POWER_UP_WITH_NOTE_IN_STACKER, "acceptor powered up with a note in the stacker");
                noteInsideReconciled = true;
            } else if (powerUp.filter(p -> p == Id003Status.POWER_UP_BILL_IN_ACCEPTOR).isPresent()) {
                // Whether RESET returns or stacks it is not documented: the cash box tells.
                reconcile(note, ReconciliationReason.POWER_UP_WITH_NOTE_IN_ACCEPTOR, "acceptor powered up with a note in the acceptor");
                noteInsideReconciled = true;
            } else if (stackSent && powerUp.filter(p -> p == Id003Status.POWER_UP).isPresent()) {
                reconcile(note, ReconciliationReason.POWER_LOST_AFTER_STACK, "acceptor lost power after STACK, before the credit point");
            } else {
                // Never stacked, or the acceptor is idle: VEND VALID blocks until ACKed, so it never got there.
                log.info("settling {} as returned (acceptor: {}, power-up: {})", note, now, powerUp);
                ledger.returned(note);
            }
        }
        if (noteInFlight && now.status() == Id003Status.VEND_VALID && pending == null && ledger.lastStackedNoteCredited()) {
            log.info("the acceptor repeats VEND VALID for a note already credited before the restart: ACK only");
            pendingCredited = true;
        }
        if (!noteInsideReconciled && powerUp.filter(p -> p == Id003Status.POWER_UP_BILL_IN_STACKER).isPresent()) {
            reconcile(null, ReconciliationReason.POWER_UP_WITH_NOTE_IN_STACKER, "a note of unknown value may have been stacked at power-up");
        } else if (!noteInsideReconciled && powerUp.filter(p -> p == Id003Status.POWER_UP_BILL_IN_ACCEPTOR).isPresent()) {
            reconcile(null, ReconciliationReason.POWER_UP_WITH_NOTE_IN_ACCEPTOR, "a note of unknown value was in the acceptor at power-up");
        }
    }

    /** Acts on one polled status. */
    void handle(DeviceStatus status, Id003Acceptor.Payment wanted) {
        boolean changed = !status.equals(last);
        last = status;
        switch (status.status()) {
            case IDLING, DISABLED -> idle();
            case ESCROW -> escrow(status.dataByte(), wanted, changed);
            case VEND_VALID -> vendValid();
            case STACKED -> {
                if (pendingCredited) {
                    finished();
                }
            }
            case REJECTING -> {
                if (changed) {
                    listener.on(new AcceptorEvent.Rejected(RejectReason.of(status.dataByte()).description()));
                }
                settleAsReturned();
            }
            case RETURNING -> settleAsReturned();
            case STACKER_OPEN -> {
                uncertainIfStacking(ReconciliationReason.STACKER_OPENED_AFTER_STACK, "cash box removed after STACK");
                fault(FaultKind.STACKER_OPEN, "");
            }
            case STACKER_FULL -> fault(FaultKind.STACKER_FULL, "");
            case JAM_IN_ACCEPTOR -> {
                uncertainIfStacking(ReconciliationReason.JAM_IN_STACKER_AFTER_STACK, "jam after STACK");
                settleAsReturned();
                fault(FaultKind.JAM_IN_ACCEPTOR, "");
            }
            case JAM_IN_STACKER -> {
                uncertainIfStacking(ReconciliationReason.JAM_IN_STACKER_AFTER_STACK, "stacker jam after STACK, no credit point");
                fault(FaultKind.JAM_IN_STACKER, "");
            }
            case CHEATED -> {
                uncertainIfStacking(ReconciliationReason.CHEATED_AFTER_STACK, "cheating reported after STACK");
                fault(FaultKind.CHEATED, "");
            }
            case FAILURE -> fault(FaultKind.FAILURE, FailureCode.of(status.dataByte()).description());
            case COMMUNICATION_ERROR -> fault(FaultKind.COMMUNICATION_ERROR, "");
            default -> {
                // ACCEPTING, STACKING, HOLDING, PAUSE, INITIALIZE: the acceptor is working; wait.
            }
        }
    }

    /** The ledger failed: stop taking notes; a note in escrow goes back, a credit point stays un-ACKed. */
    void ledgerFailed(String detail) {
        if (ledgerFailure == null) {
            listener.on(new AcceptorEvent.Fault(FaultKind.LEDGER_UNAVAILABLE, detail));
        }
        ledgerFailure = detail;
        if (last != null && last.status() == Id003Status.ESCROW && !pendingCredited) {
            sendReturn();
        }
    }

    void refreshReconciliation() {
        reconciliationPending = ledger.reconciliationPending();
    }

    /** Whether notes may be enabled at all. */
    boolean mayTakeCash() {
        return deviceFault == null && !reconciliationPending && ledgerFailure == null;
    }

    AcceptorStatus status(Boolean inhibited) {
        Optional<String> version = Optional.of(firmware);
        if (ledgerFailure != null) {
            return new AcceptorStatus(AcceptorState.OUT_OF_SERVICE, Optional.of(FaultKind.LEDGER_UNAVAILABLE), ledgerFailure, version);
        }
        if (deviceFault != null) {
            return new AcceptorStatus(AcceptorState.OUT_OF_SERVICE, Optional.of(deviceFault), faultDetail, version);
        }
        if (reconciliationPending) {
            return new AcceptorStatus(AcceptorState.OUT_OF_SERVICE, Optional.of(FaultKind.RECONCILIATION_PENDING),
                    "a note must be reconciled by staff", version);
        }
        if (pending != null || (last != null && inProgress(last.status()))) {
            return new AcceptorStatus(AcceptorState.NOTE_IN_PROGRESS, Optional.empty(), "", version);
        }
        AcceptorState state = Boolean.FALSE.equals(inhibited) ? AcceptorState.ENABLED : AcceptorState.INHIBITED;
        return new AcceptorStatus(state, Optional.empty(), "", version);
    }

    private static boolean inProgress(Id003Status s) {
        return s == Id003Status.ACCEPTING || s == Id003Status.ESCROW || s == Id003Status.STACKING || s == Id003Status.VEND_VALID
                || s == Id003Status.STACKED || s == Id003Status.RETURNING || s == Id003Status.HOLDING || s == Id003Status.PAUSE;
    }

    private void idle() {
        if (pending == null) {
            pendingCredited = false;
        } else {
            if (pendingCredited) {
                finished();
            } else {
                settleAsReturned();
            }
        }
        if (deviceFault != null && deviceFault != FaultKind.WRONG_CURRENCY) {
            log.info("acceptor fault {} cleared", deviceFault);
            deviceFault = null;
            faultDetail = "";
        }
    }

    private void escrow(int code, Id003Acceptor.Payment wanted, boolean changed) {
        Optional<Yen> value = table.valueOf(code);
        if (pendingCredited) {
            // A new note is in escrow, so the credited one is done, even if STACKED and IDLING were never polled.
            finished();
        }
        if (pending != null) {
            if (value.isPresent() && value.get().equals(pending.value())) {
                continueWithPending(wanted);
                return;
            }
            log.warn("escrow of {} while {} was pending: that note went back", value, pending);
            settleAsReturned();
        }
        if (value.isEmpty()) {
            if (changed) {
                listener.on(new AcceptorEvent.Rejected("unknown escrow code 0x" + Integer.toHexString(code)));
            }
            sendReturn();
            return;
        }
        if (wanted == null || !mayTakeCash()) {
            // No payment to record it against: it is not taken.
            if (changed) {
                listener.on(new AcceptorEvent.Returned(value.get()));
            }
            sendReturn();
            return;
        }
        payment = wanted;
        pending = ledger.escrowed(wanted.session(), value.get());
        listener.on(new AcceptorEvent.Escrowed(value.get()));
        decide(wanted);
    }

    /** The same note is still in escrow: repeat the decision already made (its reply may have been lost). */
    private void continueWithPending(Id003Acceptor.Payment wanted) {
        if (pending.stage() == PendingNote.Stage.STACK_SENT) {
            sendStack();
        } else if (returnSent) {
            sendReturn();
        } else {
            decide(payment != null ? payment : wanted);
        }
    }

    private void decide(Id003Acceptor.Payment wanted) {
        Yen value = pending.value();
        boolean enabled = wanted != null && Denomination.ofYen(value.amount()).map(wanted.notes()::contains).orElse(false);
        if (enabled && decision(wanted, value) == EscrowDecider.Decision.STACK) {
            pending = ledger.stackSent(pending);
            sendStack();
        } else {
            sendReturn();
        }
    }

    private EscrowDecider.Decision decision(Id003Acceptor.Payment wanted, Yen value) {
        try {
            return wanted.decider().decide(value);
        } catch (RuntimeException e) {
            log.error("escrow decider failed for {}; the note goes back", value, e);
            return EscrowDecider.Decision.RETURN;
        }
    }

    private void vendValid() {
        if (pending != null && pending.stage() == PendingNote.Stage.STACK_SENT && !pendingCredited) {
            boolean fresh = ledger.credited(pending);   // durable before the ACK
            pendingCredited = true;
            link.send(Id003Command.ACK.frame());
            if (fresh) {
                try {
                    ledger.creditAcknowledged(pending);
                } finally {
                    // The money is durable since the credit point: announced even if the books then failed.
                    listener.on(new AcceptorEvent.Credited(pending.value()));
                }
            }
        } else if (pendingCredited) {
            link.send(Id003Command.ACK.frame());        // a repeat: our ACK was lost, or we restarted after the credit
        } else {
            reconcile(pending, ReconciliationReason.CREDIT_WITHOUT_PENDING_NOTE, "VEND VALID with no note recorded as stacked");
            pending = null;
            link.send(Id003Command.ACK.frame());        // never leave VEND VALID un-ACKed: the acceptor would wedge
        }
    }

    private void uncertainIfStacking(ReconciliationReason reason, String detail) {
        if (pending != null && pending.stage() == PendingNote.Stage.STACK_SENT && !pendingCredited) {
            reconcile(pending, reason, detail);
            pending = null;
            returnSent = false;
        }
    }

    private void settleAsReturned() {
        if (pending != null && !pendingCredited) {
            ledger.returned(pending);
            listener.on(new AcceptorEvent.Returned(pending.value()));
            pending = null;
            returnSent = false;
        }
    }

    private void finished() {
        pending = null;
        pendingCredited = false;
        returnSent = false;
    }

    private void sendStack() {
        if (!link.exchange(new OperationCommand(stackCommand))) {
            log.info("STACK refused: the note already left escrow; the next status tells where it went");
        }
    }

    private void sendReturn() {
        returnSent = true;
        if (!link.exchange(new OperationCommand(Id003Command.RETURN))) {
            log.debug("RETURN refused: no note in escrow any more");
        }
    }

    private void reconcile(PendingNote note, ReconciliationReason reason, String detail) {
        log.warn("reconciliation needed: {} ({}) for {}", reason, detail, note);
        ledger.reconcile(Optional.ofNullable(note), reason, detail);
        reconciliationPending = true;
        listener.on(new AcceptorEvent.Fault(FaultKind.RECONCILIATION_PENDING, reason + ": " + detail));
    }

    private void fault(FaultKind kind, String detail) {
        if (deviceFault != kind) {
            deviceFault = kind;
            faultDetail = detail;
            listener.on(new AcceptorEvent.Fault(kind, detail));
        }
    }
}
