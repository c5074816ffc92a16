package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.domain.Language;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.flow.FlowHarness;
import jp.konbini.flow.Intent;
import jp.konbini.flow.Screen;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Aspect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The technician's pages by touch, over the real flow and journal in virtual time, in each staff
 * language: receipt paper (staff too), diagnostics with the note table, the note test started and
 * stopped, serial traffic, sync figures with a network test, the configuration, an export into a
 * directory and into one that is not there, and today's charts with their points. Every page is
 * photographed to {@code target/screenshots/maintenance/<ja|en>/} and checked like the others.
 */
class TechnicianScreensTest {

    static final Map<Language, StaffTexts> TEXTS = MaintenanceScreensTest.TEXTS;

    static Stage stage;

    @TempDir
    Path dir;
    FlowHarness kiosk;
    MaintenanceFixture staff;
    UiDriver ui;
    StaffTexts t;

    @BeforeAll
    static void stage() throws TimeoutException {
        stage = org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void pictures() throws Exception {
        Snapshots.awaitWritten();
    }

    @AfterEach
    void close() {
        if (ui != null) {
            ui.close();
        }
        if (kiosk != null) {
            kiosk.close();
        }
    }

    static Stream<Language> languages() {
        return StaffTexts.LANGUAGES.stream();
    }

    private void open(Language language, String pin) {
        t = TEXTS.get(language);
        kiosk = new FlowHarness(dir);
        staff = new MaintenanceFixture(kiosk, dir);
        ui = new UiDriver(stage, kiosk, Aspect.LANDSCAPE).maintenance(staff.access()).screenshots("maintenance").folder(language.tag()).show();
        kiosk.started();
        ui.settle().expect(Screen.ATTRACT);
        sell();
        ui.hold("maintenance-corner", () -> ui.showing("pin-pad"));
        ui.click("pin-lang-" + language.tag());
        ui.type4("pin-key-", pin).click("pin-ok");
        assertTrue(ui.showing("mpage-menu"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void staffSeePaperOnlyAndCanTestPrint(Language language) {
        open(language, MaintenanceFixture.STAFF_PIN);
        assertTrue(ui.showing("fn-paper") && !ui.node("fn-paper").isDisabled());
        for (String fn : List.of("fn-diagnostics", "fn-note-test", "fn-serial-traffic", "fn-sync", "fn-configuration", "fn-export", "fn-charts")) {
            assertFalse(ui.showing(fn), fn + " is not for staff");
        }
        ui.click("fn-paper");
        assertEquals("ready", ui.text("paper-state"));
        ui.click("paper-test-print");
        assertEquals(t.get("paper.printed"), ui.text("paper-message"));
        ui.shot("60-paper");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aTechnicianReadsEveryPage(Language language) throws Exception {
        open(language, MaintenanceFixture.TECHNICIAN_PIN);

        ui.click("fn-diagnostics");
        assertFalse(ui.text("diag-state").isBlank());
        assertFalse(ui.text("diag-firmware").isBlank());
        assertTrue(ui.showing("diag-notes"));
        ui.shot("61-diagnostics");

        // The note test: started, a note read and given back (the desk hears the acceptor's events as
        // the composition root fans them out), stopped.
        ui.click("maintenance-to-menu").click("fn-note-test");
        assertEquals(t.get("notes.idle"), ui.text("notes-state"));
        assertTrue(ui.node("notes-stop").isDisabled());
        ui.click("notes-start");
        assertEquals(t.get("notes.running"), ui.text("notes-state"));
        assertTrue(staff.mode.noteTest().running());
        assertTrue(ui.node("notes-start").isDisabled());
        staff.mode.noteTest().on(new AcceptorEvent.Escrowed(Yen.of(1000)));
        staff.mode.noteTest().on(new AcceptorEvent.Returned(Yen.of(1000)));
        awaitText("notes-results", "returned ¥1,000");
        ui.shot("62-note-test-running");
        ui.click("notes-stop");
        assertEquals(t.get("notes.idle"), ui.text("notes-state"));
        assertFalse(staff.mode.noteTest().running());
        assertTrue(collect("notes-results").contains("¥1,000 read"), collect("notes-results"));

        // Serial traffic: the frames logged, oldest first, in hex.
        staff.frames.sent(new byte[] {(byte) 0xFC, 0x05, 0x11, 0x27, 0x56});
        staff.frames.received(new byte[] {(byte) 0xFC, 0x05, 0x1A, 0x7C, 0x4C});
        ui.click("maintenance-to-menu").click("fn-serial-traffic");
        String lines = collect("traffic-lines");
        assertTrue(lines.contains(">> FC 05 11 27 56") && lines.indexOf(">>") < lines.indexOf("<< FC 05 1A 7C 4C"), lines);
        staff.frames.sent(new byte[] {(byte) 0xFC, 0x05, 0x11, 0x27, 0x56});
        ui.click("traffic-refresh");
        assertEquals(3, collect("traffic-lines").lines().count());
        ui.click("traffic-auto");
        assertEquals(t.get("traffic.auto.on"), ui.text("traffic-auto"));
        staff.frames.received(new byte[] {(byte) 0xFC, 0x05, 0x1B, 0x7C, 0x4C});
        awaitText("traffic-lines", "<< FC 05 1B 7C 4C");    // auto-refresh found it, nobody pressed anything
        ui.shot("63-serial-traffic");

        // Sync: the backlog the fixture's server has not taken, and a network test that does not reach it.
        ui.click("maintenance-to-menu").click("fn-sync");
        assertEquals(t.get("sync.offline"), ui.text("sync-online"));
        assertEquals("3", ui.text("sync-pending"));
        assertEquals(t.format("sync.unsynced.value", 2, "¥4,000"), ui.text("sync-unsynced"));
        assertEquals(t.get("sync.never"), ui.text("sync-last-answer"));
        ui.click("sync-test");
        assertEquals(t.format("sync.test.failed", "offline (test)"), ui.text("sync-message"));
        ui.click("sync-now");
        assertEquals(t.get("sync.asked"), ui.text("sync-message"));
        ui.shot("64-sync");

        ui.click("maintenance-to-menu").click("fn-configuration");
        assertEquals(t.format("config.version", "test"), ui.text("config-version"));
        assertEquals("KSK-TEST-0001", ui.text("config-kiosk-id"));
        assertEquals("https://central.example/api", ui.text("config-central-url"));
        assertFalse(ui.text("config-central-token").contains("s3cr3t"), "the desk masks secrets");
        ui.shot("65-configuration");

        // Export: into a directory that is not there (the clear sentence), then into a real one.
        ui.click("maintenance-to-menu").click("fn-export");
        assertEquals(dir.toString(), FxToolkit.onFxThread(() -> ((javafx.scene.control.TextField) ui.node("export-target")).getText()));
        Path missing = dir.resolve("no-stick");
        ui.write("export-target", missing.toString()).click("export-go");
        assertEquals(t.format("refusal.export-target-unwritable", missing.toString()), ui.text("export-message"), "in the staff's language");
        ui.shot("66-export-no-stick");
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Files.writeString(Files.createDirectories(dir.resolve("logs")).resolve("kiosk.log"), "14:00 started\n");
        ui.write("export-target", usb.toString()).click("export-yesterday").click("export-go");
        assertTrue(ui.text("export-message").contains(usb.toString()), ui.text("export-message"));
        assertFalse(FxToolkit.onFxThread(() -> ui.node("export-message").getPseudoClassStates().toString()).contains("problem"));
        String files = collect("export-files");
        assertTrue(files.contains("daily-report-") && files.contains("kiosk.log"), files);
        try (Stream<Path> written = Files.walk(usb)) {
            assertTrue(written.anyMatch(p -> p.getFileName().toString().startsWith("daily-report-")), "the report is on the stick");
        }
        ui.shot("67-export-done");

        // Charts: today's, with the sale in its hour and a backlog sampled twice.
        staff.backlogNow.set(4);
        staff.backlog.sample();
        kiosk.advance(Duration.ofMinutes(5));
        staff.backlogNow.set(1);
        staff.backlog.sample();
        ui.settle().click("maintenance-to-menu").click("fn-charts");
        assertEquals(24, points("chart-top-ups").size());
        assertEquals(1L, points("chart-top-ups").stream().mapToLong(Number::longValue).sum(), "the one sale today");
        assertEquals(List.of(4L, 1L), points("chart-backlog").stream().map(Number::longValue).toList());
        assertFalse(points("chart-cash-box").isEmpty());
        ui.shot("68-charts");
    }

    /** The y values of a chart's one series. */
    @SuppressWarnings("unchecked")
    private List<Number> points(String id) {
        return FxToolkit.onFxThread(() -> ((XYChart<String, Number>) ui.node(id)).getData().get(0).getData().stream()
                .map(XYChart.Data::getYValue).toList());
    }

    private void awaitText(String id, String part) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (!collect(id).contains(part) && System.nanoTime() < deadline) {
            UiDriver.pause(50);
            ui.settle();
        }
        assertTrue(collect(id).contains(part), collect(id));
    }

    private String collect(String id) {
        return FxToolkit.onFxThread(() -> text(ui.node(id)));
    }

    private static String text(javafx.scene.Node n) {
        if (n instanceof javafx.scene.control.Labeled l) {
            return l.getText();
        }
        return n instanceof Parent p ? String.join(n instanceof javafx.scene.layout.HBox ? " " : "\n", p.getChildrenUnmodifiable().stream().map(TechnicianScreensTest::text)
                .filter(s -> !s.isEmpty()).toList()) : "";
    }

    private void sell() {
        kiosk.order("08012345678", MaintenanceScreensTest.FIVE_GB);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.insert(Denomination.YEN_1000);
        ui.settle().expect(Screen.DONE);
        kiosk.tap(new Intent.Done());
        ui.settle().expect(Screen.ATTRACT);
    }
}
