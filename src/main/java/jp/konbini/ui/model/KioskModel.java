package jp.konbini.ui.model;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.domain.Language;
import jp.konbini.flow.Intent;
import jp.konbini.flow.Screen;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Messages;
import jp.konbini.ui.text.Texts;

/**
 * The root view-model. It follows the flow's view (already on the FX thread) and derives what
 * every screen shows; views bind to its properties and send the customer's touches back as
 * intents. It decides nothing: the flow does.
 *
 * <p>Order matters: the screens' content is updated before {@link #screen()} changes, so a screen
 * is never shown, even for one pulse, with the previous session's text.
 */
public final class KioskModel {

    private final Messages messages;
    private final Consumer<Intent> intents;
    private final ReadOnlyObjectWrapper<SessionView> view = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Texts> texts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Language> languages = FXCollections.observableArrayList();
    private final ObservableList<Language> readOnlyLanguages = FXCollections.unmodifiableObservableList(languages);

    private final AttractModel attract;
    private final EnterLineModel enterLine = new EnterLineModel();
    private final ConfirmLineModel confirmLine = new ConfirmLineModel();
    private final ProductsModel products = new ProductsModel();
    private final OrderModel order = new OrderModel();
    private final PaymentModel payment = new PaymentModel();
    private final CancelModel cancel = new CancelModel();
    private final ResultModel result = new ResultModel();
    private final ServiceModel service;
    private final WarningModel warning = new WarningModel();
    private final List<Part> parts;

    /**
     * @param source  the flow's latest view, changed only on the FX thread
     * @param intents where touches go (the flow's submit: any thread, returns at once)
     */
    public KioskModel(ReadOnlyObjectProperty<SessionView> source, Consumer<Intent> intents, Messages messages) {
        this.messages = messages;
        this.intents = intents;
        this.attract = new AttractModel(messages);
        this.service = new ServiceModel(messages);
        this.parts = List.of(attract, enterLine, confirmLine, products, order, payment, cancel, result, service, warning);
        update(source.get());
        source.addListener((o, old, v) -> update(v));
    }

    private void update(SessionView v) {
        Texts t = messages.of(v.language());
        Props.set(texts, t);
        Props.set(language, v.language());
        Props.setAll(languages, v.languages());
        for (Part p : parts) {
            p.update(v, t);
        }
        view.set(v);
        Props.set(screen, v.screen());
    }

    /** A customer's touch. */
    public void submit(Intent intent) {
        intents.accept(intent);
    }

    public Messages messages() {
        return messages;
    }

    /** The latest view applied to every model (set after them, so listeners see consistent models). */
    public ReadOnlyObjectProperty<SessionView> view() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Texts> texts() {
        return texts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Language> language() {
        return language.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Screen> screen() {
        return screen.getReadOnlyProperty();
    }

    /** The language switch, in configured order. */
    public ObservableList<Language> languages() {
        return readOnlyLanguages;
    }

    public AttractModel attract() {
        return attract;
    }

    public EnterLineModel enterLine() {
        return enterLine;
    }

    public ConfirmLineModel confirmLine() {
        return confirmLine;
    }

    public ProductsModel products() {
        return products;
    }

    public OrderModel order() {
        return order;
    }

    public PaymentModel payment() {
        return payment;
    }

    public CancelModel cancel() {
        return cancel;
    }

    public ResultModel result() {
        return result;
    }

    public ServiceModel service() {
        return service;
    }

    public WarningModel warning() {
        return warning;
    }
}
