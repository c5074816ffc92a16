package jp.konbini.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.konbini.domain.Language;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.flow.Intent;
import jp.konbini.flow.NoteNotice;
import jp.konbini.flow.Offer;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.Screen;
import jp.konbini.flow.SessionFlow;
import jp.konbini.flow.SessionView;

/**
 * A customer for burn-in: walks the real flow screen by screen with the same intents a touch
 * sends, and pays by pushing notes into the acceptor (the simulator, or a technician at a real
 * one). Each session follows a {@link Scenario} chosen by the seeded random source.
 */
final class RobotCustomer {

    /** What a session does; weights give the mix of a busy day with bad luck in it. */
    enum Scenario {
        PURCHASE(50),
        PURCHASE_WITH_A_REJECTED_NOTE(8),
        CANCEL_BEFORE_PAYMENT(8),
        CANCEL_AT_CASH_BEFORE_ANY_NOTE(6),
        CREDIT_RECEIPT_AFTER_A_NOTE(8),
        PURCHASE_OFFLINE(8),
        PAPER_OUT_AFTER_PAYMENT(6),
        ACCEPTOR_JAM_WITH_MONEY_IN(6);

        final int weight;

        Scenario(int weight) {
            this.weight = weight;
        }

        static Scenario pick(RandomGenerator random, java.util.Set<Scenario> possible) {
            int total = 0;
            for (Scenario s : possible) {
                total += s.weight;
            }
            int r = random.nextInt(total);
            for (Scenario s : values()) {
                if (possible.contains(s)) {
                    r -= s.weight;
                    if (r < 0) {
                        return s;
                    }
                }
            }
            throw new AssertionError();
        }
    }

    /** What the kiosk's hardware and network do when a scenario asks (simulators, or a technician). */
    interface World {
        /** Pushes a note into the acceptor; the answer tells whether it came back out (rejected or returned). */
        java.util.function.BooleanSupplier insert(Denomination note);

        /** Pushes in something the acceptor refuses; the answer tells whether it came back out. */
        java.util.function.BooleanSupplier insertFake();

        void jamNextNote();

        void clearJam();

        void paperOut();

        void reloadPaper();

        void network(boolean up);

        /** What the devices are doing, for the report when the kiosk got stuck. */
        String describe();

        /** The scenarios this world can play (a technician at real devices cannot jam them on cue). */
        java.util.Set<Scenario> scenarios();

        /** How long a pushed note may take to be credited (a person is slower than a simulator). */
        Duration noteTime();
    }

    /**
     * How one session ended, as the customer saw it.
     *
     * @param restarts how often the kiosk ended the session before any cash (a service check found a
     *                 problem) and the customer started again
     */
    record Session(int number, Scenario scenario, Optional<Outcome> outcome, Yen paid, Optional<String> error, int restarts) {
    }

    /** The kiosk sent the customer back before any cash was in (it went out of service for a moment). */
    private static final class SentBack extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SentBack(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAX_RESTARTS = 3;
    private static final int ATTEMPTS_PER_NOTE = 3;
    /** A person takes a note given back and tries again after a moment. */
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);

    private static final Duration STEP = Duration.ofSeconds(20);
    /** A confirmation waits up to its bound, then printing; the credit settle limit is 60 s. */
    private static final Duration ENDING = Duration.ofSeconds(90);

    private final SessionFlow flow;
    private final ViewWatcher screen;
    private final World world;
    private final RandomGenerator random;

    RobotCustomer(SessionFlow flow, ViewWatcher screen, World world, RandomGenerator random) {
        this.flow = flow;
        this.screen = screen;
        this.world = world;
        this.random = random;
    }

    /** Waits until the kiosk serves customers (after start-up or an out-of-service spell). */
    void awaitAttract(Duration timeout) {
        screen.await("the attract screen", v -> v.screen() == Screen.ATTRACT, timeout);
    }

    Session shop(int number, Scenario scenario) {
        for (int restarts = 0; ; restarts++) {
            try {
                Session s = run(number, scenario);
                return new Session(s.number(), s.scenario(), s.outcome(), s.paid(), s.error(), restarts);
            } catch (SentBack e) {
                if (restarts == MAX_RESTARTS) {
                    return new Session(number, scenario, Optional.empty(), Yen.ZERO, Optional.of(e.getMessage()), restarts);
                }
            } catch (ViewWatcher.StuckException e) {
                walkAway();
                return new Session(number, scenario, Optional.empty(), screen.latest().paid(),
                        Optional.of(e.getMessage() + "; enabled " + screen.latest().enabledNotes() + "; devices: " + world.describe()),
                        restarts);
            } finally {
                if (scenario == Scenario.ACCEPTOR_JAM_WITH_MONEY_IN) {
                    world.clearJam();   // the technician frees the unit once the customer has gone, whatever happened
                }
            }
        }
    }

