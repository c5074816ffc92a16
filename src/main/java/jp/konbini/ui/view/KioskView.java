package jp.konbini.ui.view;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import jp.konbini.domain.Language;
import jp.konbini.flow.Screen;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.text.LanguageStyle;

/**
 * The whole customer UI: header (what, steps, language switch), the current screen, and the
 * inactivity warning above everything. The session language's style class picks its font for
 * every text below that does not name its own language.
 */
public final class KioskView extends StackPane {

    public KioskView(KioskModel model, ObservableValue<Aspect> aspect) {
        getStyleClass().add("kiosk");
        ScreenHost host = new ScreenHost();
        host.put(Screen.STARTING, () -> new ServiceScreen(model, aspect, "starting"));
        host.put(Screen.ATTRACT, () -> new AttractScreen(model, aspect));
        host.put(Screen.LANGUAGE, () -> new LanguageScreen(model, aspect));
        host.put(Screen.ENTER_LINE, () -> new EnterLineScreen(model, aspect));
        host.put(Screen.CONFIRM_LINE, () -> new ConfirmLineScreen(model));
        host.put(Screen.CHOOSE_PRODUCT, () -> new ChooseProductScreen(model, aspect));
        host.put(Screen.CONFIRM_ORDER, () -> new ConfirmOrderScreen(model, aspect));
        host.put(Screen.INSERT_CASH, () -> new InsertCashScreen(model, aspect));
        host.put(Screen.CONFIRM_CANCEL, () -> new ConfirmCancelScreen(model));
        host.put(Screen.PROCESSING, () -> new ProcessingScreen(model));
        host.put(Screen.DONE, () -> new ResultScreen(model));
        host.put(Screen.CREDIT_ISSUED, () -> new ResultScreen(model));
        host.put(Screen.OUT_OF_SERVICE, () -> new ServiceScreen(model, aspect, "out-of-service"));
        host.put(Screen.MAINTENANCE, () -> new ServiceScreen(model, aspect, "maintenance"));
        BorderPane page = new BorderPane();
        page.setTop(new Header(model, aspect));
        page.setCenter(host);
        getChildren().addAll(page, new WarningOverlay(model));
        host.show(model.screen().get());
        model.screen().addListener((o, old, s) -> host.show(s));
        // Start-up shows one screen; the others are built while the kiosk waits for its first customer.
        Platform.runLater(host::buildRestWhenIdle);
        language(null, model.language().get());
        model.language().addListener((o, old, l) -> language(old, l));
    }

    private void language(Language old, Language now) {
        if (old != null) {
            getStyleClass().remove(LanguageStyle.styleClass(old));
        }
        getStyleClass().add(LanguageStyle.styleClass(now));
    }
}
