package jp.konbini.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.stage.Stage;
import jp.konbini.config.ConfigException;
import jp.konbini.config.KioskConfig;
import jp.konbini.config.KioskSetup;
import jp.konbini.maintenance.MaintenanceMode;
import jp.konbini.maintenance.Operator;
import jp.konbini.maintenance.OperatorDirectory;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.sync.HttpCentralClient;
import jp.konbini.ui.FxToolkit;
import jp.konbini.ui.KioskUi;
import jp.konbini.ui.MaintenanceAccess;
import jp.konbini.ui.UiOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run --config DIR}: the production kiosk. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The production kiosk: fullscreen touch UI, the configured note acceptor and receipt printer, the journal in the "
                + "configured data directory, sync with the configured central server. Stops on SIGTERM (the journal closes cleanly; "
                + "a SIGKILL or power cut loses nothing either).")
final class RunCommand implements Callable<Integer> {

    @Option(names = "--config", required = true, paramLabel = "DIR", description = "The kiosk's configuration directory.")
    Path config;

    @Option(names = "--windowed", description = "A window instead of fullscreen (bench work on a desktop).")
    boolean windowed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        KioskSetup setup = KioskSetup.load(config);
        KioskConfig c = setup.config();
        refuseDemoOperators(c);
        LogFiles.install(c.dataDir());
        HttpCentralClient client = CentralClients.configured(c);
        AwtFonts fonts = AwtFonts.load();
        FxToolkit fx = FxToolkit.start(false);
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // SIGTERM: let the main thread close the kiosk in order (acceptor first, journal last) before the JVM halts.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                closed.await(20, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "konbini-shutdown"));
        try (KioskAssembly kiosk = KioskAssembly.open(c, setup.catalog(), KioskDevices.configured(c), client, fonts).startSync()) {
            UiOptions options = windowed ? UiOptions.windowed(1920, 1080) : UiOptions.kiosk();
            fx.call(() -> {
                new KioskUi(kiosk.flow(), options, maintenanceAccess(c, kiosk.maintenance())).show(new Stage());
                return null;
            });
            kiosk.flow().start();
            stopped.await();
        } finally {
            fx.exit();
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    /** Maintenance mode for the UI: the configured corner, hold and key switch. */
    static MaintenanceAccess maintenanceAccess(KioskConfig c, MaintenanceMode mode) {
        MaintenanceAccess.Corner corner = switch (c.maintenance().corner()) {
            case TOP_LEFT -> MaintenanceAccess.Corner.TOP_LEFT;
            case TOP_RIGHT -> MaintenanceAccess.Corner.TOP_RIGHT;
            case BOTTOM_LEFT -> MaintenanceAccess.Corner.BOTTOM_LEFT;
            case BOTTOM_RIGHT -> MaintenanceAccess.Corner.BOTTOM_RIGHT;
        };
        return new MaintenanceAccess(mode, corner, c.maintenance().hold(), c.maintenance().keySwitch(), c.maintenance().idleLeave());
    }

    /** The shipped users file has demo people with published PINs: a kiosk in a store must not start with them. */
    private static void refuseDemoOperators(KioskConfig c) throws IOException {
        Path users = c.maintenance().usersFile();
        if (!Files.isRegularFile(users)) {
            return;   // KioskAssembly reports the missing file with the key to set
        }
        List<String> demo = OperatorDirectory.loadIfAnyone(users)
                .map(d -> d.operators().stream().map(Operator::name).filter(n -> n.startsWith("demo-")).toList())
                .orElse(List.of());
        if (!demo.isEmpty()) {
            throw new ConfigException(users, "maintenance.users-file", null,
                    "a users file without the demo people " + demo + " (their PINs are published); add real people with "
                            + "konbini-kiosk maintenance-user and remove the demo lines");
        }
    }
}
