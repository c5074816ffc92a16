package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Stage;
import jp.konbini.domain.Language;
import jp.konbini.flow.FlowHarness;
import jp.konbini.flow.Screen;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.ui.view.Aspect;
import org.testfx.api.FxRobot;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.testfx.robot.MouseRobot;

/**
 * A customer at the kiosk in a test: the real UI on the class's one stage, over the real flow in
 * virtual time. Clicks are real (TestFX moves the pointer and clicks the button); the flow steps a
 * click queued run on the test thread ({@code runUntilIdle}), then the FX thread catches up.
 */
final class UiDriver {

    static final AwtFonts FONTS = AwtFonts.load();

    final FlowHarness kiosk;
    final Aspect aspect;
    private final Stage stage;
    private final FxRobot robot = new FxRobot();
    private final GlyphCheck glyphs = new GlyphCheck(FONTS);
    private KioskUi ui;
    private String folder = "ja";
    private String top;
    private MaintenanceAccess maintenance;

    UiDriver(Stage stage, FlowHarness kiosk, Aspect aspect) {
        this.stage = stage;
        this.kiosk = kiosk;
        this.aspect = aspect;
    }

    UiDriver show() {
        double w = aspect == Aspect.LANDSCAPE ? 1920 : 1080;
        double h = aspect == Aspect.LANDSCAPE ? 1080 : 1920;
        ui = maintenance == null ? new KioskUi(kiosk.flow(), UiOptions.windowed(w, h))
                : new KioskUi(kiosk.flow(), UiOptions.windowed(w, h), maintenance);
        FxToolkit.onFxThread(() -> {
            ui.show(stage);
            stage.setX(0);
            stage.setY(0);
            return null;
        });
        // The reused window takes its new size asynchronously; until then the scene has the old shape.
        for (int i = 0; i < 200 && FxToolkit.onFxThread(() -> stage.getScene().getWidth() != w || stage.getScene().getHeight() != h); i++) {
            settle();
        }
        settle();
        return this;
    }

    /** Screenshots go to target/screenshots/&lt;orientation&gt;/&lt;folder&gt;/. */
    UiDriver folder(String f) {
        folder = f;
        return this;
    }

    /** With maintenance mode (call before {@link #show}). */
    UiDriver maintenance(MaintenanceAccess access) {
        maintenance = access;
        return this;
    }

    /** Screenshots go to target/screenshots/&lt;top&gt;/&lt;folder&gt;/ instead of the orientation's folder. */
    UiDriver screenshots(String topFolder) {
        top = topFolder;
        return this;
    }

    /** Stops maintenance mode's thread (the stage is reused by the next test). */
    void close() {
        if (ui != null) {
            ui.close();
        }
    }

    static String folder(Language l) {
        return l.tag();
    }

    KioskUi ui() {
        return ui;
    }

    /**
     * A real click on the node with this id, and everything it sets off: the pointer moves onto the
     * node's centre and presses through the platform (Monocle's glass robot), so hit-testing,
     * disabled state and the button's own handling all take part. TestFX's clickOn does the same,
     * but glides the pointer in steps and waits 50 ms after each event; a walk has 25 clicks.
     */
    UiDriver click(String id) {
        Node n = node(id);
        assertTrue(n.isVisible() && !n.isDisabled(), "#" + id + " is not clickable");
        return tap(id);
    }

    /** Clicks {@code prefix + key} for each key (the maintenance keypads: pin-key-, col-key-, tx-key-, letters too). */
    UiDriver type4(String prefix, String digits) {
        for (char c : digits.toCharArray()) {
            click(prefix + c);
        }
        return this;
    }

    UiDriver type(String digits) {
        for (char c : digits.toCharArray()) {
            click("key-" + c);
        }
        return this;
    }

