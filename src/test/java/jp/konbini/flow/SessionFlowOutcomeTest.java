package jp.konbini.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.PrintJobState;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.sync.StopReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a paid session ends when the world is not kind: the network lost during processing, a
 * refusal, a confirmer that breaks, a printer that fails after payment; and the out-of-service states.
 */
class SessionFlowOutcomeTest {

    static final ProductId ONE_GB = new ProductId("bmobile-visitor-1gb-1d");   // ¥1,000
    static final String LINE = "09011112222";

    @TempDir
    Path dir;
    FlowHarness kiosk;

    @BeforeEach
    void start() {
        kiosk = new FlowHarness(dir).started();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private TopUpRecord pay() {
        kiosk.order(LINE, ONE_GB);
        kiosk.insert(Denomination.YEN_1000);
        return kiosk.lastTopUp();
    }

    @Test
    void networkLostDuringProcessingEndsPendingWithTheClaimCodeOnTheReceipt() {
        kiosk.confirmer().answer(FakeConfirmer.Answer.NO_ANSWER);
        TopUpRecord t = pay();
        assertEquals(Screen.DONE, kiosk.screen());
        Outcome o = kiosk.view().outcome().orElseThrow();
        assertEquals(Outcome.Kind.PENDING, o.kind());
        assertEquals(Outcome.ReceiptProgress.PRINTED, o.receipt());
        assertEquals(TopUpState.QUEUED, t.state(), "queued: the uploader applies it once the network is back");
        String receipt = kiosk.receipts().get(0);
        assertTrue(receipt.contains(t.claimCode().toString()), receipt);
    }

    @Test
    void aConfirmationThatNeverComesBackIsCutOffAndTheCustomerIsNotKeptWaiting() {
        kiosk.order(LINE, ONE_GB);
        kiosk.time.holdBackground();   // the confirmer's request hangs
        kiosk.insert(Denomination.YEN_1000);
        assertEquals(Screen.PROCESSING, kiosk.screen());
        kiosk.advance(kiosk.settings().confirmation());
        assertEquals(Screen.PROCESSING, kiosk.screen(), "the confirmer has its own bound first");
        kiosk.advance(Duration.ofSeconds(10));
        assertEquals(Screen.DONE, kiosk.screen());
        assertEquals(Outcome.Kind.PENDING, kiosk.view().outcome().orElseThrow().kind());
        kiosk.time.resumeBackground();
        kiosk.time.runUntilIdle();
        assertEquals(Outcome.Kind.PENDING, kiosk.view().outcome().orElseThrow().kind(), "a late answer does not change what was said");
        assertEquals(Outcome.ReceiptProgress.PRINTED, kiosk.view().outcome().orElseThrow().receipt());
    }

    @Test
    void aBrokenConfirmerLeavesTheTopUpQueued() {
        kiosk.confirmer().answer(FakeConfirmer.Answer.FAIL);
        TopUpRecord t = pay();
        assertEquals(Outcome.Kind.PENDING, kiosk.view().outcome().orElseThrow().kind());
        assertEquals(TopUpState.QUEUED, kiosk.journal().topUp(t.seq()).orElseThrow().state());
    }

    @Test
    void aRefusalIsARefundUnderTheClaimCodeShownLongEnoughToRead() {
        kiosk.confirmer().answer(FakeConfirmer.Answer.REFUSE);
        TopUpRecord t = pay();
        Outcome o = kiosk.view().outcome().orElseThrow();
        assertEquals(Outcome.Kind.REFUSED, o.kind());
        assertEquals(TopUpState.REFUSED, kiosk.journal().topUp(t.seq()).orElseThrow().state());
        assertTrue(kiosk.receipts().get(0).contains(t.claimCode().toString()));
        kiosk.advance(kiosk.settings().resultScreen());
        assertEquals(Screen.DONE, kiosk.screen(), "a refusal stays as long as a credit receipt");
        kiosk.advance(kiosk.settings().creditScreen());
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void thePrinterFailingAfterPaymentShowsTheClaimCodeAndTheReceiptIsReprintedWhenPaperIsBack() throws InterruptedException {
        kiosk.order(LINE, ONE_GB);
        kiosk.printer().paperOut();
        kiosk.insert(Denomination.YEN_1000);
        TopUpRecord t = kiosk.lastTopUp();

        assertEquals(Screen.DONE, kiosk.screen());
        Outcome o = kiosk.view().outcome().orElseThrow();
        assertEquals(Outcome.Kind.APPLIED, o.kind(), "the top-up itself is not harmed");
        assertEquals(Outcome.ReceiptProgress.FAILED, o.receipt());
        assertEquals(t.claimCode(), o.claimCode(), "the claim code is on the screen to write down");
        assertEquals(TopUpState.APPLIED, kiosk.journal().topUp(t.seq()).orElseThrow().state());

        kiosk.advance(kiosk.settings().resultScreen());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen(), "no new customer without paper");
        assertEquals(ServiceIssue.Reason.PRINTER_PAPER_OUT, kiosk.view().serviceIssues().get(0).reason());

        kiosk.printer().reloadPaper();
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.ATTRACT, kiosk.screen());
        List<PrintJobRecord> jobs = kiosk.journal().printJobs(t.seq());
        assertEquals(PrintJobState.PRINTED, jobs.get(jobs.size() - 1).state(), "reprinted whole: " + jobs);
        assertEquals(1, kiosk.printer().paper().awaitReceipts(1, Duration.ofSeconds(5)).size());
        assertTrue(kiosk.journal().unprintedReceipts().isEmpty());
    }

