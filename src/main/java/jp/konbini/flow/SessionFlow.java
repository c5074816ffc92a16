package jp.konbini.flow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorListener;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.domain.Language;
import jp.konbini.domain.line.InvalidLineIdException;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.domain.topup.NoteLifecycle;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.sync.Confirmation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer session: the one place that decides what the kiosk does next. Intents from the
 * screen, acceptor events, timers and the results of background work are all queued onto one
 * flow thread and handled one at a time; after each, a new {@link SessionView} is published if
 * anything a screen shows changed. Long work (the central server's confirmation, printing,
 * asking the printer) runs on the background executor and comes back as a queued step.
 *
 * <p>Money rules kept here: cash is taken only while a journalled top-up is open and every check
 * passes; only notes not above the amount due are enabled, and the {@link PaymentGate} returns
 * any other; once money is in, the session ends only paid in full or with the money held under
 * the claim code on a printed credit receipt, never silently.
 */
public final class SessionFlow {

    private static final Logger LOG = LoggerFactory.getLogger(SessionFlow.class);
    /** Longest wait for the acceptor to finish a note before a session ends without its verdict. */
    private static final Duration NOTE_SETTLE_LIMIT = Duration.ofSeconds(60);
    /** Margin over the confirmer's own bound before the flow stops waiting for it. */
    private static final Duration CONFIRMATION_MARGIN = Duration.ofSeconds(10);
    /** How long start-up waits for the acceptor to get ready before showing it as out of service. */
    private static final Duration STARTUP_GRACE = Duration.ofSeconds(30);

    private final FlowPorts ports;
    private final FlowSettings settings;
    private final Clock clock;
    private final Executor flowThread;
    private final Executor background;
    private final PaymentGate gate = new PaymentGate();
    private final ServiceMonitor monitor;
    private final StartupRecovery recovery;
    private final ReceiptDelivery receipts;
    private final InactivityTimer inactivity;
    /** The clock for the flow's own timers: each timer step publishes what it changed, like every other step. */
    private final Clock timers;
    private final List<Consumer<SessionView>> subscribers = new CopyOnWriteArrayList<>();
    private volatile SessionView published;

    // Flow thread only.
    private Screen screen = Screen.STARTING;
    private CustomerSession session;
    private long generations;
    private AcceptorStatus acceptorStatus = AcceptorStatus.of(AcceptorState.CONNECTING);
    private Optional<ServiceChecks> checks = Optional.empty();
    private Optional<String> maintenance = Optional.empty();
    private Set<Denomination> enabledNotes = Set.of();
    private boolean checkRunning;
    private boolean recoveryDone;
    private boolean startupGraceOver;
    private boolean backgroundPrinting;
    /** A receipt may be waiting for its automatic reprint (the printer was down, or a job failed). */
    private boolean catchUpDue;
    private Clock.Timer resultTimer;
    private Clock.Timer settleTimer;
    private Clock.Timer processingGuard;

    /**
     * @param flowThread runs every step of the flow, one at a time (one thread)
     * @param background runs confirmation, printing and printer checks (may block for seconds)
     */
    public SessionFlow(FlowPorts ports, FlowSettings settings, Clock clock, Executor flowThread, Executor background) {
        this.ports = ports;
        this.settings = settings;
        this.clock = clock;
        this.flowThread = flowThread;
        this.background = background;
        this.monitor = new ServiceMonitor(ports.printing(), ports.journal(), ports.cashAcceptance());
        this.recovery = new StartupRecovery(ports.journal(), ports.printing(), ports.confirmer());
        this.receipts = new ReceiptDelivery(ports.printing());
        this.timers = new PublishingClock(clock, this::publishIfChanged);
        this.inactivity = new InactivityTimer(timers, settings.beforeWarning(), settings.warning(), () -> { }, this::inactive);
        this.session = new CustomerSession(++generations, settings.defaultLanguage());
        this.published = buildView();
    }

