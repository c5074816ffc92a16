package jp.konbini.ui.view;

import javafx.scene.Group;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/** A drawing of one flat note going into the slot, short edge first: shows what words struggle to say in five languages. */
final class NoteDiagram extends Group {

    NoteDiagram() {
        Rectangle slot = new Rectangle(0, 150, 220, 26);
        slot.setArcWidth(10);
        slot.setArcHeight(10);
        slot.getStyleClass().add("diagram-slot");
        Rectangle note = new Rectangle(50, 20, 120, 150);
        note.setArcWidth(8);
        note.setArcHeight(8);
        note.getStyleClass().add("diagram-note");
        Rectangle band = new Rectangle(60, 40, 100, 22);
        band.getStyleClass().add("diagram-band");
        Polygon arrow = new Polygon(110, 200, 80, 170, 96, 170, 96, 120, 124, 120, 124, 170, 140, 170);
        arrow.setTranslateY(-64);
        arrow.getStyleClass().add("diagram-arrow");
        getChildren().addAll(note, band, slot, arrow);
    }
}
