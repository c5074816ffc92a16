package jp.konbini.ui.model;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * Setting a property invalidates its bindings even when the value is equal; views re-lay out on
 * every invalidation. The flow publishes a view per second during a countdown, so models set only
 * what really changed.
 */
final class Props {

    private Props() {
    }

    static void set(StringProperty p, String value) {
        if (!Objects.equals(p.get(), value)) {
            p.set(value);
        }
    }

    static <T> void set(ObjectProperty<T> p, T value) {
        if (!Objects.equals(p.get(), value)) {
            p.set(value);
        }
    }

    static <T> void setAll(ObservableList<T> list, List<T> values) {
        if (!list.equals(values)) {
            list.setAll(values);
        }
    }
}
