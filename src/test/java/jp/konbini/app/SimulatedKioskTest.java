package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.konbini.config.KioskSetup;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.flow.Intent;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.Screen;
import jp.konbini.flow.ServiceIssue;
import jp.konbini.flow.SessionView;
import jp.konbini.support.fonts.AwtFonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's kiosk without its windows: the real flow, drivers on pseudo-terminals, the simulators,
 * an embedded central server, moved through the demo's control port exactly as the control window
 * moves it. Also the burn-in checker catching money that went missing.
 */
class SimulatedKioskTest {

    static final KioskSetup SETUP = KioskSetup.load(Path.of("kiosk-config"));
    static final AwtFonts FONTS = AwtFonts.load();
    static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    SimulatedKiosk kiosk;
    SimulatedDemoControls controls;
    ViewWatcher screen;

    @BeforeEach
    void start() {
        kiosk = SimulatedKiosk.open(SETUP, dir, SimulatedDevices.Pace.FAST, true, 3, FONTS);
        controls = new SimulatedDemoControls(kiosk, FONTS);
        screen = new ViewWatcher(kiosk.flow());
        kiosk.kiosk().start();
        screen.await("attract", v -> v.screen() == Screen.ATTRACT, WAIT);
    }

    @AfterEach
    void stop() {
        controls.close();
        kiosk.close();
    }

    private void order() {
        kiosk.flow().submit(new Intent.Start());
        kiosk.flow().submit(new Intent.ChooseLanguage(kiosk.kiosk().settings().languages().get(1)));
        "08098765432".chars().forEach(c -> kiosk.flow().submit(new Intent.Key((char) c)));
        kiosk.flow().submit(new Intent.SubmitLine());
        kiosk.flow().submit(new Intent.Confirm());
        screen.await("products", v -> v.screen() == Screen.CHOOSE_PRODUCT, WAIT);
        kiosk.flow().submit(new Intent.ChooseProduct(new ProductId("bmobile-visitor-1gb-1d")));
        kiosk.flow().submit(new Intent.Confirm());
        screen.await("insert cash", v -> v.screen() == Screen.INSERT_CASH, WAIT);
    }

    /** Pushes the note until it is taken (the first push may beat the acceptor's enabling, and is given back). */
    private SessionView pay() {
        for (int i = 0; i < 3; i++) {
            controls.insertNote(Denomination.YEN_1000);
            try {
                return screen.await("the result", v -> v.outcome().map(o -> o.receipt() != Outcome.ReceiptProgress.PRINTING).orElse(false),
                        Duration.ofSeconds(10));
            } catch (ViewWatcher.StuckException e) {
                // given back: push again
            }
        }
        throw new AssertionError("the note was never taken: " + screen.latest());
    }

    @Test
    void aNoteFromTheControlPortBuysATopUpAndTheReceiptComesBackAsAPicture() {
        List<BufferedImage> pictures = new CopyOnWriteArrayList<>();
        controls.onReceiptPrinted(pictures::add);
        order();
        SessionView done = pay();
        assertEquals(Outcome.Kind.APPLIED, done.outcome().orElseThrow().kind(), "applied by the embedded central server");
        assertEquals(Outcome.ReceiptProgress.PRINTED, done.outcome().orElseThrow().receipt());
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (pictures.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(1, pictures.size());
        assertTrue(pictures.get(0).getHeight() > 600, "a whole receipt, not a stub: " + pictures.get(0).getHeight() + " px");
    }

    @Test
    void cuttingTheNetworkMakesTheNextTopUpPendingAndRestoringItSyncsIt() {
        controls.setNetworkUp(false);
        assertFalse(controls.networkUp());
        order();
        SessionView done = pay();
        assertEquals(Outcome.Kind.PENDING, done.outcome().orElseThrow().kind());
        long seq = done.outcome().orElseThrow().reference();
        controls.setNetworkUp(true);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (kiosk.kiosk().journal().exposure().pendingRecords() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(jp.konbini.domain.topup.TopUpState.APPLIED, kiosk.kiosk().journal().topUp(seq).orElseThrow().state());
    }

    @Test
    void takingThePaperOutTakesTheKioskOutOfServiceUntilItIsReloaded() {
        controls.takePaperOut();
        SessionView out = screen.await("out of service", v -> v.screen() == Screen.OUT_OF_SERVICE, WAIT);
        assertEquals(ServiceIssue.Reason.PRINTER_PAPER_OUT, out.serviceIssues().get(0).reason());
        controls.reloadPaper();
        screen.await("back in service", v -> v.screen() == Screen.ATTRACT, WAIT);
    }

    @Test
    void aJamFromTheControlPortTakesTheKioskOutOfServiceUntilCleared() {
        order();
        controls.jamAcceptor();
        controls.insertNote(Denomination.YEN_1000);
        screen.await("the kiosk down", v -> v.serviceIssues().stream().anyMatch(i -> i.reason() == ServiceIssue.Reason.ACCEPTOR_JAM), WAIT);
        controls.clearAcceptorJam();
        screen.await("back in service", v -> v.screen() == Screen.ATTRACT, Duration.ofSeconds(90));
    }

    @Test
    void theBurnInCheckerCatchesMoneyMissingFromTheCashBox() {
        BurnIn burnIn = new BurnIn(kiosk.kiosk(), kiosk.devices(), kiosk.network(), 5);
        List<RobotCustomer.Session> sessions = burnIn.shop(4);
        Map<String, Object> honest = burnIn.check(sessions);
        assertEquals(true, honest.get("invariantsHeld"), honest.toString());

        kiosk.devices().acceptor().emptyStacker();   // the money leaves without the journal knowing
        Map<String, Object> robbed = burnIn.check(sessions);
        assertEquals(false, robbed.get("invariantsHeld"));
        assertTrue(robbed.get("violations").toString().contains("cash box holds ¥0"), robbed.toString());
    }
}