    @Test
    void outOfServiceForEachPrinterProblemAndBackWhenItIsFixed() {
        kiosk.printer().setCoverOpen(true);
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        assertEquals(ServiceIssue.Reason.PRINTER_COVER_OPEN, kiosk.view().serviceIssues().get(0).reason());
        kiosk.tap(new Intent.Start());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen(), "a touch does not start a session");
        kiosk.printer().setCoverOpen(false);
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.ATTRACT, kiosk.screen());

        kiosk.printer().setAnswering(false);
        kiosk.advance(kiosk.settings().serviceCheck().multipliedBy(2));
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        assertEquals(ServiceIssue.Reason.PRINTER_NOT_ANSWERING, kiosk.view().serviceIssues().get(0).reason());
        kiosk.printer().setAnswering(true);
        kiosk.advance(kiosk.settings().serviceCheck().multipliedBy(2));
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void offlineBoundsReachedStopCashUntilSynced() {
        kiosk.cash(FlowHarness.stopped(StopReason.UNSYNCED_TOTAL_REACHED));
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        assertEquals(ServiceIssue.Reason.OFFLINE_LIMIT_REACHED, kiosk.view().serviceIssues().get(0).reason());
        kiosk.cash(FlowHarness.online(Yen.of(100_000)));
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void aServiceProblemDuringASessionBeforePaymentEndsItAndOneDuringPaymentWithMoneyInDoesNot() {
        kiosk.tap(new Intent.Start()).tap(new Intent.ChooseLanguage(kiosk.settings().defaultLanguage()));
        kiosk.printer().paperOut();
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen(), "before any cash the customer is told at once");
        kiosk.printer().reloadPaper();
        kiosk.advance(kiosk.settings().serviceCheck());

        kiosk.order(LINE, new ProductId("bmobile-visitor-5gb-21d"));
        kiosk.insert(Denomination.YEN_1000);
        kiosk.cash(FlowHarness.stopped(StopReason.OLDEST_UNSYNCED_TOO_OLD));
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.INSERT_CASH, kiosk.screen(), "money in: the customer may finish");
        kiosk.insert(Denomination.YEN_2000);
        assertEquals(Screen.DONE, kiosk.screen());
        kiosk.tap(new Intent.Done());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
    }

    @Test
    void staffTakeTheKioskOutOfServiceWithAReasonAndPutItBack() {
        kiosk.flow().setOutOfService(Optional.of("cleaning"));
        kiosk.time.runUntilIdle();
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        assertEquals(ServiceIssue.Reason.MAINTENANCE, kiosk.view().serviceIssues().get(0).reason());
        kiosk.flow().setOutOfService(Optional.empty());
        kiosk.time.runUntilIdle();
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void maintenanceIsRefusedWhileACustomerHasMoneyInAndGrantedOtherwise() throws Exception {
        kiosk.order(LINE, new ProductId("bmobile-visitor-5gb-21d"));
        kiosk.insert(Denomination.YEN_1000);
        var refused = kiosk.flow().enterMaintenance();
        kiosk.time.runUntilIdle();
        assertFalse(refused.get());
        assertEquals(Screen.INSERT_CASH, kiosk.screen());
        kiosk.insert(Denomination.YEN_2000);
        kiosk.tap(new Intent.Done());

        kiosk.tap(new Intent.Start()).tap(new Intent.ChooseLanguage(kiosk.settings().defaultLanguage()));
        var granted = kiosk.flow().enterMaintenance();
        kiosk.time.runUntilIdle();
        assertTrue(granted.get(), "a session before any cash gives way to staff");
        assertEquals(Screen.MAINTENANCE, kiosk.screen());
        kiosk.tap(new Intent.Start());
        assertEquals(Screen.MAINTENANCE, kiosk.screen());
        kiosk.flow().leaveMaintenance();
        kiosk.time.runUntilIdle();
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void theKioskShowsStartingUntilTheAcceptorIsReadyAndGivesUpAfterItsGrace() {
        try (FlowHarness slow = new FlowHarness(dir.resolve("slow"))) {
            slow.acceptor().notReadyOnStart();
            slow.started();
            assertEquals(Screen.STARTING, slow.screen());
            slow.advance(Duration.ofSeconds(29));
            assertEquals(Screen.STARTING, slow.screen(), "a device getting ready is given its grace");
            slow.advance(Duration.ofSeconds(1));
            assertEquals(Screen.OUT_OF_SERVICE, slow.screen());
            assertEquals(ServiceIssue.Reason.ACCEPTOR_NOT_READY, slow.view().serviceIssues().get(0).reason());
            slow.acceptor().recover();
            slow.time.runUntilIdle();
            assertEquals(Screen.ATTRACT, slow.screen());
        }
    }
}
