package jp.konbini.ui.view;

import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.LanguageNotice;
import jp.konbini.ui.text.LanguageStyle;

/**
 * Starting, out of service, staff at work: no session language yet, so the message (and for out
 * of service every reason) is said in every configured language, each in its own font: three
 * columns on a landscape screen, one on a portrait one.
 */
final class ServiceScreen extends BorderPane {

    private final KioskModel model;
    private final ObservableValue<Aspect> aspect;
    private final GridPane blocks = new GridPane();

    ServiceScreen(KioskModel model, ObservableValue<Aspect> aspect, String style) {
        this.model = model;
        this.aspect = aspect;
        getStyleClass().addAll("screen", "service", style);
        blocks.getStyleClass().add("service-blocks");
        blocks.setHgap(32);
        blocks.setVgap(32);
        blocks.setAlignment(Pos.CENTER);
        fill();
        aspect.addListener((o, old, a) -> fill());
        model.service().notices().addListener((ListChangeListener<LanguageNotice>) c -> fill());
        setCenter(blocks);
    }

    private void fill() {
        int columns = aspect.getValue() == Aspect.LANDSCAPE ? 3 : 1;
        blocks.getColumnConstraints().setAll(java.util.stream.IntStream.range(0, columns).mapToObj(i -> {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / columns);
            c.setFillWidth(true);
            return c;
        }).toList());
        blocks.getChildren().clear();
        List<LanguageNotice> notices = model.service().notices();
        for (int i = 0; i < notices.size(); i++) {
            VBox b = block(notices.get(i));
            GridPane.setValignment(b, VPos.TOP);
            GridPane.setFillHeight(b, true);     // blocks of a row end level
            blocks.add(b, i % columns, i / columns);
        }
    }

    private static VBox block(LanguageNotice n) {
        VBox box = new VBox(10);
        box.getStyleClass().addAll("service-block", LanguageStyle.styleClass(n.language()));
        box.setId("service-" + n.language().tag());
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.getChildren().add(Widgets.styled(new Label(n.title()), "service-title"));
        for (String line : n.lines()) {
            box.getChildren().add(Widgets.styled(new Label(line), "body"));
        }
        return box;
    }
}
