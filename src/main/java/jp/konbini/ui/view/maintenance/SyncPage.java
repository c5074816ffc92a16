package jp.konbini.ui.view.maintenance;

import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.model.maintenance.SyncModel;
import jp.konbini.ui.text.StaffTexts;

/** Sync: what the central server does not hold yet, whether it answers, its last answer and problem; sync now and a network test. */
final class SyncPage extends VBox {

    private final MaintenanceModel m;
    private final GridPane facts = Staff.facts();

    SyncPage(MaintenanceModel m) {
        super(22);
        this.m = m;
        SyncModel s = m.sync();
        getStyleClass().add("m-page");
        Button now = Staff.button("sync-now", m, "sync.now", s::syncNow, "m-primary");
        Button test = Staff.button("sync-test", m, "sync.test", s::networkTest, "m-secondary");
        Button again = Staff.button("sync-refresh", m, "common.refresh", s::refresh, "m-secondary");
        for (Button b : new Button[] {now, test, again}) {
            b.disableProperty().bind(m.busy());
        }
        VBox card = new VBox(12, facts);
        card.getStyleClass().add("m-panel");
        getChildren().addAll(Staff.text(m, "sync.title", "m-title"), card, Staff.row(24, now, test, again),
                Staff.message("sync-message", s.message(), s.problem()));
        s.status().addListener((o, a, b) -> fill());
        s.networkResult().addListener((o, a, b) -> fill());
        m.texts().addListener((o, a, b) -> fill());
        fill();
    }

    private void fill() {
        StaffTexts t = m.texts().get();
        facts.getChildren().clear();
        m.sync().status().get().ifPresent(v -> {
            OfflineExposure x = v.exposure();
            Staff.fact(facts, "sync-online", t.get("sync.server"), t.get(v.online() ? "sync.online" : "sync.offline"));
            Staff.fact(facts, "sync-pending", t.get("sync.pending"), Long.toString(x.pendingRecords()));
            Staff.fact(facts, "sync-unsynced", t.get("sync.unsynced"), t.format("sync.unsynced.value", x.unsyncedTopUps(), x.unsyncedYen().format()));
            Staff.fact(facts, "sync-rejected", t.get("sync.rejected"), Long.toString(x.rejected()));
            Staff.fact(facts, "sync-oldest", t.get("sync.oldest"), x.oldestAge().map(d -> age(t, d)).orElse("-"));
            Staff.fact(facts, "sync-last-answer", t.get("sync.last-answer"), v.lastAnswer().map(t::dateTime).orElse(t.get("sync.never")));
            Staff.fact(facts, "sync-last-problem", t.get("sync.last-problem"), v.lastProblem() == null || v.lastProblem().isBlank() ? "-"
                    : v.lastProblem());
        });
        m.sync().networkResult().get().ifPresent(r -> Staff.fact(facts, "sync-network", t.get("sync.network"), r.reached()
                ? t.format("sync.test.reached", r.roundTrip().toMillis()) : t.format("sync.test.failed", r.detail())));
    }

    private static String age(StaffTexts t, Duration d) {
        return d.toHours() > 0 ? t.format("sync.age.hours", d.toHours(), d.toMinutesPart()) : t.format("sync.age.minutes", d.toMinutes());
    }
}
