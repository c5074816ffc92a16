package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.LanguageNotice;
import jp.konbini.ui.text.LanguageStyle;

/**
 * Starting, out of service, staff at work: no session language yet, so the message (and for out
 * of service every reason) is said in every configured language, each in its own font.
 */
final class ServiceScreen extends BorderPane {

    private final KioskModel model;
    private final TilePane blocks = new TilePane(32, 32);

    ServiceScreen(KioskModel model, ObservableValue<Aspect> aspect, String style) {
        this.model = model;
        getStyleClass().addAll("screen", "service", style);
        blocks.getStyleClass().add("service-blocks");
        layFor(aspect.getValue());
        aspect.addListener((o, old, a) -> layFor(a));
        fill();
        model.service().notices().addListener((ListChangeListener<LanguageNotice>) c -> fill());
        setCenter(blocks);
    }

    private void layFor(Aspect a) {
        blocks.setPrefColumns(a == Aspect.LANDSCAPE ? 3 : 1);
        blocks.setPrefTileWidth(a == Aspect.LANDSCAPE ? 570 : 968);
    }

    private void fill() {
        blocks.getChildren().setAll(model.service().notices().stream().map(ServiceScreen::block).toList());
    }

    private static VBox block(LanguageNotice n) {
        VBox box = new VBox(10);
        box.getStyleClass().addAll("service-block", LanguageStyle.styleClass(n.language()));
        box.setId("service-" + n.language().tag());
        box.getChildren().add(Widgets.styled(new Label(n.title()), "service-title"));
        for (String line : n.lines()) {
            box.getChildren().add(Widgets.styled(new Label(line), "body"));
        }
        return box;
    }
}
