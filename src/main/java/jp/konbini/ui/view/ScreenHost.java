package jp.konbini.ui.view;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import jp.konbini.flow.Screen;

/**
 * Shows the node of the current screen. Every screen is built once at start; switching only swaps
 * the one child, so a tap's new screen is on the next frame and detached screens cost no layout.
 */
final class ScreenHost extends StackPane {

    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);

    ScreenHost() {
        getStyleClass().add("screen-host");
    }

    void put(Screen screen, Node node) {
        node.setId("screen-" + screen.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        screens.put(screen, node);
    }

    void show(Screen screen) {
        Node node = screens.get(screen);
        if (node == null) {
            throw new IllegalStateException("no view for screen " + screen);
        }
        getChildren().setAll(node);
    }
}
