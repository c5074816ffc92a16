package jp.konbini.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import jp.konbini.flow.SessionFlow;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.model.KioskModel;
import jp.konbini.ui.model.maintenance.KeySwitch;
import jp.konbini.ui.model.maintenance.MaintenanceModel;
import jp.konbini.ui.text.Messages;
import jp.konbini.ui.text.StaffTexts;
import jp.konbini.ui.view.Aspect;
import jp.konbini.ui.view.KioskView;
import jp.konbini.ui.view.ScaledRoot;
import jp.konbini.ui.view.maintenance.MaintenanceLayer;

/**
 * The customer UI of one kiosk: wires flow → {@link FlowBinding} (the one hop onto the FX thread)
 * → {@link KioskModel} (view-models) → {@link KioskView} (screens), and puts it on a stage.
 * Touches go back to the flow as intents; the UI decides nothing and touches no device.
 *
 * <p>With {@link MaintenanceAccess}, maintenance mode lies over the customer UI: a long press in
 * the configured corner (or the key switch) offers the PIN keypad, and staff screens take the
 * stage over while someone is in ({@link MaintenanceLayer}, {@link MaintenanceModel}).
 */
public final class KioskUi {

    /** The stylesheet: every colour and size of the customer UI is there. */
    static final String STYLESHEET = "/jp/konbini/ui/kiosk.css";
    /** The maintenance screens' own sizes and colours. */
    static final String MAINTENANCE_STYLESHEET = "/jp/konbini/ui/maintenance.css";

    private final SessionFlow flow;
    private final UiOptions options;
    private final FlowBinding binding;
    private final Optional<MaintenanceAccess> maintenance;
    private final Messages messages = new Messages();
    private MaintenanceModel staff;
    private KeySwitch keySwitch;
    private RenderProbe probe;
    private Scene scene;

    /** Subscribes to the flow at once (any thread); views wait on the FX queue until {@link #show}. */
    public KioskUi(SessionFlow flow, UiOptions options) {
        this(flow, options, Optional.empty());
    }

    /** The kiosk with maintenance mode: the entry corner on every screen, the key switch if there is one. */
    public KioskUi(SessionFlow flow, UiOptions options, MaintenanceAccess maintenance) {
        this(flow, options, Optional.of(maintenance));
    }

    private KioskUi(SessionFlow flow, UiOptions options, Optional<MaintenanceAccess> maintenance) {
        this.flow = Objects.requireNonNull(flow, "flow");
        this.options = Objects.requireNonNull(options, "options");
        this.maintenance = Objects.requireNonNull(maintenance, "maintenance");
        this.binding = new FlowBinding(flow);
    }

    /** Builds the scene and shows it on {@code stage} (FX thread; the toolkit started by {@link FxToolkit}). */
    public void show(Stage stage) {
        double width;
        double height;
        if (options.fullscreen()) {
            Rectangle2D bounds = javafx.stage.Screen.getPrimary().getBounds();
            width = bounds.getWidth();
            height = bounds.getHeight();
        } else {
            double[] fit = KioskStage.fit(options.windowWidth(), options.windowHeight());
            width = fit[0];
            height = fit[1];
        }
        scene = new Scene(build(width, height), width, height);
        scene.getStylesheets().add(Objects.requireNonNull(KioskUi.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
        if (maintenance.isPresent()) {
            scene.getStylesheets().add(Objects.requireNonNull(KioskUi.class.getResource(MAINTENANCE_STYLESHEET), MAINTENANCE_STYLESHEET)
                    .toExternalForm());
        }
        probe = new RenderProbe(scene, binding.view());
        if (options.fullscreen()) {
            KioskStage.kiosk(stage);
        } else {
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setTitle("Konbini Top-up Kiosk");
        stage.setScene(scene);
        stage.show();
    }

    private ScaledRoot build(double width, double height) {
        UiFonts.ensureLoaded();
        KioskModel model = new KioskModel(binding.view(), flow::submit, messages);
        Aspect forced = switch (options.orientation()) {
            case AUTO -> null;
            case LANDSCAPE -> Aspect.LANDSCAPE;
            case PORTRAIT -> Aspect.PORTRAIT;
        };
        ScaledRoot root = new ScaledRoot(forced, width, height);
        Parent customer = new KioskView(model, root.aspect());
        root.setContent(maintenance.map(m -> (Parent) staffLayer(m, customer)).orElse(customer));
        return root;
    }

    private MaintenanceLayer staffLayer(MaintenanceAccess m, Parent customer) {
        staff = new MaintenanceModel(m.mode(), binding.view(), messages, StaffTexts.load(m.clock().getZone()), m.clock());
        Pos corner = switch (m.corner()) {
            case TOP_LEFT -> Pos.TOP_LEFT;
            case TOP_RIGHT -> Pos.TOP_RIGHT;
            case BOTTOM_LEFT -> Pos.BOTTOM_LEFT;
            case BOTTOM_RIGHT -> Pos.BOTTOM_RIGHT;
        };
        m.keySwitch().ifPresent(input -> keySwitch = KeySwitch.watch(input, staff));
        return new MaintenanceLayer(staff, customer, corner, m.hold(), m.idleLeave());
    }

    /** Maintenance mode's view-model (after {@link #show}, with maintenance access); tests wait on its busy state. */
    public Optional<MaintenanceModel> maintenance() {
        return Optional.ofNullable(staff);
    }

    /** Stops maintenance mode's background thread and the key switch poller (the customer UI needs no closing). */
    public void close() {
        if (keySwitch != null) {
            keySwitch.close();
        }
        if (staff != null) {
            staff.close();
        }
    }

    /**
     * {@code listener} hears (on the FX thread) each session view once it is on screen: in the
     * first pulse after the view-models took it, after CSS and layout. Call after {@link #show}.
     */
    public void onRendered(Consumer<SessionView> listener) {
        if (probe == null) {
            throw new IllegalStateException("show the UI first");
        }
        probe.add(listener);
    }

    /** The scene shown (after {@link #show}); tests and the benchmark find buttons in it by id. */
    public Scene scene() {
        return scene;
    }
}
