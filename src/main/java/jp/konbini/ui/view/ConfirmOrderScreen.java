package jp.konbini.ui.view;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.ui.model.KioskModel;

/** The order and its price, and the no-change policy, before any cash goes in. */
final class ConfirmOrderScreen extends BorderPane {

    ConfirmOrderScreen(KioskModel model, ObservableValue<Aspect> aspect) {
        getStyleClass().addAll("screen", "confirm-order");
        var order = model.order();
        Label product = Widgets.value(order.product(), "order-product");
        product.setId("order-product");
        VBox what = Widgets.column(14,
                product,
                Widgets.value(order.details(), "order-fact"),
                Widgets.value(order.carrier(), "hint"),
                Widgets.text(model, "order.line", "label-small"),
                Widgets.value(order.line(), "order-line"));
        what.getStyleClass().add("order-card");

        Label price = Widgets.value(order.price(), "big-amount");
        price.setId("order-price");
        Label policy = new Label();
        policy.textProperty().bind(Bindings.createStringBinding(
                () -> model.texts().get().format("order.no-change", order.price().get()), model.texts(), order.price()));
        Widgets.styled(policy, "body");
        VBox noChange = Widgets.column(8, Widgets.text(model, "attract.no-change.title", "policy-title"), policy);
        noChange.getStyleClass().add("policy");
        Button pay = Widgets.button("pay", model, "order.pay", () -> model.submit(new Intent.Confirm()), "primary");
        pay.setMaxWidth(Double.MAX_VALUE);
        VBox payBox = Widgets.column(20, Widgets.text(model, "order.price", "label-small"), price, Widgets.value(order.tax(), "hint"),
                noChange, pay);
        payBox.getStyleClass().add("pay-column");
        VBox top = Widgets.column(0, Widgets.text(model, "order.title", "title"));
        top.getStyleClass().add("screen-top");
        setTop(top);
        setCenter(new TwoPane(what, payBox, aspect, 40));
        Button back = Widgets.button("back", model, "order.back", () -> model.submit(new Intent.Back()), "secondary");
        Button cancel = Widgets.button("cancel", model, "action.cancel", () -> model.submit(new Intent.Cancel()), "secondary", "cancel");
        setBottom(Widgets.footer(new Node[] {back, cancel}, Widgets.none()));
    }
}
