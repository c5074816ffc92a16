package jp.konbini.ui.view.maintenance;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.MaintenanceModel.Page;

/** Shows the maintenance page the model is on; each page is built the first time it is needed. */
final class Pages extends StackPane {

    private final Map<Page, Supplier<Node>> factories = new EnumMap<>(Page.class);
    private final Map<Page, Node> built = new EnumMap<>(Page.class);

    Pages(MaintenanceModel m) {
        getStyleClass().add("m-pages");
        factories.put(Page.MENU, () -> new MenuPage(m));
        factories.put(Page.OUT_OF_SERVICE, () -> new OutOfServicePage(m));
        factories.put(Page.CASH_COLLECTION, () -> new CollectionPage(m));
        factories.put(Page.TRANSACTIONS, () -> new TransactionsPage(m));
        factories.put(Page.PAPER, () -> new PaperPage(m));
        factories.put(Page.DIAGNOSTICS, () -> new DiagnosticsPage(m));
        factories.put(Page.NOTE_TEST, () -> new NoteTestPage(m));
        factories.put(Page.SERIAL_TRAFFIC, () -> new TrafficPage(m));
        factories.put(Page.SYNC, () -> new SyncPage(m));
        factories.put(Page.CONFIGURATION, () -> new ConfigurationPage(m));
        factories.put(Page.EXPORT, () -> new ExportPage(m));
        factories.put(Page.CHARTS, () -> new ChartsPage(m));
        show(m.page().get());
        m.page().addListener((o, old, p) -> show(p));
    }

    private void show(Page p) {
        if (p == Page.CLOSED) {
            getChildren().clear();
            return;
        }
        getChildren().setAll(built.computeIfAbsent(p, x -> {
            Node n = factories.get(x).get();
            n.setId("mpage-" + x.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return n;
        }));
    }
}
