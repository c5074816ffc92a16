package jp.konbini.device.acceptor.id003;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorListener;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.device.acceptor.LedgerUnavailableException;
import jp.konbini.device.acceptor.NoteAcceptor;
import jp.konbini.device.acceptor.NoteLedger;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialLinkException;
import jp.konbini.domain.money.Denomination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JCM ID-003 acceptor behind the neutral {@link NoteAcceptor} port. One named thread owns the
 * port: it connects (and reconnects after an unplug or a power cycle), runs the start-up sequence,
 * polls, and hands each status to {@link Id003NoteHandler}, which keeps the credit rule. The
 * flow's wishes (enable with these notes, disable) are applied between polls, when the device is
 * idle.
 */
public final class Id003Acceptor implements NoteAcceptor {

    private static final Logger log = LoggerFactory.getLogger(Id003Acceptor.class);
    private static final int FIRST_MASKABLE_CODE = 0x61;
    private static final int MASKABLE_CODES = 8;
    /** How many polls between asking the ledger whether staff settled a reconciliation. */
    private static final int RECONCILIATION_CHECK_POLLS = 10;

    private final Supplier<SerialLink> connector;
    private final Id003Settings settings;
    private final NoteLedger ledger;
    private final AcceptorListener listener;
    private final Id003Link.FrameTrace trace;
    private final StatusPublisher publisher;

    private volatile Payment wanted;
    private volatile boolean running;
    private Thread thread;

    // Device-thread state.
    private Id003Link link;
    private SerialLink line;
    private Id003NoteHandler notes;
    private volatile List<String> noteTable = List.of();
    private Boolean inhibitApplied;
    private Integer maskApplied;
    private boolean communicationModeSet;
    private int pollsSinceReconciliationCheck;

    /** What the flow asked for: notes to enable, the session they pay into, the escrow decider. */
    record Payment(Set<Denomination> notes, NoteSession session, EscrowDecider decider) {
    }

