package jp.konbini.app;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.konbini.config.KioskConfig;
import jp.konbini.config.KioskSetup;
import jp.konbini.sync.KioskSecret;
import jp.konbini.support.fonts.AwtFonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code burn-in --sessions N}: many whole customer sessions through the real flow, then the money invariants. */
@Command(name = "burn-in", mixinStandardHelpOptions = true,
        description = "Run N complete customer sessions headless through the real session flow, with the note acceptor and printer "
                + "simulators on pseudo-terminals, varied products, notes, cancels and faults (rejected notes, jams, paper out, network "
                + "cuts). Prints a JSON summary; exit 0 only if every invariant held (credited yen = the simulated cash box; every "
                + "session with money in has its receipt and a journalled top-up). With --devices configured it runs on the "
                + "kiosk's own devices, journal and central server: a technician feeds the notes asked for (one JSON line each).")
final class BurnInCommand implements Callable<Integer> {

    @Option(names = "--sessions", required = true, paramLabel = "N", description = "How many customer sessions.")
    int sessions;

    @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR",
            description = "Kiosk configuration (products, notes, languages, timeouts); default ${DEFAULT-VALUE}. With --devices sim its "
                    + "devices and data directory are not used: the run has its own simulators and a fresh journal.")
    Path config;

    @Option(names = "--central", paramLabel = "URL",
            description = "A running central server (the configured kiosk secret signs the requests). Default: an embedded central "
                    + "server on a free local port.")
    URI central;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Where the run's journal goes (default: a new temporary directory; with --devices configured, the configured one).")
    Path data;

    @Option(names = "--devices", defaultValue = "sim", paramLabel = "sim|configured",
            description = "sim (default): simulators on pseudo-terminals, a fresh journal. configured: the devices, data directory and "
                    + "central server in the configuration (real money: every note goes into the kiosk's journal).")
    String devices;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of every random choice; default ${DEFAULT-VALUE}.")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (sessions < 1) {
            spec.commandLine().getErr().println("--sessions must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        KioskSetup setup = KioskSetup.load(config);
        JsonOutput out = new JsonOutput(spec.commandLine().getOut());
        Map<String, Object> summary;
        switch (devices) {
            case "sim" -> {
                Path dir = data != null ? data : Files.createTempDirectory("konbini-burn-in");
                try (SimulatedKiosk kiosk = SimulatedKiosk.open(setup, dir, SimulatedDevices.Pace.FAST, true, seed, AwtFonts.load(),
                        Optional.ofNullable(central))) {
                    kiosk.kiosk().start();
                    summary = new BurnIn(kiosk.kiosk(), kiosk.devices(), kiosk.network(), seed).run(sessions);
                    summary.put("dataDir", dir.toString());
                }
            }
            case "configured" -> summary = onConfiguredDevices(setup, out);
            default -> {
                spec.commandLine().getErr().println("--devices is sim or configured, not " + devices);
                return ExitCodes.BAD_INPUT;
            }
        }
        out.line(summary);
        return Boolean.TRUE.equals(summary.get("invariantsHeld")) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private Map<String, Object> onConfiguredDevices(KioskSetup setup, JsonOutput out) {
        KioskConfig c = data != null ? setup.config().withDataDir(data) : setup.config();
        URI url = central != null ? central : c.central().url();
        NetworkSwitch network = new NetworkSwitch(CentralClients.at(c, url, KioskSecret.read(c.central().secretFile())));
        try (KioskAssembly kiosk = KioskAssembly.open(c, setup.catalog(), KioskDevices.configured(c), network, AwtFonts.load()).start()) {
            Map<String, Object> summary = new BurnIn(kiosk, Optional.empty(), new TechnicianWorld(out, network), seed).run(sessions);
            summary.put("dataDir", c.dataDir().toString());
            return summary;
        }
    }
}
