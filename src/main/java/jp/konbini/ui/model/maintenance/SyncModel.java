package jp.konbini.ui.model.maintenance;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.konbini.maintenance.SyncControl;
import jp.konbini.maintenance.SyncStatusView;

/** Sync: what the server does not hold yet, whether it answers and when it last did; "sync now" and a network test. */
public final class SyncModel extends Said {

    private final ReadOnlyObjectWrapper<Optional<SyncStatusView>> status = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<SyncControl.NetworkTest>> test = new ReadOnlyObjectWrapper<>(Optional.empty());

    SyncModel(MaintenanceModel root) {
        super(root);
    }

    void opened() {
        say("", false);
        test.set(Optional.empty());
        refresh();
    }

    public void refresh() {
        root.calls().run(() -> root.mode().sync().status(), s -> status.set(Optional.of(s)), this::failed);
    }

    public void syncNow() {
        if (!root.busy().get()) {
            root.calls().run(() -> {
                root.mode().sync().syncNow();
                return root.mode().sync().status();
            }, s -> {
                status.set(Optional.of(s));
                sayKey("sync.asked");
            }, this::failed);
        }
    }

    public void networkTest() {
        if (!root.busy().get()) {
            root.calls().run(() -> root.mode().sync().networkTest(), r -> {
                test.set(Optional.of(r));
                if (r.reached()) {
                    sayKey("sync.test.reached", r.roundTrip().toMillis());
                } else {
                    say(root.texts().get().format("sync.test.failed", r.detail()), true);
                }
            }, this::failed);
        }
    }

    public ReadOnlyObjectProperty<Optional<SyncStatusView>> status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<SyncControl.NetworkTest>> networkResult() {
        return test.getReadOnlyProperty();
    }
}
