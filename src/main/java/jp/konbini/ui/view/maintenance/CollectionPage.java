package jp.konbini.ui.view.maintenance;

import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.maintenance.CollectionResult;
import jp.konbini.ui.model.maintenance.CollectionModel;
import jp.konbini.ui.model.maintenance.CollectionModel.Line;
import jp.konbini.ui.model.maintenance.CollectionModel.Step;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Widgets;

/** Cash collection in four steps on one page: the cash box, counting, the review, the result. */
final class CollectionPage extends StackPane {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    private final MaintenanceModel m;
    private final CollectionModel c;

    CollectionPage(MaintenanceModel m) {
        this.m = m;
        this.c = m.collection();
        getStyleClass().add("m-page");
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(step(Step.OVERVIEW, overview()), step(Step.COUNT, count()), step(Step.REVIEW, review()), step(Step.RESULT, result()));
    }

    private Node step(Step s, Node n) {
        n.setId("col-step-" + s.name().toLowerCase(java.util.Locale.ROOT));
        Staff.showWhen(n, Bindings.createBooleanBinding(() -> c.step().get() == s, c.step()));
        return n;
    }

    // ---------------------------------------------------------------- the cash box

    private Node overview() {
        GridPane table = table(3);
        Runnable fill = () -> {
            StaffTexts t = m.texts().get();
            table.getChildren().clear();
            header(table, t, "col.note", "col.count", "col.amount");
            int r = 1;
            for (Line l : c.box()) {
                table.addRow(r++, cell(l.note().value().format(), "m-cell"), num(Integer.toString(l.journal())), num(l.journalAmount().format()));
            }
            table.addRow(r, cell(t.get("col.total"), "m-cell", "m-total"), num("", "m-total"), num(c.boxTotal().get().format(), "m-total"));
        };
        fill.run();
        c.box().addListener((ListChangeListener<Line>) x -> fill.run());
        c.boxTotal().addListener((o, a, b) -> fill.run());
        m.texts().addListener((o, a, b) -> fill.run());

        Label open = Staff.computed(m, t -> c.inProgress().get().map(r -> t.format("col.in-progress", r.no(), t.dateTime(r.startedAt()),
                r.startedBy())).orElse(""), new javafx.beans.Observable[] {c.inProgress()}, "m-banner");
        open.setId("col-in-progress");
        Staff.showWhen(open, Bindings.createBooleanBinding(() -> c.inProgress().get().isPresent(), c.inProgress()));
        Button start = new Button();
        start.setId("col-start");
        start.textProperty().bind(Staff.binding(m, t -> c.inProgress().get().map(r -> t.format("col.resume", r.no()))
                .orElse(t.get("col.start")), c.inProgress()));
        start.getStyleClass().add("m-primary");
        start.setWrapText(true);
        start.setOnAction(e -> c.start());
        start.disableProperty().bind(m.busy());
        return Widgets.column(22, Staff.text(m, "col.title", "m-title"), Staff.text(m, "col.box", "m-section"), table, open, start,
                Staff.message("col-message-overview", c.message(), c.problem()));
    }

    // ---------------------------------------------------------------- counting

