package jp.konbini.ui.view.maintenance;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import jp.konbini.domain.Language;
import jp.konbini.maintenance.Operator;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.text.LanguageStyle;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Widgets;

/** The maintenance bar: who is in and in what role, busy, the staff language, back to the menu, and leave. */
final class StaffBar extends HBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    StaffBar(MaintenanceModel m) {
        super(16);
        getStyleClass().add("m-bar");
        Label title = Staff.text(m, "maintenance.title", "m-bar-title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        Label who = Staff.computed(m, t -> m.operator().get().map(o -> t.format("operator.line", o.name(), role(t, o))).orElse(""),
                new javafx.beans.Observable[] {m.operator()}, "m-bar-who");
        who.setId("maintenance-operator");
        Label busy = Staff.text(m, "busy", "m-busy");
        busy.setId("maintenance-busy");
        Staff.showWhen(busy, m.busy());
        getChildren().addAll(title, who, busy, Widgets.grow());
        for (Language l : StaffTexts.LANGUAGES) {
            Button b = Staff.plainButton("staff-lang-" + l.tag().toLowerCase(Locale.ROOT), l.nativeName(), () -> m.language(l), "m-lang");
            b.getStyleClass().add(LanguageStyle.styleClass(l));
            b.setMinWidth(Button.USE_PREF_SIZE);
            b.pseudoClassStateChanged(CURRENT, m.texts().get().language() == l);
            m.texts().addListener((o, old, t) -> b.pseudoClassStateChanged(CURRENT, t.language() == l));
            getChildren().add(b);
        }
        Button menu = Staff.button("maintenance-to-menu", m, "action.menu", m::toMenu, "m-bar-button");
        Staff.showWhen(menu, Bindings.createBooleanBinding(() -> m.page().get() != MaintenanceModel.Page.MENU, m.page()));
        Button leave = Staff.button("leave", m, "action.leave", m::leave, "m-bar-button", "m-leave");
        for (Button b : new Button[] {menu, leave}) {
            b.setWrapText(false);
            b.setMinWidth(Button.USE_PREF_SIZE);
        }
        menu.disableProperty().bind(m.busy());
        leave.disableProperty().bind(m.busy());
        getChildren().addAll(menu, leave);
    }

    static String role(StaffTexts t, Operator o) {
        return t.get("role." + o.role().name().toLowerCase(Locale.ROOT));
    }
}
