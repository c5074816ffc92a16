package jp.konbini.ui.model.maintenance;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.konbini.maintenance.ChartPoint;

/** Today's charts (a Japan day): the cash box filling, the sync backlog, top-ups per hour. */
public final class ChartsModel extends Said {

    /** The three series, read together. */
    public record Figures(List<ChartPoint> cashBox, List<ChartPoint> backlog, List<ChartPoint> topUps) {
    }

    private final ReadOnlyObjectWrapper<Figures> figures = new ReadOnlyObjectWrapper<>(new Figures(List.of(), List.of(), List.of()));

    ChartsModel(MaintenanceModel root) {
        super(root);
    }

    void opened() {
        say("", false);
        refresh();
    }

    public void refresh() {
        java.time.Instant now = root.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, ExportModel.JAPAN);
        root.calls().run(() -> new Figures(root.mode().charts().cashBoxFill(today, now), root.mode().charts().syncBacklog(),
                root.mode().charts().topUpsPerHour(today)), figures::set, this::failed);
    }

    public ReadOnlyObjectProperty<Figures> figures() {
        return figures.getReadOnlyProperty();
    }
}