    /** After the kiosk got stuck: the customer gives up (a credit receipt if money is in), so the next one finds it free. */
    private void walkAway() {
        flow.submit(new Intent.Cancel());
        flow.submit(new Intent.Confirm());
        try {
            screen.await("the session to end", v -> !v.screen().isCustomerSession() || v.screen() == Screen.DONE
                    || v.screen() == Screen.CREDIT_ISSUED, ENDING);
            flow.submit(new Intent.Done());
        } catch (ViewWatcher.StuckException ignored) {
            // reported with the session already
        }
    }

    private Session run(int number, Scenario scenario) {
        awaitAttract(STEP.multipliedBy(3));
        tap(new Intent.Start(), "the language screen", Screen.LANGUAGE);
        List<Language> languages = screen.latest().languages();
        tap(new Intent.ChooseLanguage(languages.get(random.nextInt(languages.size()))), "the number screen", Screen.ENTER_LINE);
        if (scenario == Scenario.CANCEL_BEFORE_PAYMENT && random.nextBoolean()) {
            return cancelBeforePayment(number, scenario);
        }
        String line = random.nextInt(4) == 0 ? RandomLines.iccid(random) : RandomLines.mobile(random);
        long typing = screen.version();
        for (char c : line.toCharArray()) {
            flow.submit(new Intent.Key(c));
        }
        if (sentBack(screen.awaitNew("the digits typed", typing, v -> v.lineEntry().equals(line) || sentBack(v), STEP))) {
            throw new SentBack("sent back while typing");
        }
        tap(new Intent.SubmitLine(), "the number read back", Screen.CONFIRM_LINE);
        tap(new Intent.Confirm(), "the products", Screen.CHOOSE_PRODUCT);
        if (scenario == Scenario.CANCEL_BEFORE_PAYMENT) {
            return cancelBeforePayment(number, scenario);
        }
        List<Offer> available = screen.latest().offers().stream().filter(Offer::available).toList();
        if (available.isEmpty()) {
            return cancelBeforePayment(number, scenario);
        }
        Offer offer = available.get(random.nextInt(available.size()));
        long choosing = screen.version();
        flow.submit(new Intent.ChooseProduct(offer.product().id()));
        if (sentBack(screen.awaitNew("the order", choosing, v -> v.screen() == Screen.CONFIRM_ORDER || sentBack(v), STEP))) {
            throw new SentBack("sent back before the order");
        }
        if (scenario == Scenario.PURCHASE_OFFLINE) {
            world.network(false);
        }
        tap(new Intent.Confirm(), "the insert-cash screen", Screen.INSERT_CASH);
        return pay(number, scenario);
    }

    private Session cancelBeforePayment(int number, Scenario scenario) {
        tap(new Intent.Cancel(), "the attract screen after cancel", Screen.ATTRACT);
        return new Session(number, scenario, Optional.empty(), Yen.ZERO, Optional.empty(), 0);
    }

    private Session pay(int number, Scenario scenario) {
        switch (scenario) {
            case CANCEL_AT_CASH_BEFORE_ANY_NOTE -> {
                tap(new Intent.Cancel(), "the attract screen after cancel", Screen.ATTRACT);
                return new Session(number, scenario, Optional.empty(), Yen.ZERO, Optional.empty(), 0);
            }
            case PURCHASE_WITH_A_REJECTED_NOTE -> {
                java.util.function.BooleanSupplier back = world.insertFake();
                // The flow says so when the driver saw the unit rejecting (a fast simulator may be quicker than a poll).
                SessionView after = screen.await("the fake note given back",
                        v -> v.noteNotice() == NoteNotice.REJECTED || back.getAsBoolean() || sentBack(v), STEP);
                if (sentBack(after)) {   // the kiosk ended the session before any cash; the note waits at the inhibited unit
                    throw new SentBack("sent back while a fake note was in (" + after.serviceIssues() + ")");
                }
            }
            case CREDIT_RECEIPT_AFTER_A_NOTE, ACCEPTOR_JAM_WITH_MONEY_IN -> {
                NoteResult first = insertOne(true);
                if (first == NoteResult.NONE_FITS) {
                    break;   // one note would pay it all: this session just buys
                }
                if (first == NoteResult.SESSION_MOVED_ON) {
                    return ended(number, scenario);   // sent back before any cash (a restart), or paid in full: as it ended
                }
                if (first == NoteResult.NOT_TAKEN) {
                    throw new ViewWatcher.StuckException("no note was taken in " + ATTEMPTS_PER_NOTE + " tries (" + screen.latest().noteNotice()
                            + ", due " + screen.latest().due().format() + ")");
                }
                if (scenario == Scenario.ACCEPTOR_JAM_WITH_MONEY_IN) {
                    world.jamNextNote();
                    Denomination note = Denomination.notAbove(screen.latest().due(), screen.latest().enabledNotes()).iterator().next();
                    world.insert(note);
                    screen.await("the question with the acceptor down", v -> v.screen() == Screen.CONFIRM_CANCEL && !v.canGoOnPaying(),
                            world.noteTime());
                } else {
                    tap(new Intent.Cancel(), "the cancel question", Screen.CONFIRM_CANCEL);
                }
                flow.submit(new Intent.Confirm());
                return ended(number, scenario);
            }
            default -> { }
        }
        boolean paperTaken = false;
        while (screen.latest().screen() == Screen.INSERT_CASH && screen.latest().due().isPositive()) {
            insertOne(false);
            if (scenario == Scenario.PAPER_OUT_AFTER_PAYMENT && !paperTaken) {
                world.paperOut();   // money is in: the customer finishes, the receipt cannot print
                paperTaken = true;
            }
        }
        return ended(number, scenario);
    }

