package jp.konbini.ui.model.maintenance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Export of the logs and a day's report to a directory (the configured USB stick first, or one the
 * technician types), for today or yesterday (Japan days); then the files written, or why not.
 */
public final class ExportModel extends Said {

    public enum Day { TODAY, YESTERDAY }

    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<Day> day = new SimpleObjectProperty<>(Day.TODAY);
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ObservableList<String> filesView = FXCollections.unmodifiableObservableList(files);

    ExportModel(MaintenanceModel root) {
        super(root);
    }

    void opened() {
        say("", false);
        files.clear();
        day.set(Day.TODAY);
        target.set(root.mode().exports().defaultTarget().toString());
    }

    /** The configured directory again (after typing another). */
    public void useDefault() {
        target.set(root.mode().exports().defaultTarget().toString());
    }

    public void export() {
        String t = target.get() == null ? "" : target.get().strip();
        if (t.isEmpty()) {
            say(root.texts().get().get("export.need-target"), true);
            return;
        }
        if (root.busy().get()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(root.clock().instant(), JAPAN);
        LocalDate d = day.get() == Day.TODAY ? today : today.minusDays(1);
        files.clear();
        root.calls().run(() -> root.mode().exports().export(Path.of(t), d), r -> {
            files.setAll(r.files().stream().map(f -> r.folder().relativize(f).toString()).toList());
            sayKey("export.done", r.files().size(), r.folder().toString());
        }, this::failed);
    }

    /** The directory to export into (bound both ways to the text field). */
    public StringProperty target() {
        return target;
    }

    public ObjectProperty<Day> day() {
        return day;
    }

    /** The files written, relative to the new folder. */
    public ObservableList<String> files() {
        return filesView;
    }
}
