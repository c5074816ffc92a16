package jp.konbini.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import jp.konbini.config.KioskSetup;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.ui.FxToolkit;
import jp.konbini.ui.KioskUi;
import jp.konbini.ui.UiOptions;
import jp.konbini.ui.demo.ControlWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code demo}: the whole kiosk on this machine, with simulated devices and a control window. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The kiosk as a customer sees it, on this machine: the touch UI (windowed, or --fullscreen), the note acceptor and "
                + "receipt printer simulators on pseudo-terminals (the real drivers talk to them), an embedded central server on a free "
                + "local port, and a control window to insert notes, cause a jam, take the paper out, cut the network and see the "
                + "printed receipts. Close the control window to stop.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR",
            description = "Kiosk configuration (products, languages, timeouts); default ${DEFAULT-VALUE}. Devices and data are the demo's own.")
    Path config;

    @Option(names = "--fullscreen", description = "Fullscreen, as on a kiosk (the control window stays on top of it).")
    boolean fullscreen;

    @Option(names = "--portrait", description = "A portrait (1080x1920) kiosk window instead of landscape (1920x1080).")
    boolean portrait;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the demo's journal and server database go (default: a new temporary directory).")
    Path data;

    @Option(names = "--headless", description = "No display needed (JavaFX Monocle): for a smoke test on a server; nothing is visible.")
    boolean headless;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KioskSetup setup = KioskSetup.load(config);
        Path dir = data != null ? data : Files.createTempDirectory("konbini-demo");
        spec.commandLine().getErr().println("demo data in " + dir);
        AwtFonts fonts = AwtFonts.load();
        FxToolkit fx = FxToolkit.start(headless);
        CountDownLatch stopped = new CountDownLatch(1);
        try (SimulatedKiosk kiosk = SimulatedKiosk.open(setup, dir, SimulatedDevices.Pace.REALISTIC, false, System.nanoTime(), fonts);
             SimulatedDemoControls controls = new SimulatedDemoControls(kiosk, fonts)) {
            kiosk.kiosk().startSync();
            UiOptions options = fullscreen ? UiOptions.kiosk() : portrait ? UiOptions.windowed(1080, 1920) : UiOptions.windowed(1920, 1080);
            fx.call(() -> {
                Stage kioskStage = new Stage();
                new KioskUi(kiosk.flow(), options, RunCommand.maintenanceAccess(setup.config(), kiosk.kiosk().maintenance())).show(kioskStage);
                Stage control = new Stage();
                new ControlWindow(controls).show(control);
                control.setOnHidden(e -> stopped.countDown());
                kioskStage.setOnHidden(e -> stopped.countDown());
                return null;
            });
            ViewWatcher screen = new ViewWatcher(kiosk.flow());
            kiosk.flow().start();
            screen.await("the attract screen", v -> v.screen() == jp.konbini.flow.Screen.ATTRACT, java.time.Duration.ofSeconds(90));
            new JsonOutput(spec.commandLine().getOut()).line(java.util.Map.of("ready", true, "screen", "ATTRACT", "data", dir.toString()));
            stopped.await();
        } finally {
            fx.exit();
        }
        return ExitCodes.OK;
    }
}
