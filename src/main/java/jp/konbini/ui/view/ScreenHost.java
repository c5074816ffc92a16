package jp.konbini.ui.view;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import jp.konbini.flow.Screen;

/**
 * Shows the node of the current screen; switching swaps the one child, so detached screens cost
 * no layout. A screen is built the first time it is needed, so start-up builds only what it shows;
 * {@link #buildRestWhenIdle()} then builds the others one per FX turn, before any customer taps.
 */
final class ScreenHost extends StackPane {

    private final Map<Screen, Supplier<Node>> factories = new EnumMap<>(Screen.class);
    private final Map<Screen, Node> built = new EnumMap<>(Screen.class);

    ScreenHost() {
        getStyleClass().add("screen-host");
    }

    void put(Screen screen, Supplier<Node> factory) {
        factories.put(screen, factory);
    }

    void show(Screen screen) {
        getChildren().setAll(node(screen));
    }

    private Node node(Screen screen) {
        return built.computeIfAbsent(screen, s -> {
            Supplier<Node> factory = factories.get(s);
            if (factory == null) {
                throw new IllegalStateException("no view for screen " + s);
            }
            Node node = factory.get();
            node.setId("screen-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            return node;
        });
    }

    /** Builds every screen not built yet, one per turn of the FX thread, so no pulse waits long. */
    void buildRestWhenIdle() {
        Deque<Screen> rest = new ArrayDeque<>();
        factories.keySet().stream().filter(s -> !built.containsKey(s)).forEach(rest::add);
        buildNext(rest);
    }

    private void buildNext(Deque<Screen> rest) {
        Screen next = rest.poll();
        if (next != null) {
            Platform.runLater(() -> {
                node(next);
                buildNext(rest);
            });
        }
    }
}
