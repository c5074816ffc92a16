package jp.konbini.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.konbini.config.KioskSetup;
import jp.konbini.domain.money.Denomination;
import jp.konbini.flow.SessionFlow;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.ui.bench.DrivableKiosk;

/** The UI benchmark's kiosk: the whole simulated kiosk (fast devices) in a scratch directory removed on close. */
final class SimulatedDrivableKiosk implements DrivableKiosk {

    private final Path dir;
    private final SimulatedKiosk kiosk;
    private final NotePusher hand;
    private final java.util.concurrent.ExecutorService pushing = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bench-customer-hand");
        t.setDaemon(true);
        return t;
    });

    private SimulatedDrivableKiosk(Path dir, SimulatedKiosk kiosk) {
        this.dir = dir;
        this.kiosk = kiosk;
        this.hand = new NotePusher(kiosk.devices().acceptor());
    }

    static SimulatedDrivableKiosk open(KioskSetup setup, AwtFonts fonts) {
        try {
            Path dir = Files.createTempDirectory("konbini-bench-ui");
            SimulatedKiosk kiosk = SimulatedKiosk.open(setup, dir, SimulatedDevices.Pace.FAST, true, 1, fonts);
            kiosk.kiosk().startSync();
            return new SimulatedDrivableKiosk(dir, kiosk);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SessionFlow flow() {
        return kiosk.flow();
    }

    @Override
    public void insertNote(Denomination note) {
        pushing.execute(() -> {
            try {
                hand.push(note);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Override
    public void close() {
        pushing.shutdownNow();
        kiosk.close();
        try {
            BenchCommand.deleteRecursively(dir);
        } catch (IOException e) {
            org.slf4j.LoggerFactory.getLogger(SimulatedDrivableKiosk.class).warn("scratch directory {} left: {}", dir, e.getMessage());
        }
    }
}
