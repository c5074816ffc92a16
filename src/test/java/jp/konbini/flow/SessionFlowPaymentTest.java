package jp.konbini.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.konbini.device.acceptor.EscrowDecider.Decision;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.TopUpRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cancelling, notes in escrow, no overpaying, and an acceptor that fails with money in. */
class SessionFlowPaymentTest {

    static final ProductId FIVE_GB = new ProductId("bmobile-visitor-5gb-21d");   // ¥3,000
    static final ProductId THIRTY_GB = new ProductId("sakura-travel-30gb-30d");  // ¥9,000, softbank
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

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"LANGUAGE", "ENTER_LINE", "CONFIRM_LINE", "CHOOSE_PRODUCT", "CONFIRM_ORDER"})
    void cancelBeforePaymentGoesBackToAttractAndOpensNothing(Screen screen) {
        kiosk.tap(new Intent.Start());
        List<Intent> steps = List.of(new Intent.ChooseLanguage(kiosk.settings().languages().get(4)), new Intent.SubmitLine(), new Intent.Confirm(),
                new Intent.ChooseProduct(FIVE_GB));
        int i = 0;
        while (kiosk.screen() != screen) {
            if (kiosk.screen() == Screen.ENTER_LINE) {
                kiosk.type(LINE);
            }
            kiosk.tap(steps.get(i++));
        }
        kiosk.tap(new Intent.Cancel());
        assertEquals(Screen.ATTRACT, kiosk.screen());
        assertEquals("ja", kiosk.view().language().tag());
        assertEquals(-1, kiosk.acceptor().lastSession(), "no top-up was opened, the acceptor never enabled");
    }

    @Test
    void cancelOnTheInsertCashScreenBeforeAnyNoteCancelsTheTopUp() {
        kiosk.order(LINE, FIVE_GB);
        assertEquals(Screen.INSERT_CASH, kiosk.screen());
        kiosk.tap(new Intent.Cancel());
        assertEquals(Screen.ATTRACT, kiosk.screen());
        assertEquals(TopUpState.CANCELLED, kiosk.lastTopUp().state());
        assertTrue(kiosk.enabledNotes().isEmpty());
        assertTrue(kiosk.receipts().isEmpty());
    }

    @Test
    void cancelWithTheFirstNoteInEscrowReturnsItAndEndsWithNothingOwed() {
        kiosk.order(LINE, FIVE_GB);
        ScriptedAcceptor.Escrow held = kiosk.acceptor().escrow(Denomination.YEN_1000).orElseThrow();
        kiosk.time.runUntilIdle();
        assertEquals(NoteNotice.CHECKING, kiosk.view().noteNotice());

        kiosk.tap(new Intent.Cancel());
        assertEquals(Screen.INSERT_CASH, kiosk.screen(), "the session waits for the note's verdict");
        assertEquals(Decision.RETURN, held.decide(), "a cancelled payment takes no note");
        kiosk.time.runUntilIdle();

        assertEquals(Screen.ATTRACT, kiosk.screen());
        TopUpRecord t = kiosk.lastTopUp();
        assertEquals(TopUpState.CANCELLED, t.state());
        assertEquals(Yen.ZERO, t.credited());
        assertTrue(kiosk.receipts().isEmpty());
    }

    @Test
    void cancelWithMoneyInAsksAndGoingOnPayingCompletesThePurchase() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.tap(new Intent.Cancel());
        assertEquals(Screen.CONFIRM_CANCEL, kiosk.screen());
        assertEquals(Yen.of(2000), kiosk.view().paid());
        assertTrue(kiosk.view().canGoOnPaying());
        assertTrue(kiosk.enabledNotes().isEmpty(), "no note is taken while the customer decides");
        assertEquals(Optional.empty(), kiosk.insert(Denomination.YEN_1000), "refused at the slot");

        kiosk.tap(new Intent.Back());
        assertEquals(Screen.INSERT_CASH, kiosk.screen());
        assertEquals(Set.of(Denomination.YEN_1000), kiosk.enabledNotes());
        kiosk.insert(Denomination.YEN_1000);
        assertEquals(Screen.DONE, kiosk.screen());
        assertEquals(TopUpState.APPLIED, kiosk.lastTopUp().state());
    }

    @Test
    void endingWithMoneyInPrintsACreditReceiptWithTheClaimCode() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.tap(new Intent.Cancel()).tap(new Intent.Confirm());

        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen());
        TopUpRecord t = kiosk.lastTopUp();
        assertEquals(TopUpState.ABANDONED, t.state());
        assertEquals(Yen.of(2000), t.credited());
        Outcome o = kiosk.view().outcome().orElseThrow();
        assertEquals(new Outcome(Outcome.Kind.CREDIT_HELD, t.seq(), t.claimCode(), Yen.of(2000), Optional.empty(),
                Outcome.ReceiptProgress.PRINTED), o);
        assertEquals(1, kiosk.receipts().size());
        assertTrue(kiosk.receipts().get(0).contains(t.claimCode().toString()));
        assertTrue(kiosk.receipts().get(0).contains("¥2,000"));
    }

    @Test
    void cancelWithMoneyInAndASecondNoteInEscrowReturnsTheSecondAndKeepsTheFirst() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        ScriptedAcceptor.Escrow second = kiosk.acceptor().escrow(Denomination.YEN_1000).orElseThrow();
        kiosk.time.runUntilIdle();
        kiosk.tap(new Intent.Cancel());
        assertEquals(Screen.CONFIRM_CANCEL, kiosk.screen());
        assertEquals(Decision.RETURN, second.decide());
        kiosk.time.runUntilIdle();
        assertEquals(NoteNotice.RETURNED, kiosk.view().noteNotice());
        assertEquals(Yen.of(1000), kiosk.view().paid());
        kiosk.tap(new Intent.Confirm());
        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen());
        assertEquals(Yen.of(1000), kiosk.lastTopUp().credited());
    }

    @Test
    void aNoteStackedJustAfterTheCustomerAskedToEndIsStillCountedAndCanPayInFull() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_2000);
        ScriptedAcceptor.Escrow last = kiosk.acceptor().escrow(Denomination.YEN_1000).orElseThrow();
        // The gate decided before the cancel reached the flow: the note is on its way to the stacker.
        assertEquals(Decision.STACK, last.decide());
        kiosk.flow().submit(new Intent.Cancel());
        kiosk.time.runUntilIdle();
        assertEquals(Screen.DONE, kiosk.screen(), "paid in full is a purchase, whatever was tapped meanwhile");
        assertEquals(TopUpState.APPLIED, kiosk.lastTopUp().state());
    }

    @Test
    void onlyNotesNotAboveTheAmountDueAreEnabledAndALargerNoteIsReturned() {
        kiosk.order(LINE, FIVE_GB);
        assertEquals(Set.of(Denomination.YEN_1000, Denomination.YEN_2000), kiosk.view().enabledNotes());
        assertEquals(Optional.empty(), kiosk.insert(Denomination.YEN_5000), "a ¥5,000 note is not even enabled for ¥3,000");

        kiosk.insert(Denomination.YEN_2000);
        assertEquals(Set.of(Denomination.YEN_1000), kiosk.enabledNotes());
        // Between two notes the acceptor still had ¥2,000 enabled (the disable raced the note): the gate returns it.
        kiosk.acceptor().enable(Set.of(Denomination.YEN_1000, Denomination.YEN_2000), new jp.konbini.device.acceptor.NoteSession(
                kiosk.acceptor().lastSession()), decider());
        assertEquals(Optional.of(Decision.RETURN), kiosk.insert(Denomination.YEN_2000));
        assertEquals(NoteNotice.RETURNED_ABOVE_DUE, kiosk.view().noteNotice());
        assertEquals(Yen.of(2000), kiosk.view().paid());
        kiosk.insert(Denomination.YEN_1000);
        assertEquals(Yen.of(3000), kiosk.lastTopUp().credited(), "never more than the price");
    }

    /** The decider the flow gave the acceptor (the payment gate). */
    private jp.konbini.device.acceptor.EscrowDecider decider() {
        return kiosk.acceptor().decider();
    }

    @Test
    void aRejectedNoteIsSaidAndChangesNothing() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.acceptor().rejectNote();
        kiosk.time.runUntilIdle();
        assertEquals(NoteNotice.REJECTED, kiosk.view().noteNotice());
        assertEquals(Yen.ZERO, kiosk.view().paid());
        assertEquals(Screen.INSERT_CASH, kiosk.screen());
    }

    @Test
    void anAcceptorFaultWithMoneyInOffersOnlyACreditReceiptThenTheKioskIsOutOfService() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        kiosk.acceptor().fault(FaultKind.JAM_IN_ACCEPTOR);
        kiosk.time.runUntilIdle();

        assertEquals(Screen.CONFIRM_CANCEL, kiosk.screen());
        assertFalse(kiosk.view().canGoOnPaying());
        kiosk.tap(new Intent.Back());
        assertEquals(Screen.CONFIRM_CANCEL, kiosk.screen(), "going on paying is not possible");
        kiosk.tap(new Intent.Confirm());
        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen());
        assertEquals(TopUpState.ABANDONED, kiosk.lastTopUp().state());
        kiosk.advance(kiosk.settings().creditScreen());
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        assertEquals(ServiceIssue.Reason.ACCEPTOR_JAM, kiosk.view().serviceIssues().get(0).reason());

        kiosk.acceptor().recover();
        kiosk.time.runUntilIdle();
        assertEquals(Screen.ATTRACT, kiosk.screen());
    }

    @Test
    void anAcceptorFaultBeforeAnyNoteEndsThePaymentWithNothingOwed() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.acceptor().fault(FaultKind.STACKER_FULL);
        kiosk.time.runUntilIdle();
        assertEquals(Screen.OUT_OF_SERVICE, kiosk.screen());
        assertEquals(TopUpState.CANCELLED, kiosk.lastTopUp().state());
        assertEquals(ServiceIssue.Reason.CASH_BOX_FULL, kiosk.view().serviceIssues().get(0).reason());
    }

    @Test
    void aStackerJamAfterStackLeavesTheNoteForStaffAndNeverLosesIt() {
        kiosk.order(LINE, FIVE_GB);
        kiosk.insert(Denomination.YEN_1000);
        kiosk.acceptor().escrow(Denomination.YEN_2000).orElseThrow().stackThenJam();
        kiosk.time.runUntilIdle();
        assertEquals(Screen.CONFIRM_CANCEL, kiosk.screen());
        kiosk.tap(new Intent.Confirm());
        // The jammed note's fate is unknown: the flow waits its settle limit, then ends with what is certain.
        kiosk.advance(Duration.ofSeconds(60));
        TopUpRecord t = kiosk.lastTopUp();
        assertEquals(TopUpState.ABANDONED, t.state());
        assertEquals(Yen.of(1000), t.credited());
        assertEquals(1, kiosk.journal().openReconciliations().size(), "the jammed note waits for staff");
        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen());
    }

    @Test
    void offlineOnlyProductsUpToTheCurrentLimitCanBeChosen() {
        kiosk.cash(FlowHarness.offline(Yen.of(5000)));
        kiosk.advance(kiosk.settings().serviceCheck());
        kiosk.tap(new Intent.Start()).tap(new Intent.ChooseLanguage(kiosk.settings().defaultLanguage()))
                .type("07012345678").tap(new Intent.SubmitLine()).tap(new Intent.Confirm());
        Offer thirty = kiosk.view().offers().stream().filter(o -> o.product().id().equals(THIRTY_GB)).findFirst().orElseThrow();
        assertEquals(Optional.of(Offer.Unavailable.ABOVE_CURRENT_LIMIT), thirty.unavailable());
        kiosk.tap(new Intent.ChooseProduct(THIRTY_GB));
        assertEquals(Screen.CHOOSE_PRODUCT, kiosk.screen(), "an unavailable product cannot be chosen");
    }

    @Test
    void aBadNumberGetsItsPreciseErrorAndTheNextKeyClearsIt() {
        kiosk.tap(new Intent.Start()).tap(new Intent.ChooseLanguage(kiosk.settings().defaultLanguage()));
        kiosk.type("0501234567").tap(new Intent.SubmitLine());
        assertEquals(Screen.ENTER_LINE, kiosk.screen());
        assertTrue(kiosk.view().lineError().isPresent());
        assertEquals("0501234567", kiosk.view().lineEntry(), "what was typed stays to be corrected");
        kiosk.tap(new Intent.Backspace());
        assertTrue(kiosk.view().lineError().isEmpty());
    }

    @Test
    void switchingLanguageKeepsWhatWasEnteredAndTheNextSessionStartsInTheDefault() {
        kiosk.tap(new Intent.Start()).tap(new Intent.ChooseLanguage(kiosk.settings().languages().get(1)));
        kiosk.type("080987");
        kiosk.tap(new Intent.SwitchLanguage(kiosk.settings().languages().get(4)));
        assertEquals("ko", kiosk.view().language().tag());
        assertEquals("080987", kiosk.view().lineEntry());
        assertEquals(Screen.ENTER_LINE, kiosk.screen());
        kiosk.type("65432").tap(new Intent.SubmitLine()).tap(new Intent.Confirm()).tap(new Intent.ChooseProduct(FIVE_GB));
        kiosk.tap(new Intent.SwitchLanguage(kiosk.settings().languages().get(2)));
        assertEquals(Optional.of(FIVE_GB), kiosk.view().product().map(p -> p.id()));
        kiosk.tap(new Intent.Cancel());
        assertEquals("ja", kiosk.view().language().tag());
    }
}
