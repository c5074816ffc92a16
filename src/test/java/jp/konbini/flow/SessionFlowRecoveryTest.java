package jp.konbini.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.PrintJobState;
import jp.konbini.journal.TopUpRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A crash at each point between the first credit and the receipt: the next start finds the
 * session in the journal, finishes it and prints what the customer is owed. (The journal's own
 * durability under SIGKILL and power cuts is proved by the journal's crash tests.)
 */
class SessionFlowRecoveryTest {

    static final ProductId FIVE_GB = new ProductId("bmobile-visitor-5gb-21d");   // ¥3,000
    static final String LINE = "08098765432";

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

    private static PrintJobRecord lastJob(List<PrintJobRecord> jobs) {
        return jobs.get(jobs.size() - 1);
    }

    @Test
    void crashAfterTheLastNoteWasCreditedBeforeTheFlowHeardOfIt() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.acceptor().insert(Denomination.YEN_1000);   // on disk and acknowledged; the flow's step never runs
        long seq = kiosk.acceptor().lastSession();
        assertEquals(TopUpState.PAID, kiosk.journal().topUp(seq).orElseThrow().state());

        kiosk.crashAndRestart().started();

        TopUpRecord t = kiosk.journal().topUp(seq).orElseThrow();
        assertEquals(TopUpState.APPLIED, t.state(), "completed and confirmed at start");
        assertEquals(Yen.of(3000), t.credited());
        assertEquals(PrintJobState.PRINTED, lastJob(kiosk.journal().printJobs(seq)).state());
        assertEquals(1, kiosk.receipts().size());
        assertTrue(kiosk.receipts().get(0).contains(t.uuid().toString()));
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void crashWhileProcessingPrintsTheReceiptAtStart() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.time.holdBackground();
        kiosk.insert(Denomination.YEN_1000);
        assertEquals(Screen.PROCESSING, kiosk.screen());
        long seq = kiosk.acceptor().lastSession();
        assertEquals(TopUpState.QUEUED, kiosk.journal().topUp(seq).orElseThrow().state());

        kiosk.time.resumeBackground();
        kiosk.crashAndRestart().started();

        TopUpRecord t = kiosk.journal().topUp(seq).orElseThrow();
        assertNotEquals(TopUpState.PAID, t.state());
        assertEquals(PrintJobState.PRINTED, lastJob(kiosk.journal().printJobs(seq)).state());
        assertEquals(1, kiosk.receipts().size(), "exactly one receipt");
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void crashWithPartOfThePriceInEndsInACreditReceiptAtStart() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        long seq = kiosk.acceptor().lastSession();

        kiosk.crashAndRestart().started();

        TopUpRecord t = kiosk.journal().topUp(seq).orElseThrow();
        assertEquals(TopUpState.ABANDONED, t.state());
        assertEquals(Yen.of(1000), t.credited());
        PrintJobRecord job = lastJob(kiosk.journal().printJobs(seq));
        assertEquals(PrintJobState.PRINTED, job.state());
        assertTrue(kiosk.receipts().get(0).contains(t.claimCode().toString()), "the credit receipt carries the claim code");
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void crashWithANoteInEscrowOwesNothingButLeavesNoTopUpOpen() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.acceptor().escrow(Denomination.YEN_1000).orElseThrow();
        long seq = kiosk.acceptor().lastSession();

        kiosk.crashAndRestart().started();

        TopUpRecord t = kiosk.journal().topUp(seq).orElseThrow();
        assertTrue(t.state() == TopUpState.ABANDONED || t.state() == TopUpState.CANCELLED, t.state().toString());
        assertEquals(Yen.ZERO, t.credited());
        assertTrue(kiosk.receipts().isEmpty());
    }

    @Test
    void crashWhileTheCreditReceiptWasPrintingPrintsItAtStart() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        kiosk.time.holdBackground();
        kiosk.tap(new Intent.Cancel()).tap(new Intent.Confirm());
        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen());
        long seq = kiosk.acceptor().lastSession();
        kiosk.time.resumeBackground();

        kiosk.crashAndRestart().started();

        assertEquals(TopUpState.ABANDONED, kiosk.journal().topUp(seq).orElseThrow().state());
        assertEquals(1, kiosk.receipts().size());
        assertEquals(PrintJobState.PRINTED, lastJob(kiosk.journal().printJobs(seq)).state());
    }

    @Test
    void aJournalThatCannotBeWrittenTakesTheKioskOutOfService() {
        kiosk.breakJournal();
        kiosk.advance(kiosk.settings().serviceCheck());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        assertEquals(ServiceIssue.Reason.JOURNAL_UNWRITABLE, kiosk.view().serviceIssues().get(0).reason());
    }

    @Test
    void aJournalFailingWithMoneyInCallsStaffAndShowsTheClaimCode() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        TopUpRecord t = kiosk.lastTopUp();
        kiosk.breakJournal();
        kiosk.tap(new Intent.Cancel()).tap(new Intent.Confirm());

        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        Outcome o = kiosk.view().outcome().orElseThrow();
        assertEquals(Outcome.Kind.NEEDS_STAFF, o.kind());
        assertEquals(t.claimCode(), o.claimCode());
        assertEquals(Yen.of(1000), o.paid());
        assertEquals(ServiceIssue.Reason.JOURNAL_UNWRITABLE, kiosk.view().serviceIssues().get(0).reason());
    }

    @Test
    void aNoteCreditedAsTheJournalFailsCountsOnTheScreenWithTheClaimCode() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        TopUpRecord t = kiosk.lastTopUp();
        kiosk.breakJournal();   // the acceptor's credit is on disk; the flow can no longer read the journal
        kiosk.insert(Denomination.YEN_1000);

        Outcome o = kiosk.view().outcome().orElseThrow();
        assertEquals(Outcome.Kind.NEEDS_STAFF, o.kind());
        assertEquals(t.claimCode(), o.claimCode());
        assertEquals(Yen.of(2000), o.paid(), "both notes are the customer's money");
    }
}
