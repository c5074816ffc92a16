package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.stage.Stage;
import jp.konbini.domain.Language;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.flow.FlowHarness;
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
 * A whole purchase by touch, in each language and in both orientations, on the real flow: every
 * screen photographed (target/screenshots) and checked for text that cannot be drawn or is cut short.
 */
class PurchaseWalkTest {

    static Stage stage;

    @TempDir
    Path dir;
    FlowHarness kiosk;

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

    static Stream<Arguments> walks() {
        return Stream.of(Aspect.values()).flatMap(a -> Stream.of(Language.values()).map(l -> Arguments.of(a, l)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("walks")
    void aCustomerBuysByTouch(Aspect aspect, Language language) {
        kiosk = new FlowHarness(dir);
        kiosk.cash(FlowHarness.online(Yen.of(5000)));   // plans above ¥5,000 greyed, with the reason
        kiosk.started();
        UiDriver ui = new UiDriver(stage, kiosk, aspect).folder(UiDriver.folder(language)).show();

        ui.expect(Screen.ATTRACT).click("switch-" + language.tag()).shot("01-attract");
        assertEquals(language, kiosk.view().language());
        ui.click("start").expect(Screen.LANGUAGE).shot("02-language");
        ui.click("lang-" + language.tag()).expect(Screen.ENTER_LINE).shot("03-enter-line");
        ui.type("0801").click("submit-line").expect(Screen.ENTER_LINE);
        assertTrue(ui.showing("line-error"), "a precise reason is shown");
        ui.shot("04-line-error");
        ui.click("clear").type("08098765432");
        assertEquals("080-9876-5432", ui.text("entry"), "grouped as typed");
        ui.shot("05-enter-line-typed");
        ui.click("submit-line").expect(Screen.CONFIRM_LINE);
        assertEquals("080-9876-5432", ui.text("line-readback"));
        ui.shot("06-confirm-line");
        ui.click("confirm").expect(Screen.CHOOSE_PRODUCT).shot("07-choose-product");
        assertTrue(ui.node("product-sakura-travel-30gb-30d").isDisabled(), "above the offline limit: shown, not choosable");
        ui.click("product-bmobile-visitor-5gb-21d").expect(Screen.CONFIRM_ORDER);
        assertEquals("¥3,000", ui.text("order-price"));
        ui.shot("08-confirm-order");
        ui.click("pay").expect(Screen.INSERT_CASH);
        assertEquals("¥3,000", ui.text("due"));
        ui.shot("09-insert-cash");

        kiosk.insert(Denomination.YEN_2000);
        ui.settle();
        assertEquals("¥1,000", ui.text("due"));
        assertEquals("¥2,000", ui.text("paid"));
        ui.shot("10-insert-cash-paid");

        kiosk.time.holdBackground();     // the confirmation waits: the processing screen stays
        kiosk.insert(Denomination.YEN_1000);
        ui.settle().expect(Screen.PROCESSING).shot("11-processing");
        kiosk.time.resumeBackground();
        ui.settle().expect(Screen.DONE);
        assertEquals(Outcome.Kind.APPLIED, kiosk.view().outcome().orElseThrow().kind());
        assertFalse(ui.showing("claim-code"), "applied and printed: no claim code needed");
        ui.shot("12-done");
        ui.click("done").expect(Screen.ATTRACT);
        assertEquals(Language.JA, kiosk.view().language(), "the next customer starts in the default language");
    }
}
