package jp.konbini.ui.view;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Two parts side by side on a landscape screen and one above the other on a portrait one: the
 * same screen, laid out for the space it has rather than squashed.
 */
final class TwoPane extends StackPane {

    private final Node first;
    private final Node second;
    private final HBox across;
    private final VBox down;

    TwoPane(Node first, Node second, ObservableValue<Aspect> aspect, double spacing) {
        this.first = first;
        this.second = second;
        this.across = new HBox(spacing * 1.5);
        this.down = new VBox(spacing);
        across.setAlignment(Pos.CENTER);
        down.setAlignment(Pos.CENTER);
        getStyleClass().add("two-pane");
        arrange(aspect.getValue());
        aspect.addListener((o, old, a) -> arrange(a));
    }

    private void arrange(Aspect a) {
        Pane target = a == Aspect.LANDSCAPE ? across : down;
        Pane other = a == Aspect.LANDSCAPE ? down : across;
        other.getChildren().clear();
        target.getChildren().setAll(first, second);
        for (Node n : new Node[] {first, second}) {
            HBox.setHgrow(n, a == Aspect.LANDSCAPE ? Priority.ALWAYS : Priority.NEVER);
            VBox.setVgrow(n, Priority.NEVER);
        }
        getChildren().setAll(target);
    }
}
