package jp.konbini.ui.view;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.OfferItem;

/**
 * One product as a big button: name, carrier, days and data, the price incl. tax. A product that
 * cannot be bought now stays on screen, disabled and greyed, with the reason in place of the
 * carrier, so nobody wonders where it went.
 */
final class ProductCard extends Button {

    ProductCard(KioskModel model, OfferItem item) {
        setId(item.nodeId());
        getStyleClass().add("product-card");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setMaxWidth(Double.MAX_VALUE);
        Label name = Widgets.styled(new Label(item.name()), "card-name");
        Label carrier = item.available() ? Widgets.styled(new Label(item.carrier()), "card-carrier")
                : Widgets.styled(new Label(item.reason()), "card-reason");
        carrier.setWrapText(false);
        Label days = Widgets.styled(new Label(item.days()), "card-fact");
        Label data = Widgets.styled(new Label(item.data()), "card-fact");
        HBox facts = new HBox(16, days, data);
        facts.setAlignment(Pos.CENTER_LEFT);
        Label price = Widgets.styled(new Label(item.price()), "card-price");
        Label tax = Widgets.styled(new Label(item.tax()), "card-tax");
        HBox priceRow = new HBox(12, price, tax);
        priceRow.setAlignment(Pos.BASELINE_LEFT);
        VBox body = new VBox(8, name, carrier, facts, Widgets.grow(), priceRow);
        setDisable(!item.available());
        body.setFillWidth(true);
        setGraphic(body);
        setOnAction(e -> model.submit(new Intent.ChooseProduct(item.id())));
    }
}