    /**
     * Runs the flow steps queued so far, lets the FX thread take the new view, and lays the scene
     * out. Maintenance calls run on their own thread (a PIN check, say, and the flow step taking the
     * kiosk over that it waits for): until they are back, the flow keeps being stepped.
     */
    UiDriver settle() {
        fxQueueDone();                  // the click's events, and the intents they submit
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (staffBusy()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a maintenance call did not come back in 30 s");
            }
            kiosk.time.runUntilIdle();
            fxQueueDone();
            pause(2);
        }
        for (int i = 0; i < 2; i++) {
            kiosk.time.runUntilIdle();  // the flow steps, which publish views
            fxQueueDone();              // FlowBinding's delivery
        }
        FxToolkit.onFxThread(() -> {
            Parent root = stage.getScene().getRoot();
            root.applyCss();
            root.layout();
            return null;
        });
        return this;
    }

    private boolean staffBusy() {
        return ui != null && FxToolkit.onFxThread(() -> ui.maintenance().map(m -> m.busy().get()).orElse(false));
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Presses on the node with this id and keeps the finger there until {@code until} holds (or 20 s pass), then lets go. */
    UiDriver hold(String id, java.util.function.BooleanSupplier until) {
        Point2D centre = robot.point(node(id)).query();
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.moveNoWait(centre);
        mouse.pressNoWait(MouseButton.PRIMARY);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!until.getAsBoolean() && System.nanoTime() < deadline) {
            settle();
            pause(20);
        }
        mouse.releaseNoWait(MouseButton.PRIMARY);
        settle();
        return this;
    }

    /** A press on the node with this id, let go at once: a tap, not a hold. */
    UiDriver tap(String id) {
        Point2D centre = robot.point(node(id)).query();
        MouseRobot mouse = robot.robotContext().getMouseRobot();
        mouse.moveNoWait(centre);
        mouse.pressNoWait(MouseButton.PRIMARY);
        mouse.releaseNoWait(MouseButton.PRIMARY);
        settle();
        return this;
    }

    /** Sets a text field's text as a person typing it would (the field's text property). */
    UiDriver write(String id, String text) {
        FxToolkit.onFxThread(() -> {
            ((javafx.scene.control.TextInputControl) stage.getScene().lookup("#" + id)).setText(text);
            return null;
        });
        return settle();
    }

    /** The FX queue is first in, first out: once this runs, everything queued before it has. */
    private static void fxQueueDone() {
        FxToolkit.onFxThread(() -> null);
    }

    Node node(String id) {
        Node n = FxToolkit.onFxThread(() -> stage.getScene().lookup("#" + id));
        if (n == null) {
            throw new AssertionError("no #" + id + " on " + kiosk.view().screen());
        }
        return n;
    }

    boolean showing(String id) {
        return FxToolkit.onFxThread(() -> {
            Node n = stage.getScene().lookup("#" + id);
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return n != null;
        });
    }

    String text(String id) {
        return FxToolkit.onFxThread(() -> ((javafx.scene.control.Labeled) stage.getScene().lookup("#" + id)).getText());
    }

    UiDriver expect(Screen screen) {
        assertEquals(screen, kiosk.view().screen(), () -> "issues " + kiosk.view().serviceIssues() + ", outcome " + kiosk.view().outcome() + ", screens " + kiosk.views().stream().map(v -> v.screen() + (v.serviceIssues().isEmpty() ? "" : v.serviceIssues().toString())).toList().subList(Math.max(0, kiosk.views().size() - 12), kiosk.views().size()));
        String nodeId = "screen-" + screen.name().toLowerCase(Locale.ROOT).replace('_', '-');
        assertTrue(showing(nodeId), nodeId + " is not on the stage");
        return this;
    }

    /** Problems a glyph or clipping check finds on the stage now. */
    List<String> problems() {
        return FxToolkit.onFxThread(() -> {
            List<String> all = new java.util.ArrayList<>(glyphs.problems(stage.getScene().getRoot()));
            all.addAll(UxRules.problems(stage.getScene().getRoot()));
            return all;
        });
    }

    /** Saves the picture and fails if any text on it cannot be drawn or is cut short, or breaks a UX rule. */
    UiDriver shot(String name) {
        BufferedImage image = FxToolkit.onFxThread(() -> Snapshots.take(stage.getScene()));
        Snapshots.writeLater(image, top != null ? top : aspect.name().toLowerCase(Locale.ROOT), folder, name);
        List<String> problems = problems();
        assertTrue(problems.isEmpty(), name + " (" + aspect + ", " + folder + "):\n" + String.join("\n", problems));
        return this;
    }
}
