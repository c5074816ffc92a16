package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.konbini.central.CentralFixture;
import jp.konbini.central.TestDatabases;
import jp.konbini.config.KioskSetup;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.TopUpRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's sync as wired for running: uploader thread plus heartbeats and catalogue checks on their own thread. */
class KioskSyncTest {

    private static final String KIOSK = "KSK-RUN-0001";

    @TempDir
    Path dir;

    @Test
    void runningSyncUploadsBeatsAndStopsCleanly() throws Exception {
        KioskSetup shipped = KioskSetup.load(Path.of("kiosk-config"));
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"));
             TestKiosk kiosk = TestKiosk.open(dir.resolve("kiosk"), KIOSK, central.server().url(), central.register(KIOSK), Duration.ofSeconds(5))) {
            HttpCentralClient client = TestKiosk.client(central.server().url(), KIOSK, central.register("KSK-RUN-0002"), Duration.ofSeconds(5));
            OfflinePolicy policy = new OfflinePolicy(shipped.config().offlineLimits(), kiosk.journal, kiosk.connectivity);
            CatalogUpdater catalog = new CatalogUpdater(client, shipped.config(), dir.resolve("cache"), shipped.catalog());
            HeartbeatSender heartbeat = new HeartbeatSender(TestKiosk.client(central.server().url(), KIOSK, secretOf(central, KIOSK), Duration.ofSeconds(5)),
                    policy, DeviceSnapshot::unknown, () -> catalog.current().version(), "test", Clock.systemUTC());
            TopUpRecord sold = kiosk.sell(2000);
            KioskSync sync = new KioskSync(kiosk.uploader, heartbeat, catalog, kiosk.journal, kiosk.connectivity, Clock.systemUTC());
            sync.start(Duration.ofMillis(100), Duration.ofMinutes(1));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (kiosk.journal.syncStatus(sold.seq()).orElseThrow().state() == SyncState.PENDING || lastHeartbeat(central) == null) {
                assertTrue(System.nanoTime() < deadline, "no upload or no heartbeat within a minute");
                Thread.sleep(50);
            }
            sync.close();
            assertTrue(kiosk.connectivity.isOnline());
            assertEquals(List.of(), policy.evaluate().reasons());
        }
    }

    private static byte[] secretOf(CentralFixture central, String kioskId) throws Exception {
        try (Connection c = central.database().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT secret FROM kiosk WHERE kiosk_id = '" + kioskId + "'")) {
            rs.next();
            return java.util.Base64.getDecoder().decode(rs.getString(1));
        }
    }

    private static Object lastHeartbeat(CentralFixture central) throws Exception {
        try (Connection c = central.database().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_heartbeat_at FROM kiosk WHERE kiosk_id = '" + KIOSK + "'")) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