    private Node count() {
        Label title = Staff.computed(m, t -> c.collection().get() == null ? "" : t.format("col.count.title", c.collection().get().no()),
                new javafx.beans.Observable[] {c.collection()}, "m-title");
        title.setId("col-count-title");
        VBox rows = new VBox(14);
        rows.getStyleClass().add("m-count-rows");
        for (Denomination d : Denomination.values()) {
            String id = Long.toString(d.value().amount());
            Label note = Staff.plain(d.value().format(), "m-count-note");
            Button minus = Staff.plainButton("col-minus-" + id, "−", () -> c.minus(d), "m-step");
            Button plus = Staff.plainButton("col-plus-" + id, "+", () -> c.plus(d), "m-step");
            Button value = new Button();
            value.setId("col-count-" + id);
            value.textProperty().bind(c.counted(d).asString());
            value.getStyleClass().add("m-count-value");
            value.setOnAction(e -> c.select(d));
            value.pseudoClassStateChanged(SELECTED, c.selected().get() == d);
            c.selected().addListener((o, a, s) -> value.pseudoClassStateChanged(SELECTED, s == d));
            Label amount = Widgets.value(Bindings.createStringBinding(() -> Yen.of(d.value().amount() * c.counted(d).get()).format(), c.counted(d)),
                    "m-count-amount");
            rows.getChildren().add(Staff.row(14, note, minus, value, plus, amount));
        }
        GridPane keys = new GridPane();
        keys.setHgap(14);
        keys.setVgap(14);
        keys.getStyleClass().add("m-keys");
        String layout = "123456789";
        for (int i = 0; i < layout.length(); i++) {
            char d = layout.charAt(i);
            keys.add(Staff.plainButton("col-key-" + d, String.valueOf(d), () -> c.key(d), "m-key"), i % 3, i / 3);
        }
        keys.add(Staff.button("col-key-clear", m, "pin.clear", c::clearKey, "m-key", "m-key-edit"), 0, 3);
        keys.add(Staff.plainButton("col-key-0", "0", () -> c.key('0'), "m-key"), 1, 3);
        FlowPane body = new FlowPane(48, 24, rows, keys);
        Button review = Staff.button("col-review", m, "col.review", c::review, "m-primary");
        return Widgets.column(20, title, Staff.text(m, "col.count.hint", "m-hint"), body, review);
    }

    // ---------------------------------------------------------------- review and result

