package jp.konbini.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import jp.konbini.config.KioskConfig;
import jp.konbini.config.KioskSetup;
import jp.konbini.flow.SessionFlow;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.sync.KioskSecret;

/**
 * A whole kiosk on one machine: the simulators on pseudo-terminals, an embedded central server,
 * the network switch between them, and the real kiosk wired to all three. The demo, burn-in and
 * the UI benchmark run this; only the pace of the simulated devices differs.
 */
final class SimulatedKiosk implements AutoCloseable {

    private final EmbeddedCentral central;
    private final SimulatedDevices devices;
    private final NetworkSwitch network;
    private final KioskAssembly kiosk;

    private SimulatedKiosk(EmbeddedCentral central, SimulatedDevices devices, NetworkSwitch network, KioskAssembly kiosk) {
        this.central = central;
        this.devices = devices;
        this.network = network;
        this.kiosk = kiosk;
    }

    /**
     * Opens everything in {@code dataDir} (the kiosk's journal and the server's database); the
     * flow is not started.
     *
     * @param fastBackground retries and heartbeats on a compressed clock (many sessions in minutes)
     */
    static SimulatedKiosk open(KioskSetup setup, Path dataDir, SimulatedDevices.Pace pace, boolean fastBackground, long seed, AwtFonts fonts) {
        return open(setup, dataDir, pace, fastBackground, seed, fonts, Optional.empty());
    }

    /**
     * @param externalCentral a running central server to sync with instead of an embedded one
     *                        (requests signed with the configured kiosk secret)
     */
    static SimulatedKiosk open(KioskSetup setup, Path dataDir, SimulatedDevices.Pace pace, boolean fastBackground, long seed, AwtFonts fonts,
                               Optional<URI> externalCentral) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dataDir, e);
        }
        KioskConfig c = setup.config().withDataDir(dataDir.resolve("kiosk"));
        if (fastBackground) {
            KioskConfig.Sync s = c.sync();
            c = c.withSync(new KioskConfig.Sync(s.batchSize(), s.requestTimeout(), Duration.ofMillis(100), Duration.ofSeconds(1),
                    Duration.ofSeconds(1), s.catalogPollInterval()));
            // A network cut makes every customer wait out the confirmation bound; the flow is the same at 2 s as at 8.
            KioskConfig.Timeouts t = c.timeouts();
            c = c.withTimeouts(new KioskConfig.Timeouts(t.inactivitySeconds(), t.warningSeconds(), Math.min(t.confirmationSeconds(), 2)));
        }
        EmbeddedCentral central = externalCentral.isEmpty() ? EmbeddedCentral.start(dataDir.resolve("central"), c.kioskId()) : null;
        SimulatedDevices devices = null;
        try {
            URI url = central != null ? central.url() : externalCentral.get();
            byte[] secret = central != null ? central.kioskSecret() : KioskSecret.read(c.central().secretFile());
            devices = SimulatedDevices.start(c.acceptor().profile(), c.printer().profile(), pace, seed);
            NetworkSwitch network = new NetworkSwitch(CentralClients.at(c, url, secret));
            KioskAssembly kiosk = KioskAssembly.open(c, setup.catalog(), devices.devices(), network, fonts);
            return new SimulatedKiosk(central, devices, network, kiosk);
        } catch (RuntimeException e) {
            if (devices != null) {
                devices.close();
            }
            if (central != null) {
                central.close();
            }
            throw e;
        }
    }

    KioskAssembly kiosk() {
        return kiosk;
    }

    SessionFlow flow() {
        return kiosk.flow();
    }

    SimulatedDevices devices() {
        return devices;
    }

    NetworkSwitch network() {
        return network;
    }

    @Override
    public void close() {
        kiosk.close();
        devices.close();
        if (central != null) {
            central.close();
        }
    }
}
