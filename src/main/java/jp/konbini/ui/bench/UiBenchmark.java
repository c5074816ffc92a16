package jp.konbini.ui.bench;

import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.konbini.domain.Language;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.flow.NoteNotice;
import jp.konbini.flow.Offer;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.Screen;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.FxToolkit;
import jp.konbini.ui.KioskUi;
import jp.konbini.ui.UiOptions;
import jp.konbini.ui.model.OfferItem;

/**
 * The customer UI under load, headless (Monocle, software rendering), through the real flow:
 * <ul>
 * <li>cold start: from JVM start (or the given instant) to the first pulse with the attract
 * screen laid out in the scene;</li>
 * <li>memory: resident set (VmRSS) after all sessions and its growth over the second half, with
 * the heap in use after a collection at half-time and at the end (a leak shows as growth);</li>
 * <li>tap to screen: from firing a real button's action on the FX thread to the first pulse in
 * which the next screen is laid out (the frame is drawn from that scene graph); key taps, whose
 * screen stays, are reported separately as key echo.</li>
 * </ul>
 * Each session is a whole purchase made by firing the buttons a customer would touch, in each
 * language in turn, paid with the largest notes the acceptor takes at each moment.
 */
public final class UiBenchmark {

    /** A phone number every catalogue product is offered for (no network hint). */
    private static final String LINE = "08098765432";
    private static final String PREFERRED_PRODUCT = "bmobile-visitor-5gb-21d";
    private static final long WAIT_SECONDS = 30;
    private static final long RETRY_AFTER_SECONDS = 3;
    private static final int NOTE_ATTEMPTS = 5;

    private final Supplier<DrivableKiosk> kiosks;
    private final int sessions;
    private final long startEpochMillis;

    private volatile Waiter waiting;
    private volatile SessionView shown;
    private Scene scene;
    private int notesPushedAgain;

