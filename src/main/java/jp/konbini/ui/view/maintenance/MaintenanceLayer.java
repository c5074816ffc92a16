package jp.konbini.ui.view.maintenance;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import jp.konbini.domain.Language;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.text.LanguageStyle;

/**
 * Maintenance mode over the customer UI. The customers' screens stay underneath; above them lie
 * the hidden entry corner, the PIN keypad, the maintenance pages (which hide the customers'
 * screens while someone is in) and the panel that says how the kiosk was handed back.
 *
 * <p>The entry corner is a press held in one corner of the screen, watched by an event filter
 * on this layer, so it works on every customer screen and never takes a tap from the customer
 * button that may lie in that corner: a press shorter than the hold passes through untouched.
 * Only once the hold has completed is the release kept from the button under the finger.
 */
public final class MaintenanceLayer extends StackPane {

    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    /** The entry corner's size in design pixels: a fingertip's hold, away from the middle of any control. */
    static final double CORNER = 110;

    private final MaintenanceModel model;
    private final Region corner = new Region();
    private final PauseTransition hold;
    private final PauseTransition idle;
    private boolean held;

    /**
     * @param customer  the customers' UI, shown while nobody is in
     * @param position  the corner to hold
     * @param holdFor   how long to hold it
     * @param idleLeave how long the keypad or maintenance mode stays with nobody touching the screen
     */
    public MaintenanceLayer(MaintenanceModel model, Node customer, Pos position, java.time.Duration holdFor, java.time.Duration idleLeave) {
        this.model = model;
        // "kiosk": the layer is ScaledRoot's content now, so it carries :portrait for the customer screens' rules.
        getStyleClass().addAll("kiosk", "maintenance-layer");
        corner.setId("maintenance-corner");
        corner.getStyleClass().add("m-corner");
        corner.setMouseTransparent(true);
        corner.setMinSize(CORNER, CORNER);
        corner.setMaxSize(CORNER, CORNER);
        StackPane.setAlignment(corner, position);

        BorderPane pages = new BorderPane();
        pages.setId("maintenance");
        pages.getStyleClass().addAll("m-root");
        pages.setTop(new StaffBar(model));
        pages.setCenter(new Pages(model));
        Staff.showWhen(pages, Bindings.createBooleanBinding(() -> model.page().get() != MaintenanceModel.Page.CLOSED, model.page()));
        customer.visibleProperty().bind(pages.visibleProperty().not());

        HandBackPanel handBack = new HandBackPanel(model);
        PinPad pin = new PinPad(model);
        getChildren().addAll(customer, corner, pages, handBack, pin);
        for (Node staffOnly : new Node[] {pages, handBack, pin}) {
            language(staffOnly, null, model.texts().get().language());
            model.texts().addListener((o, old, t) -> language(staffOnly, old.language(), t.language()));
        }

        hold = new PauseTransition(Duration.millis(holdFor.toMillis()));
        hold.setOnFinished(e -> {
            held = true;
            model.offer();
        });
        // A technician who walks away must not leave the kiosk open to the next person: any touch restarts the clock.
        idle = new PauseTransition(Duration.millis(idleLeave.toMillis()));
        idle.setOnFinished(e -> {
            model.idle(idleLeave);
            watchIdle();
        });
        model.page().addListener((o, old, p) -> watchIdle());
        model.entry().shown().addListener((o, old, shown) -> watchIdle());
        addEventFilter(javafx.scene.input.InputEvent.ANY, e -> {
            if (idle.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                idle.playFromStart();
            }
        });
        addEventFilter(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!inCorner(e)) {
                hold.stop();
            }
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, this::released);
    }

    /** Runs the idle clock while someone is in or the keypad shows; stops it otherwise. */
    private void watchIdle() {
        if (model.page().get() != MaintenanceModel.Page.CLOSED || model.entry().shown().get()) {
            idle.playFromStart();
        } else {
            idle.stop();
        }
    }

    private void pressed(MouseEvent e) {
        held = false;
        hold.stop();
        if (inCorner(e) && model.page().get() == MaintenanceModel.Page.CLOSED && !model.entry().shown().get()) {
            hold.playFromStart();
        }
    }

    private void released(MouseEvent e) {
        hold.stop();
        if (held) {
            held = false;
            e.consume();    // the press was for maintenance, not for the customer button under it
            for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
                if (n instanceof ButtonBase b) {
                    b.disarm();
                }
            }
        }
    }

    private boolean inCorner(MouseEvent e) {
        Bounds b = corner.localToScene(corner.getLayoutBounds());
        return b.contains(e.getSceneX(), e.getSceneY());
    }

    /** The staff language's font for the staff's nodes (the customers' screens keep the session language's). */
    private static void language(Node n, Language old, Language now) {
        if (old != null) {
            n.getStyleClass().remove(LanguageStyle.styleClass(old));
        }
        n.getStyleClass().add(LanguageStyle.styleClass(now));
    }
}