    /** What became of the note a customer pushed in. */
    private enum NoteResult {
        CREDITED,
        /** The session moved on without it (paid in full by a note in flight, or ended by the kiosk). */
        SESSION_MOVED_ON,
        /** Given back every time. */
        NOT_TAKEN,
        NONE_FITS
    }

    /**
     * One note not above what is due (most people use their largest), and, when
     * {@code leaveSomethingDue}, below it; waits until the screen shows it credited. A note given
     * back (the acceptor was not yet enabled for it, say) is pushed in again after a moment, as a
     * customer would.
     */
    private NoteResult insertOne(boolean leaveSomethingDue) {
        SessionView before = screen.latest();
        List<Denomination> fitting = new ArrayList<>(before.enabledNotes().stream()
                .filter(n -> !leaveSomethingDue || before.due().isGreaterThan(n.value())).toList());
        if (fitting.isEmpty()) {
            return NoteResult.NONE_FITS;
        }
        fitting.sort(null);
        Denomination note = random.nextInt(10) < 7 ? fitting.get(fitting.size() - 1) : fitting.get(random.nextInt(fitting.size()));
        for (int attempt = 1; attempt <= ATTEMPTS_PER_NOTE; attempt++) {
            if (attempt > 1) {
                pause(RETRY_PAUSE);
            }
            java.util.function.BooleanSupplier givenBack = world.insert(note);
            SessionView after = screen.await("¥" + note.value().amount() + " credited or given back",
                    v -> v.paid().isGreaterThan(before.paid()) || v.screen() != Screen.INSERT_CASH || givenBack.getAsBoolean(), world.noteTime());
            if (after.paid().isGreaterThan(before.paid())) {
                return NoteResult.CREDITED;
            }
            if (after.screen() != Screen.INSERT_CASH) {
                return NoteResult.SESSION_MOVED_ON;
            }
        }
        return NoteResult.NOT_TAKEN;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ViewWatcher.StuckException("interrupted");
        }
    }

    private Session ended(int number, Scenario scenario) {
        if (sentBack(screen.latest()) && screen.latest().outcome().isEmpty()) {
            throw new SentBack("the payment was ended before any cash (" + screen.latest().serviceIssues() + ")");
        }
        SessionView end = screen.await("the end of the session", v -> v.outcome().isPresent()
                && v.outcome().get().receipt() != Outcome.ReceiptProgress.PRINTING, ENDING);
        Outcome outcome = end.outcome().orElseThrow();
        if (end.screen() == Screen.DONE || end.screen() == Screen.CREDIT_ISSUED) {
            tap(new Intent.Done(), "the next customer", Screen.ATTRACT, Screen.OUT_OF_SERVICE);
        }
        if (scenario == Scenario.PURCHASE_OFFLINE) {
            world.network(true);
        }
        if (scenario == Scenario.PAPER_OUT_AFTER_PAYMENT) {
            world.reloadPaper();
        }
        return new Session(number, scenario, Optional.of(outcome), outcome.paid(), Optional.empty(), 0);
    }

    private void tap(Intent intent, String what, Screen... expected) {
        long before = screen.version();
        flow.submit(intent);
        List<Screen> wanted = List.of(expected);
        SessionView v = screen.awaitNew(what, before, x -> wanted.contains(x.screen()) || sentBack(x), STEP);
        if (!wanted.contains(v.screen())) {
            throw new SentBack("sent back to " + v.screen() + " while waiting for " + what + " (" + v.serviceIssues() + ")");
        }
    }

    /** Back at the start with nothing paid: the kiosk ended the session (a service problem), not the customer. */
    private static boolean sentBack(SessionView v) {
        return (v.screen() == Screen.ATTRACT || v.screen() == Screen.OUT_OF_SERVICE) && !v.paid().isPositive();
    }
}
