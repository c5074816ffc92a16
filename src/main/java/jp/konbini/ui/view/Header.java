package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Screen;
import jp.konbini.ui.model.KioskModel;

/**
 * The top bar: what the kiosk is (or, during a purchase, the four steps) and the language switch.
 * Landscape keeps it to one row, leaving the height to the screens; portrait gives the switch its
 * own row, so five big buttons still fit 1080 pixels.
 */
final class Header extends VBox {

    private final Label brand;
    private final LanguageSwitch languages;
    private final StepStrip steps;
    private final HBox top = new HBox(24);

    Header(KioskModel model, ObservableValue<Aspect> aspect) {
        getStyleClass().add("header");
        brand = Widgets.text(model, "header.brand", "brand");
        brand.setWrapText(false);
        languages = new LanguageSwitch(model);
        steps = new StepStrip(model);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("header-row");
        arrange(aspect.getValue());
        aspect.addListener((o, old, a) -> arrange(a));
        model.screen().addListener((o, old, s) -> show(s));
        show(model.screen().get());
    }

    private void arrange(Aspect a) {
        if (a == Aspect.LANDSCAPE) {
            top.getChildren().setAll(brand, steps, Widgets.grow(), languages);
            getChildren().setAll(top);
        } else {
            top.getChildren().setAll(brand, steps);
            getChildren().setAll(top, languages);
        }
        languages.setAlignment(a == Aspect.LANDSCAPE ? Pos.CENTER_RIGHT : Pos.CENTER);
    }

    /**
     * The steps replace the name during a purchase. The switch is on every customer screen but the
     * language screen (which is a bigger switch itself).
     */
    private void show(Screen s) {
        boolean inSteps = StepStrip.step(s) >= 0;
        visible(steps, inSteps);
        visible(brand, !inSteps);
        boolean customer = s.isCustomerSession() || s == Screen.ATTRACT;
        visible(languages, customer && s != Screen.LANGUAGE);
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }
}
