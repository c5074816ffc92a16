package jp.konbini.ui.model;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.domain.line.LineId;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** The order to confirm before any cash: product, line, price incl. tax. */
public final class OrderModel implements Part {

    private final ReadOnlyStringWrapper product = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper carrier = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper price = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tax = new ReadOnlyStringWrapper("");

    @Override
    public void update(SessionView v, Texts t) {
        Props.set(product, v.product().map(p -> p.names().in(t.language())).orElse(""));
        Props.set(details, v.product().map(p -> ProductTexts.days(p, t) + " · " + ProductTexts.data(p, t)).orElse(""));
        Props.set(carrier, v.product().map(p -> p.carrier()).orElse(""));
        Props.set(tax, v.product().map(p -> ProductTexts.tax(p, t)).orElse(""));
        Props.set(line, v.line().map(LineId::grouped).orElse(""));
        Props.set(price, v.price().format());
    }

    public ReadOnlyStringProperty product() {
        return product.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty details() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty carrier() {
        return carrier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty line() {
        return line.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty price() {
        return price.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tax() {
        return tax.getReadOnlyProperty();
    }
}
