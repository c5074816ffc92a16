package jp.konbini.ui.view.maintenance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.konbini.maintenance.ChartPoint;
import jp.konbini.ui.model.maintenance.ChartsModel;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Widgets;

/**
 * Today's charts: the cash box filling (notes, hour by hour), the sync backlog, top-ups per hour.
 * Hours on the category axes are Japan time; no animation, no effects (the kiosk renders in software).
 */
final class ChartsPage extends VBox {

    /** The hour alone under the hourly charts (24 of them fit across the page upright); the backlog's samples keep the minute. */
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H").withZone(ZoneId.of("Asia/Tokyo"));
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    private final MaintenanceModel m;
    private final AreaChart<String, Number> cashBox = new AreaChart<>(new CategoryAxis(), axis());
    private final LineChart<String, Number> backlog = new LineChart<>(new CategoryAxis(), axis());
    private final BarChart<String, Number> topUps = new BarChart<>(new CategoryAxis(), axis());

    ChartsPage(MaintenanceModel m) {
        super(16);
        this.m = m;
        ChartsModel c = m.charts();
        getStyleClass().add("m-page");
        cashBox.setId("chart-cash-box");
        backlog.setId("chart-backlog");
        topUps.setId("chart-top-ups");
        VBox grid = new VBox(12);
        for (XYChart<String, Number> chart : List.<XYChart<String, Number>>of(cashBox, backlog, topUps)) {
            chart.setAnimated(false);
            chart.setLegendVisible(false);
            chart.getXAxis().setAnimated(false);
            chart.getYAxis().setAnimated(false);
            chart.getStyleClass().add("m-chart");
            chart.setMinHeight(240);
            VBox.setVgrow(chart, Priority.ALWAYS);
            chart.widthProperty().addListener((o, was, w) -> upright(chart));
        }
        backlog.setCreateSymbols(true);
        grid.getChildren().addAll(cashBox, topUps, backlog);
        VBox.setVgrow(grid, Priority.ALWAYS);
        Button again = Staff.button("charts-refresh", m, "common.refresh", c::refresh, "m-secondary");
        again.disableProperty().bind(m.busy());
        getChildren().addAll(Staff.row(24, Staff.text(m, "charts.title", "m-title"), Widgets.grow(), again),
                Staff.message("charts-message", c.message(), c.problem()), grid);
        c.figures().addListener((o, a, b) -> fill());
        m.texts().addListener((o, a, b) -> fill());
        fill();
    }

    private static NumberAxis axis() {
        NumberAxis a = new NumberAxis();
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(new NumberAxis.DefaultFormatter(a) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }
        });
        return a;
    }

    /**
     * Hour labels stand upright while each has room (a landscape kiosk), and turn on their side when
     * they would run into each other (24 hours across a portrait kiosk): JavaFX only turns them once they overlap.
     */
    private static void upright(XYChart<String, Number> chart) {
        int n = chart.getData().isEmpty() ? 0 : chart.getData().get(0).getData().size();
        ((CategoryAxis) chart.getXAxis()).setTickLabelRotation(n == 0 || chart.getWidth() / n >= 52 ? 0 : 90);
    }

    private void fill() {
        StaffTexts t = m.texts().get();
        ChartsModel.Figures f = m.charts().figures().get();
        set(cashBox, t.get("charts.cash-box"), f.cashBox(), HOUR);
        set(backlog, t.get("charts.backlog"), f.backlog(), MINUTE);
        set(topUps, t.get("charts.top-ups"), f.topUps(), HOUR);
    }

    private static void set(XYChart<String, Number> chart, String title, List<ChartPoint> points, DateTimeFormatter at) {
        chart.setTitle(title);
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (ChartPoint p : points) {
            s.getData().add(new XYChart.Data<>(at.format(p.at()), p.value()));
        }
        chart.getData().setAll(List.of(s));
        upright(chart);
        // whole numbers only, a few ticks: fractions of a note or a top-up mean nothing, and small
        // steps crowd their labels off a chart this short
        long max = points.stream().mapToLong(ChartPoint::value).max().orElse(0);
        NumberAxis y = (NumberAxis) chart.getYAxis();
        long step = Math.max(1, (long) Math.ceil(max / 4.0));
        y.setAutoRanging(false);
        y.setLowerBound(0);
        y.setTickUnit(step);
        y.setUpperBound(step * ((long) Math.ceil((double) max / step) + 1));    // a step of headroom above the highest point
    }
}
