package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.OfferItem;

/**
 * The products for this line as cards: four across on a landscape screen, two on a portrait one;
 * more scroll by touch. Under the cards, each reason a card is greyed, in full.
 */
final class ChooseProductScreen extends BorderPane {

    private final KioskModel model;
    private final TilePane cards = new TilePane(24, 24);

    ChooseProductScreen(KioskModel model, ObservableValue<Aspect> aspect) {
        this.model = model;
        getStyleClass().addAll("screen", "choose-product");
        cards.getStyleClass().add("cards");
        layFor(aspect.getValue());
        aspect.addListener((o, old, a) -> layFor(a));
        fill();
        model.products().offers().addListener((ListChangeListener<OfferItem>) c -> fill());
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.setPannable(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("cards-scroll");
        VBox legend = new VBox(4);
        Runnable fillLegend = () -> legend.getChildren().setAll(model.products().reasons().stream()
                .map(r -> Widgets.styled(new javafx.scene.control.Label("■ " + r), "unavailable-legend")).toList());
        fillLegend.run();
        model.products().reasons().addListener((ListChangeListener<String>) c -> fillLegend.run());
        legend.getStyleClass().add("legend");
        VBox top = Widgets.column(8, Widgets.text(model, "products.title", "title"), Widgets.text(model, "products.subtitle", "hint"));
        top.getStyleClass().add("screen-top");
        setTop(top);
        VBox center = new VBox(12, scroll, legend);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        setCenter(center);
        Button back = Widgets.button("back", model, "action.back", () -> model.submit(new Intent.Back()), "secondary");
        Button cancel = Widgets.button("cancel", model, "action.cancel", () -> model.submit(new Intent.Cancel()), "secondary", "cancel");
        setBottom(Widgets.footer(new Node[] {back, cancel}, Widgets.none()));
    }

    private void layFor(Aspect a) {
        int columns = a == Aspect.LANDSCAPE ? 4 : 2;
        double width = a == Aspect.LANDSCAPE ? 420 : 468;
        cards.setPrefColumns(columns);
        cards.setPrefTileWidth(width);
        cards.setPrefTileHeight(a == Aspect.LANDSCAPE ? 278 : 300);
    }

    private void fill() {
        cards.getChildren().setAll(model.products().offers().stream().map(o -> new ProductCard(model, o)).toList());
    }
}