    /**
     * @param connector opens the serial line (again after an unplug); throws {@link SerialLinkException} when it cannot
     */
    public Id003Acceptor(Supplier<SerialLink> connector, Id003Settings settings, NoteLedger ledger,
                         AcceptorListener listener, Id003Link.FrameTrace trace) {
        this.connector = connector;
        this.settings = settings;
        this.ledger = ledger;
        this.listener = listener;
        this.trace = trace;
        this.publisher = new StatusPublisher(listener);
    }

    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "acceptor-id003");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void enable(Set<Denomination> notesToEnable, NoteSession session, EscrowDecider decider) {
        wanted = new Payment(Set.copyOf(notesToEnable), session, decider);
    }

    @Override
    public void disable() {
        wanted = null;
    }

    @Override
    public AcceptorStatus status() {
        return publisher.current();
    }

    @Override
    public List<String> noteTable() {
        return noteTable;
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        disconnect();
        publisher.publish(AcceptorStatus.of(AcceptorState.STOPPED));
    }

    private void run() {
        while (running) {
            Duration pause = settings.pollInterval();
            try {
                if (link == null) {
                    connect();
                }
                DeviceStatus status = link.exchange(new StatusRequest());
                if (status.status().isPowerUp()) {
                    log.warn("acceptor powered up again ({}): re-initialising", status);
                    initialise(status);
                    continue;
                }
                notes.handle(status, wanted);
                checkReconciliation();
                applyWanted(status);
                publisher.publish(notes.status(inhibitApplied));
            } catch (SerialLinkException | Id003Link.NoAnswerException e) {
                lost(FaultKind.NO_ANSWER, e.getMessage());
                pause = settings.reconnectDelay();
            } catch (Id003Link.EchoLineException e) {
                lost(FaultKind.ECHO_LINE, e.getMessage());
                pause = settings.reconnectDelay();
            } catch (LedgerUnavailableException e) {
                log.error("the journal cannot record money; the acceptor stops taking notes", e);
                notes.ledgerFailed(e.getMessage());
                publisher.publish(notes.status(inhibitApplied));
            } catch (RuntimeException e) {
                log.error("acceptor driver error; reconnecting", e);
                lost(FaultKind.NO_ANSWER, "driver error: " + e);
                pause = settings.reconnectDelay();
            }
            sleep(pause);
        }
    }

    /** Opens the port and brings the device to a known state. */
    private void connect() {
        publisher.publish(AcceptorStatus.of(AcceptorState.CONNECTING));
        line = connector.get();
        line.discardInput();
        link = new Id003Link(line, settings.responseTimeout(), settings.retries(), trace);
        initialise(link.exchange(new StatusRequest()));
    }

    /**
     * The start-up sequence of reference §1.7: RESET after any POWER UP and wait out INITIALIZE,
     * read the firmware version (the first reply that can never be byte-identical to its request,
     * so it unmasks an echoing line) and the currency table, settle what an earlier run left open.
     */
    private void initialise(DeviceStatus first) {
        Id003Status powerUp = first.status().isPowerUp() ? first.status() : null;
        DeviceStatus current = first;
        if (powerUp != null) {
            publisher.publish(AcceptorStatus.of(AcceptorState.INITIALIZING));
            if (!link.exchange(new OperationCommand(Id003Command.RESET))) {
                throw new Id003Link.NoAnswerException("the acceptor refused RESET after " + powerUp);
            }
            current = awaitInitialised();
        }
        String firmware = link.exchange(InformationRequest.version());
        CurrencyTable table = link.exchange(InformationRequest.currencyTable());
        log.info("acceptor on {}: firmware '{}', yen notes {}", line.name(), firmware, table);
        noteTable = table.describe();
        inhibitApplied = null;
        maskApplied = null;
        communicationModeSet = false;
        notes = new Id003NoteHandler(link, table, ledger, listener, settings.stackCommand(), firmware);
        notes.recoverUnsettled(Optional.ofNullable(powerUp), current);
        notes.handle(current, wanted);
        publisher.publish(notes.status(inhibitApplied));
    }

    private DeviceStatus awaitInitialised() {
        long deadline = System.nanoTime() + settings.initializeTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            DeviceStatus status = link.exchange(new StatusRequest());
            if (status.status() != Id003Status.INITIALIZE && !status.status().isPowerUp()) {
                return status;
            }
            sleep(settings.pollInterval());
        }
        throw new Id003Link.NoAnswerException("the acceptor did not finish initialising in " + settings.initializeTimeout());
    }

    /**
     * Brings the device's inhibit and denomination settings in line with what the flow wants, only
     * while it is idle (settings are refused while a note is in progress) and only if it may take
     * cash at all.
     */
    private void applyWanted(DeviceStatus status) {
        if (status.status() == Id003Status.INITIALIZE) {
            inhibitApplied = null;
            maskApplied = null;
            communicationModeSet = false;
            return;
        }
        if (status.status() != Id003Status.IDLING && status.status() != Id003Status.DISABLED) {
            return;
        }
        inhibitApplied = status.status() == Id003Status.DISABLED;
        if (!communicationModeSet) {
            communicationModeSet = setting(new SettingCommand(Id003Command.SET_COMMUNICATION_MODE, 0));
        }
        Payment payment = notes.mayTakeCash() ? wanted : null;
        if (payment != null) {
            int mask = maskFor(payment.notes());
            if (!Integer.valueOf(mask).equals(maskApplied) && setting(SettingCommand.denominations(mask))) {
                maskApplied = mask;
            }
            if (!Boolean.FALSE.equals(inhibitApplied) && setting(SettingCommand.inhibit(false))) {
                inhibitApplied = false;
            }
        } else if (!Boolean.TRUE.equals(inhibitApplied) && setting(SettingCommand.inhibit(true))) {
            inhibitApplied = true;
        }
    }

    private boolean setting(SettingCommand command) {
        boolean taken = link.exchange(command);
        if (!taken) {
            log.debug("acceptor refused {} for now", command.frame());
        }
        return taken;
    }

    /** Bit n of the first byte disables escrow code 0x61+n; codes beyond are returned at escrow instead. */
    private int maskFor(Set<Denomination> enabled) {
        int mask = 0;
        for (int bit = 0; bit < MASKABLE_CODES; bit++) {
            int code = FIRST_MASKABLE_CODE + bit;
            boolean wantedCode = notes.table().valueOf(code)
                    .flatMap(v -> Denomination.ofYen(v.amount()))
                    .map(enabled::contains)
                    .orElse(false);
            if (!wantedCode) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    private void checkReconciliation() {
        if (++pollsSinceReconciliationCheck >= RECONCILIATION_CHECK_POLLS) {
            pollsSinceReconciliationCheck = 0;
            notes.refreshReconciliation();
        }
    }

    private void lost(FaultKind kind, String detail) {
        log.warn("acceptor {}: {}", kind, detail);
        disconnect();
        listener.on(new AcceptorEvent.Fault(kind, detail));
        publisher.publish(new AcceptorStatus(AcceptorState.OUT_OF_SERVICE, Optional.of(kind), detail, Optional.empty()));
    }

    private void disconnect() {
        if (line != null) {
            try {
                line.close();
            } catch (RuntimeException e) {
                log.debug("closing a lost line", e);
            }
        }
        line = null;
        link = null;
    }

    private void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Remembers the last status told and tells a new one only when it differs. */
    private static final class StatusPublisher {
        private final AcceptorListener listener;
        private volatile AcceptorStatus current = AcceptorStatus.of(AcceptorState.CONNECTING);

        StatusPublisher(AcceptorListener listener) {
            this.listener = listener;
        }

        AcceptorStatus current() {
            return current;
        }

        void publish(AcceptorStatus status) {
            if (!status.equals(current)) {
                current = status;
                listener.on(new AcceptorEvent.StatusChanged(status));
            }
        }
    }
}
