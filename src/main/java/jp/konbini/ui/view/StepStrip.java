package jp.konbini.ui.view;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import jp.konbini.flow.Screen;
import jp.konbini.ui.model.KioskModel;

/** Where the customer is in the four steps (number, plan, pay, receipt): the whole way is in sight from the start. */
final class StepStrip extends HBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");
    private static final List<String> KEYS = List.of("steps.number", "steps.plan", "steps.pay", "steps.receipt");

    private final KioskModel model;

    StepStrip(KioskModel model) {
        super(16);
        this.model = model;
        getStyleClass().add("step-strip");
        setAlignment(Pos.CENTER_LEFT);
        for (int i = 0; i < KEYS.size(); i++) {
            Label step = Widgets.text(model, KEYS.get(i), "step");
            step.setWrapText(false);
            getChildren().add(step);
        }
        model.screen().addListener((o, old, s) -> mark(s));
        mark(model.screen().get());
    }

    /** The step a screen belongs to; -1 for screens outside the four steps. */
    static int step(Screen s) {
        return switch (s) {
            case ENTER_LINE, CONFIRM_LINE -> 0;
            case CHOOSE_PRODUCT, CONFIRM_ORDER -> 1;
            case INSERT_CASH, CONFIRM_CANCEL, PROCESSING -> 2;
            case DONE, CREDIT_ISSUED -> 3;
            default -> -1;
        };
    }

    private void mark(Screen s) {
        int current = step(s);
        for (int i = 0; i < getChildren().size(); i++) {
            getChildren().get(i).pseudoClassStateChanged(CURRENT, i == current);
            getChildren().get(i).pseudoClassStateChanged(PAST, i < current);
        }
    }
}
