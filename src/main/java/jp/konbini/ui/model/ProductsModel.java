package jp.konbini.ui.model;

import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.flow.Offer;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** The product cards: available ones to choose, the others shown greyed with the reason. */
public final class ProductsModel implements Part {

    private final ObservableList<OfferItem> offers = FXCollections.observableArrayList();
    private final ObservableList<OfferItem> readOnly = FXCollections.unmodifiableObservableList(offers);
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyReasons = FXCollections.unmodifiableObservableList(reasons);

    @Override
    public void update(SessionView v, Texts t) {
        Props.setAll(offers, v.offers().stream().map(o -> item(o, t)).toList());
        Props.setAll(reasons, v.offers().stream().flatMap(o -> o.unavailable().stream()).distinct()
                .map(u -> t.get("offer.unavailable." + key(u))).toList());
    }

    /** {@code above-current-limit}: the bundle key's tail for a reason. */
    public static String key(Offer.Unavailable u) {
        return u.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static OfferItem item(Offer o, Texts t) {
        var p = o.product();
        String reason = o.unavailable().map(u -> t.get("offer.short." + key(u))).orElse("");
        return new OfferItem(p.id(), OfferItem.nodeId(p.id()), p.names().in(t.language()), p.carrier(), ProductTexts.days(p, t),
                ProductTexts.data(p, t), p.price().format(), ProductTexts.tax(p, t), o.available(), reason);
    }

    public ObservableList<OfferItem> offers() {
        return readOnly;
    }

    /** Each reason a product is greyed, said in full once (the cards say it in a few words). */
    public ObservableList<String> reasons() {
        return readOnlyReasons;
    }
}
