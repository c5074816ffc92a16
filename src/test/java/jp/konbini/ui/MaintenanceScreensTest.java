package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.flow.FlowHarness;
import jp.konbini.flow.Intent;
import jp.konbini.flow.Screen;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Aspect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maintenance mode by touch, over the real flow and journal in virtual time, in each staff
 * language: the keypad only after holding the corner (a tap does nothing), a wrong PIN, the lock
 * after five, the staff menu with staff functions only, a whole cash collection with a difference,
 * a transaction found and its receipt reprinted, out of service with a preset reason and leaving
 * (the customers then read that reason), a technician paying out a claim code, and no entry while
 * a customer has money in. Every maintenance screen is photographed to
 * {@code target/screenshots/maintenance/<ja|en>/} and checked for text that cannot be drawn, is
 * cut short, or breaks the touch-target and text-size rules.
 */
class MaintenanceScreensTest {

    static final ProductId FIVE_GB = new ProductId("bmobile-visitor-5gb-21d");
    static final Map<Language, StaffTexts> TEXTS = StaffTexts.load(MaintenanceAccess.JAPAN);

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

    private void open(Language language) {
        t = TEXTS.get(language);
        kiosk = new FlowHarness(dir);
        staff = new MaintenanceFixture(kiosk, dir);
        ui = new UiDriver(stage, kiosk, Aspect.LANDSCAPE).maintenance(staff.access()).screenshots("maintenance").folder(language.tag()).show();
        kiosk.started();
        ui.settle().expect(Screen.ATTRACT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void staffCollectReprintAndTakeTheKioskOutOfService(Language language) {
        open(language);
        long sold = sell();
        creditHeld();

        // A tap in the corner is a customer's tap, not a way in.
        ui.tap("maintenance-corner");
        UiDriver.pause(MaintenanceFixture.HOLD.toMillis() * 2);
        ui.settle();
        assertFalse(ui.showing("pin-pad"), "a tap does not open the keypad");

        enterKeypad(language);
        ui.shot("40-pin-pad");
        ui.type4("pin-key-", "9999").click("pin-ok");
        assertEquals(t.format("pin.wrong", 4), ui.text("pin-message"));
        assertEquals("", ui.text("pin-dots"), "the digits are gone after each try");
        ui.shot("41-pin-wrong");
        ui.type4("pin-key-", "111");
        assertEquals("●●●", ui.text("pin-dots"), "dots, never digits");
        ui.click("pin-key-1").click("pin-ok");
        assertEquals(Screen.MAINTENANCE, kiosk.screen(), "the flow has handed the kiosk to staff");
        assertTrue(ui.showing("mpage-menu"));
        assertFalse(ui.showing("pin-pad"));
        assertFalse(ui.showing("screen-maintenance"), "the staff screens cover the customers'");
        assertTrue(ui.text("maintenance-operator").contains("tanaka") && ui.text("maintenance-operator").contains(t.get("role.staff")));
        for (String fn : List.of("fn-cash-collection", "fn-transactions", "fn-out-of-service", "fn-paper")) {
            assertTrue(ui.showing(fn) && !ui.node(fn).isDisabled(), fn);
        }
        for (String fn : List.of("fn-settle-claim", "fn-diagnostics", "fn-note-test", "fn-serial-traffic", "fn-sync", "fn-configuration",
                "fn-export", "fn-charts", "fn-reprint")) {
            assertFalse(ui.showing(fn), fn + " is not for staff");
        }
        assertEquals(t.get("menu.status.in-service"), ui.text("menu-status"));
        ui.shot("43-menu-staff");

        // Cash collection: start, leave it half done, come back: it resumes, clearly marked.
        ui.click("fn-cash-collection");
        assertTrue(ui.showing("col-step-overview"));
        assertFalse(ui.showing("col-in-progress"));
        ui.shot("46-collection-overview");
        ui.click("col-start");
        assertTrue(ui.showing("col-step-count"));
        ui.click("maintenance-to-menu").click("fn-cash-collection");
        assertTrue(ui.showing("col-in-progress"), "an unrecorded collection is offered to resume");
        assertEquals(t.format("col.resume", 1), ui.text("col-start"));
        ui.shot("47-collection-resume");
        ui.click("col-start");
        // The box holds 1000 x 2 and 2000 x 1; staff find one 1000 note fewer.
        ui.click("col-count-1000").click("col-key-1").click("col-plus-2000");
        assertEquals("1", ui.text("col-count-1000"));
        assertEquals("1", ui.text("col-count-2000"));
        ui.shot("48-collection-count");
        ui.click("col-review");
        assertEquals("-1 / -¥1,000", ui.text("col-diff-1000"));
        assertEquals("0 / ¥0", ui.text("col-diff-2000"));
        assertEquals("-¥1,000", ui.text("col-diff-total"));
        assertEquals(t.format("col.review.differs", "-¥1,000"), ui.text("col-review-summary"));
        ui.shot("49-collection-review");
        ui.click("col-record");
        assertTrue(ui.showing("col-step-result"));
        assertEquals(t.get("col.result.printed"), ui.text("col-printed"));
        assertTrue(ui.text("col-pdf").contains("collection-000001.pdf"), ui.text("col-pdf"));
        assertTrue(ui.text("col-differences").startsWith(t.format("col.result.differs", "-¥1,000")), ui.text("col-differences"));
        ui.shot("50-collection-result");
        ui.click("col-reprint");
        assertEquals(t.get("col.reprinted"), ui.text("col-message-result"));
        assertEquals(List.of("print 1", "reprint 1"), staff.slips);

        // Transactions: the sale found by its reference, its receipt printed again and marked so.
        ui.click("maintenance-to-menu").click("fn-transactions");
        ui.type4("tx-key-", Long.toString(sold)).click("tx-search");
        assertTrue(ui.showing("tx-row-" + sold));
        ui.shot("51-transactions");
        ui.click("tx-row-" + sold);
        assertTrue(ui.showing("tx-detail"));
        assertFalse(ui.showing("tx-settle"), "staff do not pay out claim codes");
        ui.shot("52-transaction-detail");
        int receipts = kiosk.receipts().size();
        ui.click("tx-reprint");
        assertEquals(t.get("tx.reprinted"), ui.text("tx-message"));
        assertEquals(receipts + 1, kiosk.receipts().size());
        assertTrue(kiosk.receipts().get(receipts).contains("再発行"), "the reprint is marked as one");

        // Out of service with a preset reason; leaving hands the kiosk back out of service, and customers read why.
        ui.click("maintenance-to-menu").click("fn-out-of-service");
        assertEquals(t.get("oos.now.in-service"), ui.text("oos-now"));
        ui.click("oos-preset-cleaning");
        String reason = t.get("oos.reason.cleaning");
        assertEquals(reason, FxToolkit.onFxThread(() -> ((javafx.scene.control.TextField) ui.node("oos-reason")).getText()));
        ui.click("oos-on");
        assertEquals(t.format("oos.now.out-of-service", reason), ui.text("oos-now"));
        ui.shot("45-out-of-service");
        ui.click("maintenance-to-menu");
        assertTrue(ui.text("menu-status").contains(reason), ui.text("menu-status"));
        ui.click("leave").expect(Screen.OUT_OF_SERVICE);
        assertTrue(ui.showing("hand-back"));
        assertTrue(ui.text("left-status").startsWith(t.get("left.out-of-service")) && ui.text("left-status").contains(reason),
                ui.text("left-status"));
        ui.shot("53-hand-back-out-of-service");
        ui.click("left-ok");
        assertFalse(ui.showing("hand-back"));
        assertTrue(ui.showing("screen-out-of-service"));
        assertTrue(blockText("service-en").contains(reason), blockText("service-en"));
        assertTrue(blockText("service-ja").contains(reason), blockText("service-ja"));
        ui.shot("54-customers-see-the-reason");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void technicianPaysOutAClaimCodeAndTheKioskGoesBackIntoService(Language language) {
        open(language);
        sell();
        ClaimCode code = creditHeld();
        long held = kiosk.lastTopUp().seq();

        enterKeypad(language);
        ui.type4("pin-key-", MaintenanceFixture.TECHNICIAN_PIN).click("pin-ok");
        assertEquals(Screen.MAINTENANCE, kiosk.screen(), "the flow has handed the kiosk to staff");
        assertTrue(ui.text("maintenance-operator").contains("sato") && ui.text("maintenance-operator").contains(t.get("role.technician")));
        for (String fn : List.of("fn-cash-collection", "fn-transactions", "fn-out-of-service", "fn-paper", "fn-diagnostics", "fn-note-test",
                "fn-serial-traffic", "fn-sync", "fn-configuration", "fn-export", "fn-charts")) {
            assertTrue(ui.showing(fn) && !ui.node(fn).isDisabled(), fn);
            assertFalse(ui.text(fn).contains(t.get("menu.coming")), fn + " is built");
        }
        ui.shot("44-menu-technician");

        ui.click("fn-transactions").click("tx-today");
        assertTrue(ui.showing("tx-row-" + held) && ui.showing("tx-row-" + (held - 1)), "today's search lists both top-ups");
        // A claim code has letters: its pad types them (a touch screen has no keyboard).
        ui.click("tx-by-claim-code").type4("tx-key-", code.value());
        assertEquals(code.value(), FxToolkit.onFxThread(() -> ((javafx.scene.control.TextField) ui.node("tx-query")).getText()));
        ui.shot("54b-claim-code-pad");
        ui.click("tx-search");
        assertEquals(t.format("tx.results", 1), ui.text("tx-message"));
        ui.click("tx-row-" + held);
        assertEquals(code.display(), ui.text("tx-claim-code"));
        ui.click("tx-settle");
        assertTrue(ui.showing("tx-settle-ask"));
        ui.shot("55-settle-confirm");
        ui.click("tx-settle-yes");
        assertEquals(t.format("tx.settled", "¥1,000"), ui.text("tx-message"));
        assertTrue(kiosk.journal().maintenance().settlement(held).isPresent(), "the payout is recorded");
        assertFalse(ui.showing("tx-settle"), "paid out once");
        assertTrue(ui.text("tx-settled").contains("sato") && ui.text("tx-settled").contains("¥1,000"), ui.text("tx-settled"));
        ui.shot("56-settled");

        ui.click("leave").expect(Screen.ATTRACT);
        assertEquals(t.get("left.in-service"), ui.text("left-status"));
        ui.shot("57-hand-back-in-service");
        ui.click("left-ok");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void fiveWrongPinsLockEntryAndAPayingCustomerKeepsTheKiosk(Language language) {
        open(language);
        enterKeypad(language);
        for (int left = 4; left >= 1; left--) {
            ui.type4("pin-key-", "9876").click("pin-ok");
            assertEquals(t.format("pin.wrong", left), ui.text("pin-message"));
        }
        ui.type4("pin-key-", "9876").click("pin-ok");
        String locked = t.format("pin.locked", "14:15");    // 05:00 UTC is 14:00 in Japan, locked for 15 minutes
        assertEquals(locked, ui.text("pin-message"));
        ui.shot("42-pin-locked");
        ui.type4("pin-key-", MaintenanceFixture.STAFF_PIN).click("pin-ok");
        assertEquals(locked, ui.text("pin-message"), "while locked even the right PIN is not checked");
        ui.click("pin-cancel");
        assertFalse(ui.showing("pin-pad"));
        kiosk.advance(java.time.Duration.ofMinutes(16));
        ui.settle();

        // A customer with money in: holding the corner offers nothing.
        kiosk.order("08098765432", FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        ui.settle().expect(Screen.INSERT_CASH);
        long until = System.nanoTime() + MaintenanceFixture.HOLD.toNanos() * 3;
        ui.hold("maintenance-corner", () -> System.nanoTime() > until);
        assertFalse(ui.showing("pin-pad"), "never offered while a customer has money in");
        ui.expect(Screen.INSERT_CASH);
        assertEquals(kiosk.settings().defaultLanguage(), kiosk.view().language(), "the hold did not press the language button under it");
        kiosk.insert(Denomination.YEN_2000);
        ui.settle().expect(Screen.DONE).click("done");

        // The keypad was up before the first note, then the customer paid: the right PIN is refused.
        kiosk.order("08098765432", FIVE_GB);
        ui.settle().expect(Screen.INSERT_CASH);
        enterKeypad(language);
        kiosk.insert(Denomination.YEN_1000);
        ui.settle();
        ui.type4("pin-key-", MaintenanceFixture.STAFF_PIN).click("pin-ok");
        assertEquals(t.get("pin.customer-paying"), ui.text("pin-message"));
        ui.expect(Screen.INSERT_CASH);
        ui.shot("42-pin-customer-paying");
    }

    @org.junit.jupiter.api.Test
    void theKeySwitchOffersTheKeypadAndTurningItBackClosesIt() throws Exception {
        t = TEXTS.get(Language.JA);
        kiosk = new FlowHarness(dir);
        staff = new MaintenanceFixture(kiosk, dir);
        Path key = dir.resolve("key-switch");
        java.nio.file.Files.writeString(key, "0\n");
        MaintenanceAccess a = staff.access();
        ui = new UiDriver(stage, kiosk, Aspect.LANDSCAPE)
                .maintenance(new MaintenanceAccess(a.mode(), a.corner(), a.hold(), java.util.Optional.of(key), a.idleLeave(), a.clock()))
                .screenshots("maintenance").folder("ja").show();
        kiosk.started();
        ui.settle().expect(Screen.ATTRACT);
        java.nio.file.Files.writeString(key, "1\n");
        awaitShowing("pin-pad", true);
        java.nio.file.Files.writeString(key, "0\n");
        awaitShowing("pin-pad", false);
        java.nio.file.Files.writeString(key, "1\n");
        awaitShowing("pin-pad", true);
        ui.type4("pin-key-", MaintenanceFixture.TECHNICIAN_PIN).click("pin-ok");
        assertEquals(Screen.MAINTENANCE, kiosk.screen());
        java.nio.file.Files.writeString(key, "0\n");
        UiDriver.pause(3 * jp.konbini.ui.model.maintenance.KeySwitch.POLL.toMillis());
        ui.settle();
        assertTrue(ui.showing("mpage-menu"), "turning the key back does not throw someone out who is in");
    }

    /** The maintenance pages laid out for a portrait kiosk (1080 wide): nothing cut short, every target still big. */
    @org.junit.jupiter.api.Test
    void portraitPages() {
        t = TEXTS.get(Language.JA);
        kiosk = new FlowHarness(dir);
        staff = new MaintenanceFixture(kiosk, dir);
        ui = new UiDriver(stage, kiosk, Aspect.PORTRAIT).maintenance(staff.access()).screenshots("maintenance").folder("portrait-ja").show();
        kiosk.started();
        ui.settle().expect(Screen.ATTRACT);
        long sold = sell();
        enterKeypad(Language.JA);
        ui.shot("40-pin-pad");
        ui.type4("pin-key-", MaintenanceFixture.TECHNICIAN_PIN).click("pin-ok");
        ui.shot("44-menu-technician");
        ui.click("fn-cash-collection").shot("46-collection-overview").click("col-start").shot("48-collection-count");
        ui.click("col-review").shot("49-collection-review").click("col-record").shot("50-collection-result");
        ui.click("maintenance-to-menu").click("fn-transactions").click("tx-today").shot("51-transactions");
        ui.click("tx-by-claim-code").shot("51b-claim-code-pad").click("tx-by-reference");
        ui.click("tx-row-" + sold).shot("52-transaction-detail");
        ui.click("maintenance-to-menu").click("fn-out-of-service").click("oos-preset-repair").click("oos-on").shot("45-out-of-service");
        ui.click("maintenance-to-menu").click("fn-paper").click("paper-test-print").shot("60-paper");
        ui.click("maintenance-to-menu").click("fn-diagnostics").shot("61-diagnostics");
        ui.click("maintenance-to-menu").click("fn-note-test").shot("62-note-test");
        staff.frames.sent(new byte[] {(byte) 0xFC, 0x05, 0x11, 0x27, 0x56});
        ui.click("maintenance-to-menu").click("fn-serial-traffic").shot("63-serial-traffic");
        ui.click("maintenance-to-menu").click("fn-sync").click("sync-test").shot("64-sync");
        ui.click("maintenance-to-menu").click("fn-configuration").shot("65-configuration");
        ui.click("maintenance-to-menu").click("fn-export").click("export-go").shot("67-export-done");
        ui.click("maintenance-to-menu").click("fn-charts").shot("68-charts");
        ui.click("leave").shot("53-hand-back-out-of-service");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void takingTheCashBoxOutStartsTheCountWhereverStaffWere(Language language) {
        open(language);
        sell();
        enterKeypad(language);
        ui.type4("pin-key-", MaintenanceFixture.STAFF_PIN).click("pin-ok");
        ui.click("fn-transactions");
        assertFalse(ui.showing("col-step-count"));

        // What the driver publishes when the acceptor reports STACKER OPEN.
        staff.mode.cashBox().on(new AcceptorEvent.StatusChanged(new AcceptorStatus(AcceptorState.OUT_OF_SERVICE,
                Optional.of(FaultKind.STACKER_OPEN), "", Optional.empty())));
        awaitShowing("col-step-count", true);
        ui.shot("60-collection-count-on-removal");
        CashCollectionRecord open = kiosk.journal().maintenance().openCollection().orElseThrow();
        assertEquals(2, open.journalCounts().get(Denomination.YEN_1000) + open.journalCounts().get(Denomination.YEN_2000),
                "the figures froze when the box came out");
        assertTrue(kiosk.journal().maintenance().auditAfter(0, 100).stream()
                .anyMatch(e -> e.record().action().equals("COLLECTION_STARTED") && e.record().before().equals("cash box removed")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aReceiptWhoseAutomaticReprintFailedTooIsShownToStaffAndReprintedFromTheList(Language language) {
        open(language);
        kiosk.printer().paperOutAfterLines(10);
        long seq = paidInFull();
        kiosk.tap(new Intent.Done());
        kiosk.printer().reloadPaper();
        kiosk.printer().paperOutAfterLines(10);
        assertFalse(kiosk.printing().reprintFailed().get(0).printed(), "the automatic reprint fails too");
        kiosk.printer().reloadPaper();

        enterKeypad(language);
        ui.type4("pin-key-", MaintenanceFixture.STAFF_PIN).click("pin-ok");
        awaitShowing("menu-receipts", true);
        assertEquals(t.format("menu.receipts-for-staff", 1), ui.text("menu-receipts"));
        ui.shot("56-menu-receipts-for-staff");
        ui.click("fn-transactions").click("tx-for-staff");
        assertTrue(ui.showing("tx-row-" + seq));
        ui.click("tx-row-" + seq).click("tx-reprint");
        assertEquals(t.get("tx.reprinted"), ui.text("tx-message"));
        ui.click("tx-back").click("tx-for-staff");
        assertFalse(ui.showing("tx-row-" + seq), "printed: no longer waiting");
        ui.shot("57-receipts-for-staff-done");
        ui.click("maintenance-to-menu");
        awaitShowing("menu-receipts", false);
    }

    @Test
    void anUntouchedKeypadClosesAndAnUntouchedMaintenanceModeHandsTheKioskBack() {
        t = TEXTS.get(Language.JA);
        kiosk = new FlowHarness(dir);
        staff = new MaintenanceFixture(kiosk, dir);
        staff.idleLeave = java.time.Duration.ofMillis(3000);
        ui = new UiDriver(stage, kiosk, Aspect.LANDSCAPE).maintenance(staff.access()).screenshots("maintenance").folder("ja").show();
        kiosk.started();
        ui.settle().expect(Screen.ATTRACT);

        enterKeypad(Language.JA);
        awaitShowing("pin-pad", false);
        assertTrue(kiosk.journal().maintenance().auditAfter(0, 100).isEmpty(), "nobody came in");

        enterKeypad(Language.JA);
        ui.type4("pin-key-", MaintenanceFixture.STAFF_PIN).click("pin-ok");
        assertTrue(ui.showing("mpage-menu"));
        for (int i = 0; i < 8; i++) {   // someone working keeps it open well past the idle time (8 x 500 ms > 3 s)
            UiDriver.pause(500);
            ui.click("fn-cash-collection").click("maintenance-to-menu");
        }
        assertTrue(ui.showing("mpage-menu"));
        awaitShowing("mpage-menu", false);
        assertFalse(ui.showing("hand-back"), "nobody is there to dismiss a panel: customers see their screen");
        ui.shot("70-idle-hand-back");
        var left = kiosk.journal().maintenance().auditAfter(0, 100).stream().map(e -> e.record())
                .filter(r -> r.action().equals("LEFT")).toList();
        assertEquals(1, left.size());
        assertEquals("idle 3 s", left.get(0).before());
        assertEquals(Screen.ATTRACT, kiosk.screen(), "handed back to customers");
    }

    private void awaitShowing(String id, boolean shown) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (ui.showing(id) != shown && System.nanoTime() < deadline) {
            UiDriver.pause(20);
            ui.settle();
        }
        assertEquals(shown, ui.showing(id), id);
    }

    // ---------------------------------------------------------------- helpers

    private void enterKeypad(Language language) {
        ui.hold("maintenance-corner", () -> ui.showing("pin-pad"));
        assertTrue(ui.showing("pin-pad"), "holding the corner shows the keypad");
        ui.click("pin-lang-" + language.tag());
    }

    /** A sale of the 5 GB plan paid with 2000 + 1000; returns its sequence number. */
    private long sell() {
        long seq = paidInFull();
        kiosk.tap(new Intent.Done());
        ui.settle().expect(Screen.ATTRACT);
        return seq;
    }

    /** The 5 GB plan paid with 2000 + 1000, its done screen showing; returns its sequence number. */
    private long paidInFull() {
        kiosk.order("08012345678", FIVE_GB);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.insert(Denomination.YEN_1000);
        ui.settle().expect(Screen.DONE);
        return kiosk.lastTopUp().seq();
    }

    /** 1000 in, then the customer ends with a credit receipt: the money is held under the claim code. */
    private ClaimCode creditHeld() {
        kiosk.order("08098765432", FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        kiosk.tap(new Intent.Cancel());
        kiosk.tap(new Intent.Confirm());
        ui.settle().expect(Screen.CREDIT_ISSUED);
        ClaimCode code = kiosk.view().outcome().orElseThrow().claimCode();
        kiosk.tap(new Intent.Done());
        ui.settle().expect(Screen.ATTRACT);
        return code;
    }

    private String blockText(String id) {
        return FxToolkit.onFxThread(() -> collect(ui.node(id)));
    }

    private static String collect(Node n) {
        if (n instanceof Labeled l) {
            return l.getText();
        }
        return n instanceof Parent p ? p.getChildrenUnmodifiable().stream().map(MaintenanceScreensTest::collect)
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("\n")) : "";
    }
}
