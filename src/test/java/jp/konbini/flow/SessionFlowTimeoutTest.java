package jp.konbini.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
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

/** Every timer of a session, in virtual time: the warning, "more time", the timeout, and never losing money to one. */
class SessionFlowTimeoutTest {

    static final ProductId FIVE_GB = new ProductId("bmobile-visitor-5gb-21d");
    static final Duration SECOND = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    FlowHarness kiosk;
    Duration quiet;
    Duration warning;

    @BeforeEach
    void start() {
        kiosk = new FlowHarness(dir).started();
        warning = kiosk.settings().warning();
        quiet = kiosk.settings().inactivity().minus(warning);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    /** Brings a new customer to {@code screen} (one of the input screens before payment). */
    private void reach(Screen screen) {
        kiosk.tap(new Intent.Start());
        if (screen == Screen.LANGUAGE) {
            return;
        }
        kiosk.tap(new Intent.ChooseLanguage(kiosk.settings().languages().get(1)));
        kiosk.type("0809876");
        if (screen == Screen.ENTER_LINE) {
            return;
        }
        kiosk.type("5432").tap(new Intent.SubmitLine());
        if (screen == Screen.CONFIRM_LINE) {
            return;
        }
        kiosk.tap(new Intent.Confirm());
        if (screen == Screen.CHOOSE_PRODUCT) {
            return;
        }
        kiosk.tap(new Intent.ChooseProduct(FIVE_GB));
        if (screen == Screen.CONFIRM_ORDER) {
            return;
        }
        kiosk.tap(new Intent.Confirm());
    }

    @ParameterizedTest
    @EnumSource(value = Screen.class, names = {"LANGUAGE", "ENTER_LINE", "CONFIRM_LINE", "CHOOSE_PRODUCT", "CONFIRM_ORDER", "INSERT_CASH"})
    void theWarningComesAtLeast20SecondsBeforeTheTimeoutAndAnUntouchedSessionEndsWithNothingLeft(Screen screen) {
        reach(screen);
        assertEquals(screen, kiosk.screen());
        assertTrue(warning.toSeconds() >= 20);

        kiosk.advance(quiet.minus(SECOND));
        assertFalse(kiosk.view().warningShown(), "no warning before its time");
        kiosk.advance(SECOND);
        assertEquals(OptionalInt.of((int) warning.toSeconds()), kiosk.view().warningSecondsLeft());
        kiosk.advance(SECOND);
        assertEquals(OptionalInt.of((int) warning.toSeconds() - 1), kiosk.view().warningSecondsLeft(), "the countdown ticks each second");

        kiosk.advance(warning.minus(SECOND.multipliedBy(2)));
        assertEquals(screen, kiosk.screen(), "still there one second before the end");
        kiosk.advance(SECOND);
        assertEquals(Screen.ATTRACT, kiosk.screen());
        assertEquals("ja", kiosk.view().language().tag(), "back to the default language");
        assertEquals("", kiosk.view().lineEntry());
        assertFalse(kiosk.view().warningShown());
        if (screen == Screen.INSERT_CASH) {
            assertEquals(TopUpState.CANCELLED, kiosk.lastTopUp().state(), "an unpaid top-up is cancelled, not left open");
            assertTrue(kiosk.enabledNotes().isEmpty(), "the acceptor takes nothing once the session is over");
        }
    }

    @Test
    void moreTimeCanBeAskedForAnyNumberOfTimes() {
        reach(Screen.ENTER_LINE);
        for (int i = 0; i < 25; i++) {
            kiosk.advance(quiet.plus(warning).minus(SECOND));
            assertEquals(OptionalInt.of(1), kiosk.view().warningSecondsLeft(), "extension " + i);
            kiosk.tap(new Intent.MoreTime());
            assertFalse(kiosk.view().warningShown());
        }
        assertEquals(Screen.ENTER_LINE, kiosk.screen());
        assertEquals("0809876", kiosk.view().lineEntry(), "what was typed is kept through every extension");
    }

    @Test
    void anyTouchIsActivity() {
        reach(Screen.ENTER_LINE);
        for (int i = 0; i < 10; i++) {
            kiosk.advance(quiet.minus(SECOND));
            kiosk.tap(new Intent.Key('1'));
            kiosk.tap(new Intent.Backspace());
        }
        assertEquals(Screen.ENTER_LINE, kiosk.screen());
        assertFalse(kiosk.view().warningShown());
    }

    @Test
    void withMoneyInATimeoutNeverReturnsToAttractWithoutACreditReceipt() throws InterruptedException {
        reach(Screen.INSERT_CASH);
        kiosk.insert(Denomination.YEN_1000);
        assertEquals(Yen.of(1000), kiosk.view().paid());
        int from = kiosk.views().size();

        kiosk.advance(quiet);
        assertTrue(kiosk.view().warningShown(), "the customer is warned first");
        kiosk.advance(warning);

        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen());
        Outcome outcome = kiosk.view().outcome().orElseThrow();
        assertEquals(Outcome.Kind.CREDIT_HELD, outcome.kind());
        assertEquals(Outcome.ReceiptProgress.PRINTED, outcome.receipt());
        TopUpRecord t = kiosk.lastTopUp();
        assertEquals(TopUpState.ABANDONED, t.state());
        assertEquals(Yen.of(1000), t.credited());
        assertEquals(t.claimCode(), outcome.claimCode());
        String receipt = kiosk.printer().paper().awaitReceipts(1, Duration.ofSeconds(5)).get(0).text();
        assertTrue(receipt.contains(t.claimCode().toString()), "the credit receipt carries the claim code: " + receipt);

        kiosk.advance(kiosk.settings().creditScreen().minus(SECOND));
        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen(), "the claim code stays up long enough to read");
        kiosk.advance(SECOND);
        assertEquals(Screen.ATTRACT, kiosk.screen());
        List<Screen> between = kiosk.views().subList(from, kiosk.views().size()).stream().map(SessionView::screen).toList();
        assertEquals(Screen.CREDIT_ISSUED, between.get(between.indexOf(Screen.ATTRACT) - 1),
                "attract only after the credit screen: " + between);
    }

    @Test
    void theCancelQuestionTimesOutIntoACreditReceiptToo() {
        reach(Screen.INSERT_CASH);
        kiosk.insert(Denomination.YEN_2000);
        kiosk.tap(new Intent.Cancel());
        assertEquals(Screen.CONFIRM_CANCEL, kiosk.screen());
        kiosk.advance(quiet);
        assertTrue(kiosk.view().warningShown());
        kiosk.tap(new Intent.MoreTime());
        kiosk.advance(quiet.plus(warning));
        assertEquals(Screen.CREDIT_ISSUED, kiosk.screen());
        assertEquals(TopUpState.ABANDONED, kiosk.lastTopUp().state());
    }

    @Test
    void aNoteArrivingResetsTheTimer() {
        reach(Screen.INSERT_CASH);
        kiosk.advance(quiet.plus(warning).minus(SECOND));
        kiosk.insert(Denomination.YEN_1000);
        assertFalse(kiosk.view().warningShown(), "a note is activity");
        kiosk.advance(quiet.minus(SECOND));
        assertEquals(Screen.INSERT_CASH, kiosk.screen());
    }

    @Test
    void theResultScreenReturnsToAttractOnItsOwnAndOnDone() {
        Consumer<Boolean> buy = done -> {
            reach(Screen.INSERT_CASH);
            kiosk.insert(Denomination.YEN_2000);
            kiosk.insert(Denomination.YEN_1000);
            assertEquals(Screen.DONE, kiosk.screen());
            if (done) {
                kiosk.tap(new Intent.Done());
            } else {
                kiosk.advance(kiosk.settings().resultScreen());
            }
            assertEquals(Screen.ATTRACT, kiosk.screen());
        };
        buy.accept(false);
        buy.accept(true);
        assertEquals(2, kiosk.receipts().size());
    }

    @Test
    void nothingIsTimedOnTheAttractScreen() {
        kiosk.advance(Duration.ofHours(3));
        assertEquals(Screen.ATTRACT, kiosk.screen());
        assertFalse(kiosk.view().warningShown());
    }
}