    /** Cold start measured from the JVM's start. */
    public UiBenchmark(Supplier<DrivableKiosk> kiosks, int sessions) {
        this(kiosks, sessions, ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /**
     * @param startEpochMillis the instant cold start is measured from (epoch milliseconds)
     */
    public UiBenchmark(Supplier<DrivableKiosk> kiosks, int sessions, long startEpochMillis) {
        if (sessions < 2) {
            throw new IllegalArgumentException("at least 2 sessions (the leak check compares the halves): " + sessions);
        }
        this.kiosks = Objects.requireNonNull(kiosks, "kiosks");
        this.sessions = sessions;
        this.startEpochMillis = startEpochMillis;
    }

    /** Starts JavaFX headless (or joins it), runs the sessions, and returns the figures (one JSON object). */
    public Map<String, Object> run() {
        long entered = System.currentTimeMillis();
        FxToolkit.start(true);
        long toolkit = System.currentTimeMillis();
        Latencies taps = new Latencies();
        Latencies keys = new Latencies();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "ui");
        try (DrivableKiosk kiosk = kiosks.get()) {
            long assembled = System.currentTimeMillis();
            Stage stage = show(kiosk);
            long shownAt = System.currentTimeMillis();
            try {
                result.put("coldStartMs", coldStart(kiosk));
                result.put("targetColdStartMs", 3000);
                // Where the cold start went: before the benchmark ran, JavaFX and fonts, the kiosk's
                // devices and journal, building and showing the UI, the flow's start-up to attract.
                result.put("coldStartBeforeBenchmarkMs", entered - startEpochMillis);
                result.put("coldStartToolkitMs", toolkit - entered);
                result.put("coldStartKioskMs", assembled - toolkit);
                result.put("coldStartUiMs", shownAt - assembled);
                result.put("coldStartFlowToAttractMs", startEpochMillis + (long) result.get("coldStartMs") - shownAt);
                double rssHalf = 0;
                double heapHalf = 0;
                double committedHalf = 0;
                for (int i = 1; i <= sessions; i++) {
                    List<Language> languages = shown.languages();
                    purchase(kiosk, languages.get(i % languages.size()), taps, keys);
                    if (i == sessions / 2) {
                        heapHalf = ProcessMemory.heapUsedAfterGcMb();
                        committedHalf = ProcessMemory.heapCommittedMb();
                        rssHalf = ProcessMemory.residentMb();
                    }
                }
                double heapEnd = ProcessMemory.heapUsedAfterGcMb();
                double rssEnd = ProcessMemory.residentMb();
                result.put("sessions", sessions);
                result.put("rssMb", rssEnd);
                result.put("targetRssMb", 300);
                result.put("rssMbAtHalf", rssHalf);
                result.put("rssGrowthMbSecondHalf", ProcessMemory.round(rssEnd - rssHalf));
                result.put("heapUsedMbAfterGcAtHalf", heapHalf);
                result.put("heapUsedMbAfterGc", heapEnd);
                result.put("heapGrowthMbSecondHalf", ProcessMemory.round(heapEnd - heapHalf));
                // Resident memory also grows when the JVM commits more heap (up to -Xmx), which is not a leak.
                result.put("heapCommittedMbAtHalf", committedHalf);
                result.put("heapCommittedMb", ProcessMemory.heapCommittedMb());
                result.put("taps", taps.size());
                result.put("tapToScreenMsP50", taps.percentileMs(50));
                result.put("tapToScreenMsP95", taps.percentileMs(95));
                result.put("tapToScreenMsP99", taps.percentileMs(99));
                result.put("tapToScreenMsMax", taps.percentileMs(100));
                result.put("targetTapToScreenMsP95", 100);
                result.put("keyTaps", keys.size());
                result.put("keyEchoMsP95", keys.percentileMs(95));
                result.put("notesPushedAgain", notesPushedAgain);
                result.put("scene", "1920x1080 landscape");
                result.put("platform", "JavaFX " + System.getProperty("javafx.runtime.version", "?") + ", Monocle headless, "
                        + "prism " + System.getProperty("prism.order", "?"));
            } finally {
                FxToolkit.onFxThread(() -> {
                    stage.close();
                    return null;
                });
            }
        }
        return result;
    }

    private Stage show(DrivableKiosk kiosk) {
        return FxToolkit.onFxThread(() -> {
            Stage stage = new Stage();
            KioskUi ui = new KioskUi(kiosk.flow(), UiOptions.windowed(1920, 1080));
            ui.show(stage);
            ui.onRendered(this::rendered);
            scene = ui.scene();
            return stage;
        });
    }

    /** Starts the flow and waits for the attract screen's first frame: that is the kiosk ready for a customer. */
    private long coldStart(DrivableKiosk kiosk) {
        Waiter attract = expect(v -> v.screen() == Screen.ATTRACT);
        kiosk.flow().start();
        await(attract.arrived, "the attract screen after start-up");
        return attract.epochMillis - startEpochMillis;
    }

    private void purchase(DrivableKiosk kiosk, Language language, Latencies taps, Latencies keys) {
        tap("start", v -> v.screen() == Screen.LANGUAGE, taps);
        tap("lang-" + language.tag(), v -> v.screen() == Screen.ENTER_LINE, taps);
        for (int i = 0; i < LINE.length(); i++) {
            int typed = i + 1;
            tap("key-" + LINE.charAt(i), v -> v.lineEntry().length() == typed, keys);
        }
        tap("submit-line", v -> v.screen() == Screen.CONFIRM_LINE, taps);
        tap("confirm", v -> v.screen() == Screen.CHOOSE_PRODUCT, taps);
        tap(OfferItem.nodeId(product(shown).product().id()), v -> v.screen() == Screen.CONFIRM_ORDER, taps);
        tap("pay", v -> v.screen() == Screen.INSERT_CASH, taps);
        while (shown.screen() == Screen.INSERT_CASH) {
            pay(kiosk);
        }
        await(expect(UiBenchmark::done).arrived, "the result with its receipt printed");
        tap("done", v -> v.screen() == Screen.ATTRACT, taps);
    }

    /**
     * One note, the largest the acceptor takes now, until it is credited. A note given back (the
     * screen may come a moment before the acceptor is enabled) is pushed in again, as a customer
     * would: after a quiet spell with no note being checked.
     */
    private void pay(DrivableKiosk kiosk) {
        Yen paid = shown.paid();
        Denomination note = shown.enabledNotes().stream().max(Comparator.comparing(Denomination::value))
                .orElseThrow(() -> new IllegalStateException("no note enabled with " + shown.due().format() + " due"));
        for (int attempt = 1; ; attempt++) {
            Waiter next = expect(v -> v.paid().isGreaterThan(paid) || v.screen() != Screen.INSERT_CASH);
            kiosk.insertNote(note);
            long quietSince = System.nanoTime();
            while (!next.arrived.isDone()) {
                try {
                    next.arrived.get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException stillWaiting) {
                    if (shown.noteNotice() == NoteNotice.CHECKING) {
                        quietSince = System.nanoTime();
                    } else if (System.nanoTime() - quietSince > TimeUnit.SECONDS.toNanos(RETRY_AFTER_SECONDS)) {
                        break;
                    }
                } catch (ExecutionException e) {
                    throw new IllegalStateException(note + " failed", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted paying", e);
                }
            }
            if (next.arrived.isDone()) {
                return;
            }
            if (attempt == NOTE_ATTEMPTS) {
                throw new IllegalStateException(note + " not credited after " + NOTE_ATTEMPTS + " tries (on " + shown.screen() + ")");
            }
            notesPushedAgain++;
        }
    }

    private static boolean done(SessionView v) {
        return v.screen() == Screen.DONE && v.outcome().map(o -> o.receipt() != Outcome.ReceiptProgress.PRINTING).orElse(false);
    }

    private static Offer product(SessionView v) {
        return v.offers().stream().filter(o -> o.available() && o.product().id().value().equals(PREFERRED_PRODUCT)).findFirst()
                .or(() -> v.offers().stream().filter(Offer::available).findFirst())
                .orElseThrow(() -> new IllegalStateException("no product can be bought"));
    }

    /** Fires the button's action on the FX thread (as a touch does) and waits for the frame showing its effect. */
    private void tap(String id, Predicate<SessionView> arrived, Latencies sample) {
        Waiter next = expect(arrived);
        CompletableFuture<Long> fired = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ButtonBase button = shownButton(id);
                long t0 = System.nanoTime();
                button.fire();
                fired.complete(t0);
            } catch (RuntimeException e) {
                fired.completeExceptionally(e);
            }
        });
        long t0 = await(fired, "#" + id + " fired");
        await(next.arrived, "the screen after #" + id + " (on " + shown.screen() + ")");
        sample.add(next.nanos - t0);
    }

    /** FX thread. */
    private ButtonBase shownButton(String id) {
        Node n = scene.lookup("#" + id);
        if (!(n instanceof ButtonBase b) || b.isDisabled()) {
            throw new IllegalStateException("no enabled button #" + id + " on " + shown.screen());
        }
        return b;
    }

    /** Waits from now for a frame showing {@code arrived}; a frame already showing it counts (it may have come first). */
    private Waiter expect(Predicate<SessionView> arrived) {
        Waiter w = new Waiter(arrived);
        waiting = w;
        SessionView now = shown;
        if (now != null && arrived.test(now)) {
            w.reached(now);
        }
        return w;
    }

    /** FX thread, in the pulse after a view reached the scene. */
    private void rendered(SessionView v) {
        shown = v;
        Waiter w = waiting;
        if (w != null && !w.arrived.isDone() && w.condition.test(v)) {
            w.reached(v);
        }
    }

    private static <T> T await(CompletableFuture<T> f, String what) {
        try {
            return f.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no " + what + " within " + WAIT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + what, e);
        }
    }

    /** One awaited frame: when it came, for the latency. */
    private static final class Waiter {
        final Predicate<SessionView> condition;
        final CompletableFuture<SessionView> arrived = new CompletableFuture<>();
        volatile long nanos;
        volatile long epochMillis;

        Waiter(Predicate<SessionView> condition) {
            this.condition = condition;
        }

        synchronized void reached(SessionView v) {
            if (!arrived.isDone()) {
                nanos = System.nanoTime();
                epochMillis = System.currentTimeMillis();
                arrived.complete(v);
            }
        }
    }
}