    // ---------------------------------------------------------------- public, any thread

    /** Finishes what the last run left, starts the acceptor, then serves customers once every check passes. */
    public void start() {
        onFlow(this::recover);
    }

    /** A customer's touch. */
    public void submit(Intent intent) {
        onFlow(() -> handle(intent));
    }

    /** The acceptor's listener: decides nothing itself, hands each event to the gate and the flow. */
    public AcceptorListener acceptorListener() {
        return event -> {
            gate.observe(event);
            onFlow(() -> handle(event));
        };
    }

    /** Receives every new view on the flow thread (a UI hops to its own thread); the current one first. */
    public void subscribe(Consumer<SessionView> subscriber) {
        subscribers.add(subscriber);
        onFlow(() -> subscriber.accept(published));
    }

    public SessionView view() {
        return published;
    }

    /**
     * Staff ask to use the kiosk: granted only when no customer has money in (a session before any
     * cash is ended). Completes on the flow thread.
     */
    public CompletableFuture<Boolean> enterMaintenance() {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        onFlow(() -> answer.complete(tryEnterMaintenance()));
        return answer;
    }

    /** Staff are done: the kiosk serves customers again if every check passes. */
    public void leaveMaintenance() {
        onFlow(() -> {
            if (screen == Screen.MAINTENANCE) {
                move(SessionTrigger.MAINTENANCE_LEFT);
                evaluateService();
                runCheck();
            }
        });
    }

    /** Staff take the kiosk out of service with a reason customers are shown, or put it back (empty). */
    public void setOutOfService(Optional<String> reason) {
        onFlow(() -> {
            maintenance = reason;
            evaluateService();
        });
    }

    // ---------------------------------------------------------------- threading

    private void onFlow(Runnable step) {
        flowThread.execute(() -> {
            step.run();
            publishIfChanged();
        });
    }

    private void inBackground(Runnable work) {
        background.execute(work);
    }

    private void publishIfChanged() {
        SessionView view = buildView();
        if (!view.equals(published)) {
            published = view;
            for (Consumer<SessionView> s : subscribers) {
                try {
                    s.accept(view);
                } catch (RuntimeException e) {
                    LOG.error("a view subscriber failed", e);
                }
            }
        }
    }

    // ---------------------------------------------------------------- start-up and service

    private void recover() {
        List<Runnable> work;
        try {
            work = recovery.endUnfinishedSessions();
        } catch (RuntimeException e) {
            LOG.error("start-up recovery did not finish; what is left stays in the journal for staff", e);
            work = List.of();
        }
        ports.acceptor().start();
        List<Runnable> printing = work;
        backgroundPrinting = true;
        inBackground(() -> {
            printing.forEach(SessionFlow::safely);
            onFlow(this::recovered);
        });
    }

    private void recovered() {
        backgroundPrinting = false;
        recoveryDone = true;
        timers.schedule(STARTUP_GRACE, () -> {
            startupGraceOver = true;
            evaluateService();
        });
        runCheck();
    }

    /**
     * Leaves the start-up screen once recovery is done and the checks are in: for the attract
     * screen when all is well, out of service for a real problem, or for a device still getting
     * ready after the grace period.
     */
    private void leaveStartingIfReady(List<ServiceIssue> issues) {
        if (!recoveryDone || checks.isEmpty()) {
            return;
        }
        if (issues.isEmpty()) {
            move(SessionTrigger.RECOVERED);
        } else if (startupGraceOver || issues.stream().anyMatch(i -> i.reason() != ServiceIssue.Reason.ACCEPTOR_NOT_READY)) {
            LOG.warn("out of service after start-up: {}", issues);
            move(SessionTrigger.SERVICE_LOST);
        }
    }

