package jp.konbini.ui.view.maintenance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.MoneyEvent;
import jp.konbini.journal.NoteRecord;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.maintenance.TransactionDetail;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.TransactionsModel;
import jp.konbini.ui.model.maintenance.TransactionsModel.By;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Widgets;

/**
 * Transactions: what to search by, the search text (with a number pad for references and lines),
 * the results newest first, and one top-up in detail with reprint and (technicians) payout.
 */
final class TransactionsPage extends VBox {

    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final MaintenanceModel m;
    private final TransactionsModel tx;
    private final VBox list = new VBox(12);
    private final VBox detail = new VBox(16);
    private final VBox detailTop = new VBox(16);

    /**
     * Digits for a reference or a line; a claim code has letters, so its pad has its whole alphabet
     * (a touch screen has no keyboard).
     */
    private void fillPad(GridPane pad, By by) {
        pad.getChildren().clear();
        boolean letters = by == By.CLAIM_CODE;
        String keys = letters ? jp.konbini.domain.topup.ClaimCode.alphabet() : "1234567890";
        int columns = letters ? (portrait() ? 8 : 11) : 5;   // as wide as the screen allows: the list below keeps its room
        for (int i = 0; i < keys.length(); i++) {
            char k = keys.charAt(i);
            pad.add(Staff.plainButton("tx-key-" + k, String.valueOf(k), () -> tx.query().set(tx.query().get() + k), "m-key", "m-key-small"),
                    i % columns, i / columns);
        }
        if (letters) {   // 31 keys: the clear key takes the last place of the last row
            pad.add(Staff.button("tx-key-clear", m, "pin.clear", () -> tx.query().set(""), "m-key", "m-key-edit", "m-key-small", "m-key-narrow"),
                    keys.length() % columns, keys.length() / columns);
        } else {
            pad.add(Staff.button("tx-key-clear", m, "pin.clear", () -> tx.query().set(""), "m-key", "m-key-edit", "m-key-small"), columns, 0, 1, 2);
        }
    }

    private boolean portrait() {
        return getScene() != null && getScene().getHeight() > getScene().getWidth();
    }

