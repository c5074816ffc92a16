package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.stage.Stage;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.flow.FakeConfirmer;
import jp.konbini.flow.FlowHarness;
import jp.konbini.flow.Intent;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.Screen;
import jp.konbini.ui.view.Aspect;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every screen the purchase walk does not reach, in each language and orientation: start-up, the
 * inactivity warning (with and without money in), a refused note, cancel with money (go on paying,
 * then a credit receipt), the acceptor failing mid-payment, refused and pending results, a receipt
 * that did not print, out of service and maintenance. The buttons under test are clicked; the way
 * there is taken with intents, which the purchase walk already covers by touch.
 */
class OtherScreensTest {

    static final ProductId FIVE_GB = new ProductId("bmobile-visitor-5gb-21d");

    static Stage stage;

    @TempDir
    Path dir;
    FlowHarness kiosk;
    UiDriver ui;

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
        if (kiosk != null) {
            kiosk.close();
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(Aspect.values()).flatMap(a -> Stream.of(Language.values()).map(l -> Arguments.of(a, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void everyOtherScreen(Aspect aspect, Language language) {
        kiosk = new FlowHarness(dir);
        ui = new UiDriver(stage, kiosk, aspect).folder(UiDriver.folder(language)).show();
        ui.expect(Screen.STARTING).shot("20-starting");
        kiosk.started();
        ui.settle().expect(Screen.ATTRACT);

        // The inactivity warning: a big "more time" button and the countdown; one touch and it goes.
        toEnterLine(language);
        Duration quiet = kiosk.settings().inactivity().minus(kiosk.settings().warning());
        kiosk.advance(quiet.plusSeconds(1));
        ui.settle();
        assertTrue(ui.showing("warning"));
        assertEquals("24", ui.text("countdown"));
        ui.shot("21-warning");
        ui.click("more-time");
        assertFalse(ui.showing("warning"));

        // A note the acceptor refuses, then cancel with money in: the money is safe, go on paying or end.
        toInsertCash();
        kiosk.acceptor().rejectNote();
        ui.settle().shot("22-note-rejected");
        kiosk.insert(Denomination.YEN_2000);
        kiosk.advance(quiet.plusSeconds(1));
        ui.settle();
        assertTrue(ui.showing("warning"));
        ui.shot("23-warning-money-in");
        ui.click("more-time");
        ui.click("cancel").expect(Screen.CONFIRM_CANCEL);
        assertTrue(ui.showing("go-on-paying"));
        ui.shot("24-confirm-cancel");
        ui.click("go-on-paying").expect(Screen.INSERT_CASH);
        ui.click("cancel").click("end-with-credit").expect(Screen.CREDIT_ISSUED);
        assertEquals(kiosk.view().outcome().orElseThrow().claimCode().display(), ui.text("claim-code"));
        ui.shot("25-credit-issued");
        ui.click("done").expect(Screen.ATTRACT);

        // The acceptor fails with money in: only the credit receipt is offered, and the screen says why.
        toInsertCash(language);
        kiosk.insert(Denomination.YEN_1000);
        kiosk.acceptor().fault(FaultKind.JAM_IN_ACCEPTOR);
        ui.settle().expect(Screen.CONFIRM_CANCEL);
        assertFalse(ui.showing("go-on-paying"), "the acceptor cannot take notes: no going on");
        ui.shot("26-confirm-cancel-acceptor-failed");
        ui.click("end-with-credit").expect(Screen.CREDIT_ISSUED).click("done");
        kiosk.acceptor().recover();
        kiosk.advance(kiosk.settings().serviceCheck());
        ui.settle().expect(Screen.ATTRACT);

        buy(language, FakeConfirmer.Answer.REFUSE, Outcome.Kind.REFUSED, "27-refused");
        buy(language, FakeConfirmer.Answer.NO_ANSWER, Outcome.Kind.PENDING, "28-pending");

        // The receipt does not print: the claim code is the customer's record, shown large.
        kiosk.confirmer().answer(FakeConfirmer.Answer.APPLY);
        toInsertCash(language);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.printer().paperOut();
        kiosk.insert(Denomination.YEN_1000);
        ui.settle().expect(Screen.DONE);
        assertEquals(Outcome.ReceiptProgress.FAILED, kiosk.view().outcome().orElseThrow().receipt());
        assertTrue(ui.showing("claim-code"), "a receipt that failed always shows the claim code");
        ui.shot("29-receipt-failed");
        ui.click("done");
        kiosk.advance(kiosk.settings().serviceCheck());
        ui.settle().expect(Screen.OUT_OF_SERVICE).shot("30-out-of-service");

        kiosk.printer().reloadPaper();
        kiosk.advance(kiosk.settings().serviceCheck());
        ui.settle().expect(Screen.ATTRACT);
        kiosk.flow().enterMaintenance();
        ui.settle().expect(Screen.MAINTENANCE).shot("31-maintenance");
    }

    private void buy(Language language, FakeConfirmer.Answer answer, Outcome.Kind expected, String shot) {
        kiosk.confirmer().answer(answer);
        toInsertCash(language);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.insert(Denomination.YEN_1000);
        ui.settle().expect(Screen.DONE);
        assertEquals(expected, kiosk.view().outcome().orElseThrow().kind());
        assertTrue(ui.showing("claim-code"), expected + " shows the claim code");
        ui.shot(shot);
        ui.click("done").expect(Screen.ATTRACT);
    }

    private void toEnterLine(Language language) {
        kiosk.tap(new Intent.Start());
        kiosk.tap(new Intent.ChooseLanguage(language));
        ui.settle().expect(Screen.ENTER_LINE);
    }

    /** From the enter-line screen (language kept) to paying for the 5 GB plan. */
    private void toInsertCash() {
        kiosk.type("08098765432");
        kiosk.tap(new Intent.SubmitLine());
        kiosk.tap(new Intent.Confirm());
        kiosk.tap(new Intent.ChooseProduct(FIVE_GB));
        kiosk.tap(new Intent.Confirm());
        ui.settle().expect(Screen.INSERT_CASH);
    }

    private void toInsertCash(Language language) {
        toEnterLine(language);
        toInsertCash();
    }
}
