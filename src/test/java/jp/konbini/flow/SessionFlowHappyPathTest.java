package jp.konbini.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.TopUpRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A customer who buys: every screen in order, the money on disk, the receipt out, back to attract. */
class SessionFlowHappyPathTest {

    static final ProductId FIVE_GB = new ProductId("bmobile-visitor-5gb-21d");

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

    @Test
    void aCustomerBuysAndGetsAReceipt() throws InterruptedException {
        assertEquals(Screen.ATTRACT, kiosk.screen());
        kiosk.tap(new Intent.Start());
        assertEquals(Screen.LANGUAGE, kiosk.screen());
        kiosk.tap(new Intent.ChooseLanguage(kiosk.settings().languages().get(1)));
        assertEquals(Screen.ENTER_LINE, kiosk.screen());
        assertEquals("en", kiosk.view().language().tag());
        kiosk.type("08098765432").tap(new Intent.SubmitLine());
        assertEquals(Screen.CONFIRM_LINE, kiosk.screen());
        assertEquals("080-9876-5432", kiosk.view().line().orElseThrow().grouped());
        kiosk.tap(new Intent.Confirm());
        assertEquals(Screen.CHOOSE_PRODUCT, kiosk.screen());
        assertTrue(kiosk.view().offers().stream().anyMatch(o -> o.product().id().equals(FIVE_GB) && o.available()));
        kiosk.tap(new Intent.ChooseProduct(FIVE_GB));
        assertEquals(Screen.CONFIRM_ORDER, kiosk.screen());
        assertEquals(Yen.of(3000), kiosk.view().price());
        kiosk.tap(new Intent.Confirm());
        assertEquals(Screen.INSERT_CASH, kiosk.screen());
        assertEquals(Set.of(Denomination.YEN_1000, Denomination.YEN_2000), kiosk.view().enabledNotes());
        assertEquals(kiosk.view().enabledNotes(), kiosk.enabledNotes());

        assertEquals(Optional.of(EscrowDecider.Decision.STACK), kiosk.insert(Denomination.YEN_2000));
        assertEquals(Yen.of(2000), kiosk.view().paid());
        assertEquals(Set.of(Denomination.YEN_1000), kiosk.view().enabledNotes(), "only notes not above the 1,000 still due");
        assertEquals(Optional.of(EscrowDecider.Decision.STACK), kiosk.insert(Denomination.YEN_1000));

        assertEquals(Screen.DONE, kiosk.screen());
        Outcome outcome = kiosk.view().outcome().orElseThrow();
        assertEquals(Outcome.Kind.APPLIED, outcome.kind());
        assertEquals(Outcome.ReceiptProgress.PRINTED, outcome.receipt());
        assertEquals(Optional.of(FakeConfirmer.NEW_EXPIRY), outcome.newExpiry());
        TopUpRecord t = kiosk.journal().topUp(outcome.reference()).orElseThrow();
        assertEquals(TopUpState.APPLIED, t.state());
        assertEquals(Yen.of(3000), t.credited());
        String receipt = kiosk.printer().paper().awaitReceipts(1, Duration.ofSeconds(5)).get(0).text();
        assertTrue(receipt.contains(t.uuid().toString()), receipt);
        assertTrue(receipt.contains("Top-up applied"), receipt);
        assertTrue(receipt.contains("2026年12月22日"), "the new expiry is printed: " + receipt);

        kiosk.advance(kiosk.settings().resultScreen());
        assertEquals(Screen.ATTRACT, kiosk.screen());
        assertEquals("ja", kiosk.view().language().tag(), "the next customer starts in the default language");
        assertEquals("", kiosk.view().lineEntry());
    }
}