    TransactionsPage(MaintenanceModel m) {
        super(18);
        this.m = m;
        this.tx = m.transactions();
        getStyleClass().add("m-page");

        HBox by = new HBox(12);
        for (By b : By.values()) {
            String key = b.name().toLowerCase(Locale.ROOT).replace('_', '-');
            Button button = Staff.button("tx-by-" + key, m, "tx.by." + key, () -> tx.by().set(b), "m-secondary", "m-toggle");
            button.pseudoClassStateChanged(CURRENT, tx.by().get() == b);
            tx.by().addListener((o, a, now) -> button.pseudoClassStateChanged(CURRENT, now == b));
            by.getChildren().add(button);
        }
        TextField query = new TextField();
        query.setId("tx-query");
        query.getStyleClass().add("m-field");
        query.textProperty().bindBidirectional(tx.query());
        query.setOnAction(e -> tx.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button search = Staff.button("tx-search", m, "tx.search", tx::search, "m-primary");
        Button today = Staff.button("tx-today", m, "tx.today", tx::today, "m-secondary");
        Button forStaff = Staff.button("tx-for-staff", m, "tx.for-staff", tx::receiptsForStaff, "m-secondary");
        search.disableProperty().bind(m.busy());
        today.disableProperty().bind(m.busy());
        forStaff.disableProperty().bind(m.busy());
        HBox searchRow = Staff.row(16, query, search);
        HBox listRow = Staff.row(16);
        Staff.showWhen(listRow, Bindings.isNotEmpty(listRow.getChildren()));

        GridPane pad = new GridPane();
        pad.setHgap(12);
        pad.setVgap(12);
        pad.getStyleClass().add("m-keys");
        fillPad(pad, tx.by().get());
        tx.by().addListener((o, was, now) -> fillPad(pad, now));
        // Landscape has room beside the search for the two lists; portrait puts them under the pad.
        Runnable arrange = () -> {
            if (portrait()) {
                searchRow.getChildren().setAll(query, search);
                listRow.getChildren().setAll(today, forStaff);
            } else {
                searchRow.getChildren().setAll(query, search, today, forStaff);
                listRow.getChildren().clear();
            }
            fillPad(pad, tx.by().get());
        };
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                arrange.run();
                scene.widthProperty().addListener(x -> arrange.run());
            }
        });

        list.getStyleClass().add("m-list");
        ScrollPane listScroll = scroll(list);
        listScroll.setId("tx-list");
        Staff.showWhen(listScroll, Bindings.createBooleanBinding(() -> tx.detail().get().isEmpty(), tx.detail()));
        detail.getStyleClass().add("m-detail");
        ScrollPane detailScroll = scroll(detail);
        detailScroll.setId("tx-detail");
        Staff.showWhen(detailScroll, Bindings.createBooleanBinding(() -> tx.detail().get().isPresent(), tx.detail()));
        VBox.setVgrow(listScroll, Priority.ALWAYS);
        VBox.setVgrow(detailScroll, Priority.ALWAYS);

        VBox searchPart = Widgets.column(16, Staff.text(m, "tx.title", "m-title"), by, searchRow, pad, listRow);
        Staff.showWhen(searchPart, Bindings.createBooleanBinding(() -> tx.detail().get().isEmpty(), tx.detail()));
        Staff.showWhen(detailTop, Bindings.createBooleanBinding(() -> tx.detail().get().isPresent(), tx.detail()));
        getChildren().addAll(searchPart, detailTop, Staff.message("tx-message", tx.message(), tx.problem()), listScroll, detailScroll);

        tx.results().addListener((ListChangeListener<TopUpRecord>) c -> fillList());
        tx.detail().addListener((o, a, d) -> fillDetail());
        tx.settleAsked().addListener((o, a, b) -> fillDetail());
        m.texts().addListener((o, a, b) -> {
            fillList();
            fillDetail();
        });
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.getStyleClass().add("m-scroll");
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }

    // ---------------------------------------------------------------- results

    private void fillList() {
        StaffTexts t = m.texts().get();
        list.getChildren().clear();
        for (TopUpRecord r : tx.results()) {
            Button row = new Button(t.format("tx.row", t.dateTime(r.openedAt()), r.seq(), r.uuid().toString().substring(0, 8), r.line().masked())
                    + "\n" + t.format("tx.row.second", r.productNameJa().isBlank() || t.language() != jp.konbini.domain.Language.JA
                    ? r.productName() : r.productNameJa(), r.credited().format() + " / " + r.price().format(), state(t, r)));
            row.setId("tx-row-" + r.seq());
            row.getStyleClass().add("m-row");
            row.setMaxWidth(Double.MAX_VALUE);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setOnAction(e -> tx.open(r.seq()));
            row.disableProperty().bind(m.busy());
            list.getChildren().add(row);
        }
    }

    static String state(StaffTexts t, TopUpRecord r) {
        return t.get("state." + r.state().name().toLowerCase(Locale.ROOT));
    }

    // ---------------------------------------------------------------- one top-up

    private void fillDetail() {
        detail.getChildren().clear();
        detailTop.getChildren().clear();
        Optional<TransactionDetail> od = tx.detail().get();
        if (od.isEmpty()) {
            return;
        }
        StaffTexts t = m.texts().get();
        TransactionDetail d = od.get();
        TopUpRecord r = d.topUp();
        GridPane facts = new GridPane();
        facts.setHgap(28);
        facts.setVgap(6);
        facts.getStyleClass().add("m-facts");
        int row = 0;
        row = fact(facts, row, t.get("tx.detail.reference"), r.seq() + "  (" + r.uuid() + ")");
        row = fact(facts, row, t.get("tx.detail.opened"), t.dateTime(r.openedAt()));
        row = fact(facts, row, t.get("tx.detail.closed"), r.closedAt().map(t::dateTime).orElse("-"));
        row = fact(facts, row, t.get("tx.detail.line"), d.maskedLine());
        row = fact(facts, row, t.get("tx.detail.product"), r.carrier() + "  " + r.productName());
        row = fact(facts, row, t.get("tx.detail.price"), r.price().format());
        row = fact(facts, row, t.get("tx.detail.credited"), r.credited().format());
        row = fact(facts, row, t.get("tx.detail.state"), state(t, r));
        row = fact(facts, row, t.get("tx.detail.claim-code"), r.claimCode().display());
        facts.getChildren().get(facts.getChildren().size() - 1).setId("tx-claim-code");
        if (d.settlement().isPresent()) {
            var s = d.settlement().get();
            fact(facts, row, "", t.format("tx.detail.settled", t.dateTime(s.settledAt()), s.settledBy(), Yen.of(s.yen()).format()));
            facts.getChildren().get(facts.getChildren().size() - 1).setId("tx-settled");
        }

        List<String> notes = new ArrayList<>();
        for (NoteRecord n : d.notes()) {
            notes.add(t.format("tx.note", n.value().format(), n.state()));
        }
        List<String> events = new ArrayList<>();
        for (MoneyEvent e : d.events()) {
            events.add(t.format("tx.event", t.dateTime(e.recordedAt()), e.kind(), e.amount().format()));
        }
        List<String> receipts = new ArrayList<>();
        for (PrintJobRecord p : d.receipts()) {
            receipts.add(t.format("tx.receipt", t.dateTime(p.startedAt()), p.kind(),
                    p.reprintNo() > 0 ? t.format("tx.receipt.reprint", p.reprintNo()) : "", p.state()));
        }
        Label title = Staff.plain(t.format("tx.detail.title", r.seq()), "m-title");
        title.setId("tx-detail-title");
        detail.getChildren().addAll(facts, section(t, "tx.detail.notes", notes, "tx-notes"),
                section(t, "tx.detail.events", events, "tx-events"), section(t, "tx.detail.receipts", receipts, "tx-receipts"));

        Button back = Staff.button("tx-back", m, "tx.back", tx::back, "m-secondary");
        Button reprint = Staff.button("tx-reprint", m, "tx.reprint", tx::reprint, "m-primary");
        reprint.setDisable(!tx.canReprint());
        HBox actions = Staff.row(20, back, reprint);
        if (tx.canSettle()) {
            Button settle = Staff.button("tx-settle", m, "tx.settle", tx::askSettle, "m-primary", "m-danger");
            actions.getChildren().add(settle);
        }
        for (Node n : actions.getChildren()) {
            if (n != reprint) {
                ((Button) n).disableProperty().bind(m.busy());
            }
        }
        detailTop.getChildren().addAll(title, actions);
        if (d.receipts().isEmpty()) {
            detailTop.getChildren().add(Staff.plain(t.get("tx.no-receipt"), "m-hint"));
        }
        if (tx.settleAsked().get()) {
            Label ask = Staff.plain(t.format("tx.settle.ask", r.credited().format(), r.claimCode().display()), "m-banner");
            ask.setId("tx-settle-ask");
            ask.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, true);
            Button yes = Staff.button("tx-settle-yes", m, "tx.settle.yes", tx::confirmSettle, "m-primary", "m-danger");
            Button no = Staff.button("tx-settle-no", m, "tx.settle.no", tx::cancelSettle, "m-secondary");
            VBox confirm = new VBox(16, ask, Staff.row(20, yes, no));
            confirm.getStyleClass().add("m-panel");
            detailTop.getChildren().add(confirm);
        }
    }

    private static int fact(GridPane g, int row, String name, String value) {
        g.add(Staff.plain(name, "m-fact-name"), 0, row);
        g.add(Staff.plain(value, "m-fact"), 1, row);
        return row + 1;
    }

    private static Node section(StaffTexts t, String key, List<String> lines, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getChildren().add(Staff.plain(t.get(key), "m-section"));
        if (lines.isEmpty()) {
            box.getChildren().add(Staff.plain(t.get("tx.detail.none"), "m-body"));
        }
        for (String l : lines) {
            box.getChildren().add(Staff.plain(l, "m-body"));
        }
        return box;
    }
}