    private static void safely(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("start-up work failed; it is left for staff", e);
        }
    }

    private void runCheck() {
        if (checkRunning) {
            return;
        }
        checkRunning = true;
        inBackground(() -> {
            ServiceChecks found;
            try {
                found = monitor.check();
            } catch (RuntimeException e) {
                LOG.error("service check failed", e);
                found = null;
            }
            ServiceChecks result = found;
            onFlow(() -> checked(result));
        });
    }

    private void checked(ServiceChecks found) {
        checkRunning = false;
        if (found != null) {
            checks = Optional.of(found);
            if (!found.printer().acceptsJobs()) {
                catchUpDue = true;
            }
            evaluateService();
            if (found.printer().acceptsJobs() && (catchUpDue || recovery.waitingForNotes())) {
                catchUpPrinting();
            }
        }
        timers.schedule(settings.serviceCheck(), this::runCheck);
    }

    /**
     * Once the printer prints again, between customers: the automatic reprint of receipts that
     * failed, and the paid top-ups start-up recovery could not complete yet.
     */
    private void catchUpPrinting() {
        if (backgroundPrinting || screen.isCustomerSession()) {
            return;
        }
        catchUpDue = false;
        List<Runnable> work = new ArrayList<>(recovery.retryPaid());
        work.add(ports.printing()::reprintFailed);
        backgroundPrinting = true;
        inBackground(() -> {
            work.forEach(SessionFlow::safely);
            onFlow(() -> backgroundPrinting = false);
        });
    }

    private List<ServiceIssue> issues() {
        return ServiceIssues.of(checks, acceptorStatus, maintenance);
    }

    /** Applies the current checks to where the session is. */
    private void evaluateService() {
        List<ServiceIssue> issues = issues();
        switch (screen) {
            case STARTING -> leaveStartingIfReady(issues);
            case ATTRACT -> {
                if (!issues.isEmpty()) {
                    LOG.warn("out of service: {}", issues);
                    move(SessionTrigger.SERVICE_LOST);
                }
            }
            case OUT_OF_SERVICE -> {
                if (issues.isEmpty()) {
                    LOG.info("back in service");
                    freshSession();
                    move(SessionTrigger.SERVICE_RESTORED);
                }
            }
            case LANGUAGE, ENTER_LINE, CONFIRM_LINE, CHOOSE_PRODUCT, CONFIRM_ORDER -> {
                if (!issues.isEmpty()) {
                    LOG.warn("session ended before payment: {}", issues);
                    endSession();
                }
            }
            case INSERT_CASH, CONFIRM_CANCEL -> paymentServiceChanged(issues);
            default -> { }
        }
    }

    private void paymentServiceChanged(List<ServiceIssue> issues) {
        if (!session.hasMoneyIn()) {
            if (!issues.isEmpty() && session.pendingEnd == CustomerSession.PendingEnd.NONE) {
                LOG.warn("payment cancelled before any cash: {}", issues);
                requestEnd(CustomerSession.PendingEnd.CANCEL);
            }
            return;
        }
        if (ServiceIssues.acceptor(acceptorStatus).isPresent() && session.canGoOnPaying) {
            LOG.warn("the acceptor stopped with {} paid: the customer can only end with a credit receipt", session.paid().format());
            session.canGoOnPaying = false;
            stopTakingNotes();
            if (screen == Screen.INSERT_CASH) {
                move(SessionTrigger.CANCEL_ASKED);
            }
        }
    }

    private boolean tryEnterMaintenance() {
        if (session.hasMoneyIn() || session.topUp.isPresent() && screen.isCustomerSession()) {
            return false;
        }
        if (screen == Screen.MAINTENANCE) {
            return true;
        }
        if (screen.isCustomerSession()) {
            endSession();
        }
        if (screen == Screen.ATTRACT || screen == Screen.OUT_OF_SERVICE) {
            move(SessionTrigger.MAINTENANCE_ENTERED);
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- intents

    private void handle(Intent intent) {
        if (isTimed(screen) && session.pendingEnd == CustomerSession.PendingEnd.NONE) {
            inactivity.arm();   // any touch is activity, and "more time" is just a touch
        }
        if (intent instanceof Intent.SwitchLanguage s) {
            switchLanguage(s.language());
        } else if (intent instanceof Intent.Start) {
            startSession();
        } else if (intent instanceof Intent.ChooseLanguage c) {
            chooseLanguage(c.language());
        } else if (intent instanceof Intent.Key k) {
            key(k.digit());
        } else if (intent instanceof Intent.Backspace) {
            editEntry(() -> session.entry.setLength(Math.max(0, session.entry.length() - 1)));
        } else if (intent instanceof Intent.ClearEntry) {
            editEntry(() -> session.entry.setLength(0));
        } else if (intent instanceof Intent.SubmitLine) {
            submitLine();
        } else if (intent instanceof Intent.Confirm) {
            confirm();
        } else if (intent instanceof Intent.Back) {
            back();
        } else if (intent instanceof Intent.ChooseProduct c) {
            chooseProduct(c);
        } else if (intent instanceof Intent.Cancel) {
            cancel();
        } else if (intent instanceof Intent.Done) {
            done();
        }
    }

    private void switchLanguage(Language language) {
        if (settings.languages().contains(language)) {
            session.language = language;
        }
    }

    private void startSession() {
        if (screen == Screen.ATTRACT) {
            move(SessionTrigger.START);
        }
    }

    private void chooseLanguage(Language language) {
        if (screen == Screen.LANGUAGE && settings.languages().contains(language)) {
            session.language = language;
            move(SessionTrigger.LANGUAGE_CHOSEN);
        }
    }

    private void key(char digit) {
        editEntry(() -> {
            if (session.entry.length() < CustomerSession.MAX_DIGITS) {
                session.entry.append(digit);
            }
        });
    }

    private void editEntry(Runnable edit) {
        if (screen == Screen.ENTER_LINE) {
            edit.run();
            session.lineError = Optional.empty();
        }
    }

    private void submitLine() {
        if (screen != Screen.ENTER_LINE) {
            return;
        }
        try {
            LineId line = LineId.parse(session.entry.toString());
            session.line = Optional.of(line);
            session.lineError = Optional.empty();
            move(SessionTrigger.LINE_ACCEPTED);
        } catch (InvalidLineIdException e) {
            session.lineError = Optional.of(e.error());
        }
    }

    private void confirm() {
        switch (screen) {
            case CONFIRM_LINE -> {
                session.offers = offers();
                move(SessionTrigger.CONFIRM);
            }
            case CONFIRM_ORDER -> openPayment();
            case CONFIRM_CANCEL -> requestEnd(CustomerSession.PendingEnd.CREDIT);
            default -> { }
        }
    }

    private void back() {
        switch (screen) {
            case ENTER_LINE, CONFIRM_LINE, CHOOSE_PRODUCT -> move(SessionTrigger.BACK);
            case CONFIRM_ORDER -> {
                session.product = Optional.empty();
                session.offers = offers();
                move(SessionTrigger.BACK);
            }
            case CONFIRM_CANCEL -> goOnPaying();
            default -> { }
        }
    }

    private void chooseProduct(Intent.ChooseProduct choice) {
        if (screen != Screen.CHOOSE_PRODUCT) {
            return;
        }
        session.offers.stream()
                .filter(o -> o.product().id().equals(choice.product()) && o.available())
                .findFirst()
                .ifPresent(o -> {
                    session.product = Optional.of(o.product());
                    move(SessionTrigger.PRODUCT_CHOSEN);
                });
    }

    private void cancel() {
        switch (screen) {
            case LANGUAGE, ENTER_LINE, CONFIRM_LINE, CHOOSE_PRODUCT, CONFIRM_ORDER -> endSession();
            case INSERT_CASH -> {
                if (session.hasMoneyIn()) {
                    stopTakingNotes();
                    move(SessionTrigger.CANCEL_ASKED);
                } else {
                    requestEnd(CustomerSession.PendingEnd.CANCEL);
                }
            }
            default -> { }
        }
    }

    private void done() {
        if ((screen == Screen.DONE || screen == Screen.CREDIT_ISSUED)
                && session.outcome.map(o -> o.receipt() != Outcome.ReceiptProgress.PRINTING).orElse(true)) {
            endSession();
        }
    }

    private List<Offer> offers() {
        Yen limit = checks.map(ServiceChecks::cash).map(c -> c.largestTopUp()).orElse(Yen.ZERO);
        Set<Denomination> accepted = settings.acceptedNotes();
        return ports.catalog().get().offeredFor(session.line.orElseThrow().networkHint()).stream()
                .map(p -> new Offer(p, !Denomination.canPayExactly(p.price(), accepted)
                        ? Optional.of(Offer.Unavailable.NOT_PAYABLE_WITH_NOTES)
                        : p.price().isGreaterThan(limit) ? Optional.of(Offer.Unavailable.ABOVE_CURRENT_LIMIT) : Optional.empty()))
                .toList();
    }

    // ---------------------------------------------------------------- payment

    private void openPayment() {
        if (!issues().isEmpty()) {
            endSession();
            return;
        }
        session.offers = offers();
        boolean stillAvailable = session.offers.stream()
                .anyMatch(o -> o.available() && o.product().equals(session.product.orElseThrow()));
        if (!stillAvailable) {
            session.product = Optional.empty();
            move(SessionTrigger.BACK);
            return;
        }
        TopUpRecord topUp;
        try {
            topUp = ports.journal().open(new TopUpOrder(session.line.orElseThrow(), session.product.orElseThrow(), session.language));
        } catch (JournalUnavailableException e) {
            journalFailed(e);
            endSession();
            return;
        }
        session.topUp = Optional.of(topUp);
        LOG.info("top-up {} opened: {} for {}", topUp.seq(), topUp.price().format(), topUp.line().masked());
        gate.open(topUp.price(), Yen.ZERO);
        enableNotes();
        move(SessionTrigger.CASH_OPENED);
    }

    private void enableNotes() {
        enabledNotes = Denomination.notAbove(session.due(), settings.acceptedNotes());
        ports.acceptor().enable(enabledNotes, new NoteSession(session.seq()), gate);
    }

    private void stopTakingNotes() {
        gate.close();
        enabledNotes = Set.of();
        ports.acceptor().disable();
    }

    private void goOnPaying() {
        if (!session.canGoOnPaying || session.pendingEnd != CustomerSession.PendingEnd.NONE) {
            return;
        }
        gate.reopen();
        enableNotes();
        move(SessionTrigger.GO_ON_PAYING);
    }

    private void handle(AcceptorEvent event) {
        if (event instanceof AcceptorEvent.Escrowed) {
            noteActivity(NoteNotice.CHECKING);
        } else if (event instanceof AcceptorEvent.Credited c) {
            credited(c);
        } else if (event instanceof AcceptorEvent.Returned r) {
            boolean aboveDue = session.topUp.isPresent() && r.value().isGreaterThan(session.due());
            noteActivity(aboveDue ? NoteNotice.RETURNED_ABOVE_DUE : NoteNotice.RETURNED);
        } else if (event instanceof AcceptorEvent.Rejected) {
            noteActivity(NoteNotice.REJECTED);
        } else if (event instanceof AcceptorEvent.Fault f) {
            LOG.warn("acceptor fault: {} {}", f.kind(), f.detail());
            if (session.notice == NoteNotice.CHECKING) {
                session.notice = NoteNotice.NONE;   // the note's verdict will not come as a credit or a return now
            }
            acceptorStatus = ports.acceptor().status();
            evaluateService();
        } else if (event instanceof AcceptorEvent.StatusChanged s) {
            acceptorStatus = s.status();
            evaluateService();
        }
        settleIfQuiet();
    }

    private void noteActivity(NoteNotice notice) {
        session.notice = notice;
        if (screen == Screen.INSERT_CASH || screen == Screen.CONFIRM_CANCEL) {
            inactivity.arm();
        }
    }

    private void credited(AcceptorEvent.Credited credit) {
        if (session.topUp.isEmpty()) {
            LOG.warn("{} credited with no session open (a note from before); it is in the journal", credit.value().format());
            return;
        }
        TopUpRecord topUp;
        try {
            topUp = ports.journal().topUp(session.seq()).orElseThrow();
        } catch (JournalUnavailableException e) {
            journalFailed(e);
            staffNeeded();
            return;
        }
        session.topUp = Optional.of(topUp);
        noteActivity(NoteNotice.NONE);
        LOG.info("top-up {}: {} credited, {} of {}", topUp.seq(), credit.value().format(), topUp.credited().format(), topUp.price().format());
        if (topUp.state() == TopUpState.PAID && (screen == Screen.INSERT_CASH || screen == Screen.CONFIRM_CANCEL)) {
            completeAndConfirm();
        } else if (screen == Screen.INSERT_CASH && session.pendingEnd == CustomerSession.PendingEnd.NONE && gate.isOpen()) {
            enableNotes();
        }
    }

    /** Whether the acceptor may still report a note of this session (being checked, or on its way to the stacker). */
    private boolean noteInProgress() {
        return gate.noteInFlight() || session.notice == NoteNotice.CHECKING || acceptorStatus.state() == AcceptorState.NOTE_IN_PROGRESS;
    }

    /** Ends the payment ({@code kind}) as soon as the acceptor has no note of this session in progress. */
    private void requestEnd(CustomerSession.PendingEnd kind) {
        if (kind == CustomerSession.PendingEnd.CREDIT || session.pendingEnd == CustomerSession.PendingEnd.NONE) {
            session.pendingEnd = kind;
        }
        stopTakingNotes();
        inactivity.disarm();
        if (settleTimer == null) {
            settleTimer = timers.schedule(NOTE_SETTLE_LIMIT, this::settleTimedOut);
        }
        settleIfQuiet();
    }

    private void settleTimedOut() {
        settleTimer = null;
        if (session.pendingEnd != CustomerSession.PendingEnd.NONE) {
            LOG.error("the acceptor did not settle its note within {} s; top-up {} ends without it (the journal keeps the note)",
                    NOTE_SETTLE_LIMIT.toSeconds(), session.topUp.map(TopUpRecord::seq).orElse(-1L));
            session.notice = NoteNotice.NONE;
            gate.observe(new AcceptorEvent.Rejected("no verdict"));
            settle();
        }
    }

    private void settleIfQuiet() {
        if (session.pendingEnd != CustomerSession.PendingEnd.NONE && !noteInProgress()) {
            settle();
        }
    }

    private void settle() {
        cancelSettleTimer();
        session.pendingEnd = CustomerSession.PendingEnd.NONE;
        try {
            TopUpRecord topUp = ports.journal().topUp(session.seq()).orElseThrow();
            session.topUp = Optional.of(topUp);
            if (topUp.state() == TopUpState.PAID) {
                completeAndConfirm();      // the last note in progress paid it in full
            } else if (topUp.credited().isPositive()) {
                holdCredit();
            } else if (hasPendingNotes()) {
                ports.journal().abandon(session.seq());   // a note with no verdict yet: staff settle it
                endSession();
            } else {
                ports.journal().cancel(session.seq());
                LOG.info("top-up {} cancelled before any cash", session.seq());
                endSession();
            }
        } catch (JournalUnavailableException e) {
            journalFailed(e);
            staffNeeded();
        }
    }

    private boolean hasPendingNotes() {
        return ports.journal().notes(session.seq()).stream().anyMatch(n -> NoteLifecycle.isPending(n.state()));
    }

    private void holdCredit() {
        TopUpRecord topUp = ports.journal().abandon(session.seq());
        session.topUp = Optional.of(topUp);
        LOG.warn("top-up {} ended with {} in and no purchase: held under claim code {}", topUp.seq(), topUp.credited().format(),
                topUp.claimCode());
        session.outcome = Optional.of(new Outcome(Outcome.Kind.CREDIT_HELD, topUp.seq(), topUp.claimCode(), topUp.credited(),
                Optional.empty(), Outcome.ReceiptProgress.PRINTING));
        move(SessionTrigger.CREDIT_HELD);
        print(() -> receipts.printCredit(topUp.seq()), settings.creditScreen());
    }

    private void completeAndConfirm() {
        stopTakingNotes();
        cancelSettleTimer();
        session.pendingEnd = CustomerSession.PendingEnd.NONE;
        long seq = session.seq();
        try {
            session.topUp = Optional.of(ports.journal().complete(seq));
        } catch (JournalUnavailableException e) {
            journalFailed(e);
            staffNeeded();
            return;
        }
        LOG.info("top-up {} paid in full and queued; confirming", seq);
        move(SessionTrigger.PAID_IN_FULL);
        long generation = session.generation;
        ClaimCode claimCode = session.topUp.orElseThrow().claimCode();
        processingGuard = timers.schedule(settings.confirmation().plus(CONFIRMATION_MARGIN), () -> {
            LOG.warn("no confirmation for top-up {} in time: pending", seq);
            confirmed(generation, new Confirmation(Confirmation.Status.PENDING, seq, claimCode, Optional.empty(), Optional.empty()));
        });
        inBackground(() -> {
            Confirmation c;
            try {
                c = ports.confirmer().confirm(seq);
            } catch (RuntimeException e) {
                LOG.error("confirmation of top-up {} failed; it stays queued", seq, e);
                c = new Confirmation(Confirmation.Status.PENDING, seq, claimCode, Optional.empty(), Optional.empty());
            }
            Confirmation answer = c;
            onFlow(() -> confirmed(generation, answer));
        });
    }

    private void confirmed(long generation, Confirmation c) {
        if (generation != session.generation || screen != Screen.PROCESSING) {
            return;
        }
        if (processingGuard != null) {
            processingGuard.cancel();
            processingGuard = null;
        }
        Outcome.Kind kind = switch (c.status()) {
            case APPLIED -> Outcome.Kind.APPLIED;
            case PENDING -> Outcome.Kind.PENDING;
            case REFUSED -> Outcome.Kind.REFUSED;
        };
        TopUpRecord topUp = session.topUp.orElseThrow();
        LOG.info("top-up {}: {}", topUp.seq(), kind);
        session.outcome = Optional.of(new Outcome(kind, topUp.seq(), topUp.claimCode(), topUp.credited(), c.newExpiry(),
                Outcome.ReceiptProgress.PRINTING));
        move(SessionTrigger.CONFIRMED);
        print(() -> receipts.print(c), kind == Outcome.Kind.REFUSED ? settings.creditScreen() : settings.resultScreen());
    }

    private void print(Supplier<PrintOutcome> job, Duration showFor) {
        long generation = session.generation;
        inBackground(() -> {
            boolean printed;
            try {
                printed = job.get().printed();
            } catch (RuntimeException e) {
                LOG.error("receipt not printed", e);
                printed = false;
            }
            boolean ok = printed;
            onFlow(() -> printed(generation, ok, showFor));
        });
    }

    private void printed(long generation, boolean ok, Duration showFor) {
        if (generation != session.generation) {
            return;
        }
        session.outcome = session.outcome.map(o -> o.withReceipt(ok ? Outcome.ReceiptProgress.PRINTED : Outcome.ReceiptProgress.FAILED));
        if (!ok) {
            catchUpDue = true;
            LOG.warn("receipt of top-up {} did not print; the claim code is on the screen", session.topUp.map(TopUpRecord::seq).orElse(-1L));
            runCheck();
        }
        showResultFor(showFor);
    }

    private void showResultFor(Duration showFor) {
        long generation = session.generation;
        resultTimer = timers.schedule(showFor, () -> {
            if (generation == session.generation) {
                endSession();
            }
        });
    }

    private void staffNeeded() {
        stopTakingNotes();
        TopUpRecord topUp = session.topUp.orElseThrow();
        // A note whose journal rows failed after its credit point is still the customer's money (the
        // credit log makes it the journal's at the next start), so the screen shows the acceptor's count.
        Yen in = gate.credited().isGreaterThan(topUp.credited()) ? gate.credited() : topUp.credited();
        session.outcome = Optional.of(new Outcome(Outcome.Kind.NEEDS_STAFF, topUp.seq(), topUp.claimCode(), in,
                Optional.empty(), Outcome.ReceiptProgress.NONE));
        LOG.error("top-up {} with {} in could not be ended in the journal; staff must help (claim code {})", topUp.seq(),
                in.format(), topUp.claimCode());
        move(SessionTrigger.STAFF_NEEDED);
    }

    private void journalFailed(JournalUnavailableException e) {
        LOG.error("journal unavailable: {}", e.getMessage());
        checks = checks.map(c -> new ServiceChecks(c.printer(), ports.journal().status(), c.cash(), c.openReconciliations()));
    }

    // ---------------------------------------------------------------- timers and session end

    private void inactive() {
        switch (screen) {
            case LANGUAGE, ENTER_LINE, CONFIRM_LINE, CHOOSE_PRODUCT, CONFIRM_ORDER -> {
                LOG.info("session timed out on {}", screen);
                endSession();
            }
            case INSERT_CASH -> {
                LOG.info("payment timed out with {} in", session.paid().format());
                requestEnd(session.hasMoneyIn() ? CustomerSession.PendingEnd.CREDIT : CustomerSession.PendingEnd.CANCEL);
            }
            case CONFIRM_CANCEL -> requestEnd(CustomerSession.PendingEnd.CREDIT);
            default -> { }
        }
    }

    /** Back to the attract screen with a fresh session (default language, nothing entered). */
    private void endSession() {
        stopTakingNotes();
        freshSession();
        move(SessionTrigger.ENDED);
        evaluateService();
        runCheck();
    }

    private void freshSession() {
        inactivity.disarm();
        cancelSettleTimer();
        if (resultTimer != null) {
            resultTimer.cancel();
            resultTimer = null;
        }
        if (processingGuard != null) {
            processingGuard.cancel();
            processingGuard = null;
        }
        session = new CustomerSession(++generations, settings.defaultLanguage());
    }

    private void cancelSettleTimer() {
        if (settleTimer != null) {
            settleTimer.cancel();
            settleTimer = null;
        }
    }

    private void move(SessionTrigger trigger) {
        Screen from = screen;
        screen = SessionTransitions.TABLE.next(from, trigger);
        LOG.debug("{} --{}--> {}", from, trigger, screen);
        if (isTimed(screen) && session.pendingEnd == CustomerSession.PendingEnd.NONE) {
            inactivity.arm();
        } else {
            inactivity.disarm();
        }
    }

    private static boolean isTimed(Screen s) {
        return switch (s) {
            case LANGUAGE, ENTER_LINE, CONFIRM_LINE, CHOOSE_PRODUCT, CONFIRM_ORDER, INSERT_CASH, CONFIRM_CANCEL -> true;
            default -> false;
        };
    }

    private SessionView buildView() {
        Optional<ServiceChecks> c = checks;
        return new SessionView(screen, session.language, settings.languages(), session.entry.toString(), session.lineError,
                session.line, session.offers, session.product, session.price(), session.paid(), settings.acceptedNotes(),
                enabledNotes, session.notice, session.canGoOnPaying, inactivity.secondsLeft(), session.outcome, issues(),
                c.map(x -> x.printer().paperNearEnd()).orElse(false));
    }
}