    private Node review() {
        Label title = Staff.computed(m, t -> c.collection().get() == null ? "" : t.format("col.review.title", c.collection().get().no()),
                new javafx.beans.Observable[] {c.collection()}, "m-title");
        GridPane table = table(4);
        Label summary = new Label();
        summary.setId("col-review-summary");
        Widgets.styled(summary, "m-banner");
        Runnable fill = () -> {
            StaffTexts t = m.texts().get();
            List<Line> lines = c.reviewLines();
            table.getChildren().clear();
            header(table, t, "col.note", "col.journal", "col.counted", "col.difference");
            int r = 1;
            for (Line l : lines) {
                Label[] row = {cell(l.note().value().format(), "m-cell"), num(l.journal() + " / " + l.journalAmount().format()),
                        num(l.counted() + " / " + l.countedAmount().format()), num(signed(l.difference()) + " / " + CollectionModel.signed(l.differenceAmount()))};
                row[3].setId("col-diff-" + l.note().value().amount());
                for (Label x : row) {
                    x.pseudoClassStateChanged(DIFFERS, l.difference() != 0);
                }
                table.addRow(r++, row);
            }
            Yen journal = CollectionModel.total(lines, false);
            Yen counted = CollectionModel.total(lines, true);
            Yen diff = counted.minus(journal);
            Label[] total = {cell(t.get("col.total"), "m-cell", "m-total"), num(journal.format(), "m-total"), num(counted.format(), "m-total"),
                    num(CollectionModel.signed(diff), "m-total")};
            total[3].setId("col-diff-total");
            for (Label x : total) {
                x.pseudoClassStateChanged(DIFFERS, !diff.isZero());
            }
            table.addRow(r, total);
            boolean differs = lines.stream().anyMatch(l -> l.difference() != 0);
            summary.setText(differs ? t.format("col.review.differs", CollectionModel.signed(diff)) : t.get("col.review.same"));
            summary.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, differs);
        };
        c.reviewLines().addListener((ListChangeListener<Line>) x -> fill.run());
        m.texts().addListener((o, a, b) -> fill.run());
        fill.run();
        Button back = Staff.button("col-back-to-count", m, "col.back-to-count", c::backToCount, "m-secondary");
        Button record = Staff.button("col-record", m, "col.record", c::record, "m-primary");
        back.disableProperty().bind(m.busy());
        record.disableProperty().bind(m.busy());
        return Widgets.column(20, title, summary, table, Staff.row(24, back, record), Staff.message("col-message-review", c.message(), c.problem()));
    }

    private Node result() {
        Label title = Staff.computed(m, t -> c.result().get().map(r -> t.format("col.result.title", r.record().no())).orElse(""),
                new javafx.beans.Observable[] {c.result()}, "m-title");
        Label printed = Staff.computed(m, t -> c.result().get().map(r -> t.get(r.printed() ? "col.result.printed" : "col.result.not-printed"))
                .orElse(""), new javafx.beans.Observable[] {c.result()}, "m-status");
        printed.setId("col-printed");
        c.result().addListener((o, a, r) -> printed.pseudoClassStateChanged(MaintenanceLayer.PROBLEM, r.map(x -> !x.printed()).orElse(false)));
        Label pdf = Staff.computed(m, t -> c.result().get().map(r -> r.pdf().map(p -> t.format("col.result.pdf", p.toString()))
                .orElse(t.get("col.result.no-pdf"))).orElse(""), new javafx.beans.Observable[] {c.result()}, "m-body");
        pdf.setId("col-pdf");
        Label differences = Staff.computed(m, t -> c.result().get().map(r -> differences(t, r)).orElse(""),
                new javafx.beans.Observable[] {c.result()}, "m-banner");
        differences.setId("col-differences");
        c.result().addListener((o, a, r) -> differences.pseudoClassStateChanged(MaintenanceLayer.PROBLEM,
                r.map(x -> !x.differences().isEmpty()).orElse(false)));
        Button reprint = Staff.button("col-reprint", m, "col.reprint", c::reprint, "m-secondary");
        Button menu = Staff.button("col-to-menu", m, "action.menu", m::toMenu, "m-primary");
        reprint.disableProperty().bind(m.busy());
        menu.disableProperty().bind(m.busy());
        return Widgets.column(20, title, printed, pdf, differences, Staff.row(24, reprint, menu),
                Staff.message("col-message-result", c.message(), c.problem()));
    }

    private static String differences(StaffTexts t, CollectionResult r) {
        Map<Denomination, Integer> diff = r.differences();
        if (diff.isEmpty()) {
            return t.get("col.result.same");
        }
        StringBuilder s = new StringBuilder(t.format("col.result.differs", CollectionModel.signed(r.difference())));
        Map<Denomination, Integer> counted = r.record().countedCounts().orElseThrow();
        diff.forEach((d, n) -> s.append("\n・").append(t.format("col.result.line", d.value().format(), counted.getOrDefault(d, 0),
                r.record().journalCounts().getOrDefault(d, 0), CollectionModel.signed(Yen.of(d.value().amount() * (long) n)))));
        return s.toString();
    }

    // ---------------------------------------------------------------- tables

    private static GridPane table(int columns) {
        GridPane g = new GridPane();
        g.getStyleClass().add("m-table");
        g.setMaxWidth(GridPane.USE_PREF_SIZE);
        g.setHgap(0);
        g.setVgap(0);
        ColumnConstraints first = new ColumnConstraints();
        first.setMinWidth(220);
        g.getColumnConstraints().add(first);
        for (int i = 1; i < columns; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setMinWidth(300);
            cc.setFillWidth(true);
            g.getColumnConstraints().add(cc);
        }
        return g;
    }

    private static void header(GridPane g, StaffTexts t, String... keys) {
        for (int i = 0; i < keys.length; i++) {
            Label l = cell(t.get(keys[i]), "m-cell", "m-head");
            if (i > 0) {
                l.setAlignment(Pos.CENTER_RIGHT);
            }
            g.add(l, i, 0);
        }
    }

    private static Label cell(String text, String... styles) {
        Label l = Staff.plain(text, styles);
        l.setWrapText(false);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label num(String text, String... more) {
        Label l = cell(text, "m-cell", "m-num");
        l.getStyleClass().addAll(more);
        l.setAlignment(Pos.CENTER_RIGHT);
        return l;
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
