package jp.konbini.ui.model.maintenance;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.maintenance.ConfigurationDesk.Setting;

/** The configuration as a technician may read it (secrets masked by the desk) and the software version. */
public final class ConfigurationModel extends Said {

    private final ObservableList<Setting> settings = FXCollections.observableArrayList();
    private final ObservableList<Setting> settingsView = FXCollections.unmodifiableObservableList(settings);
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");

    ConfigurationModel(MaintenanceModel root) {
        super(root);
    }

    void opened() {
        say("", false);
        root.calls().run(() -> new Read(root.mode().configuration().settings(), root.mode().configuration().version()), r -> {
            settings.setAll(r.settings());
            version.set(r.version());
        }, this::failed);
    }

    private record Read(List<Setting> settings, String version) {
    }

    public ObservableList<Setting> settings() {
        return settingsView;
    }

    public ReadOnlyStringProperty version() {
        return version.getReadOnlyProperty();
    }
}
