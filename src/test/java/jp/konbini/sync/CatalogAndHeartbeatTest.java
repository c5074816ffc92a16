package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import jp.konbini.central.CentralFixture;
import jp.konbini.central.TestDatabases;
import jp.konbini.config.KioskSetup;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue download (ETag, validation, cache, offline start) and the heartbeat on the fleet page. */
class CatalogAndHeartbeatTest {

    private static final String KIOSK = "KSK-CAT-0001";
    private static final KioskSetup SHIPPED = KioskSetup.load(Path.of("kiosk-config"));

    @TempDir
    Path dir;

    private static byte[] catalogVersion(String version) throws Exception {
        return Files.readString(Path.of("kiosk-config/catalog.json")).replace("\"2026-11-01.1\"", "\"" + version + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNewCatalogueIsTakenOnceCachedAndUsedWhenOffline() throws Exception {
        Path cache = dir.resolve("cache");
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"), true,
                Optional.of(catalogVersion("2026-12-01.1")))) {
            HttpCentralClient client = TestKiosk.client(central.server().url(), KIOSK, central.register(KIOSK), Duration.ofSeconds(5));
            CatalogUpdater updater = new CatalogUpdater(client, SHIPPED.config(), cache, SHIPPED.catalog());
            assertEquals("2026-11-01.1", updater.current().version(), "no download yet: the bundled catalogue");
            assertTrue(updater.refresh());
            assertEquals("2026-12-01.1", updater.current().version());
            assertFalse(updater.refresh(), "unchanged: the ETag saves the download");
        }
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        HttpCentralClient offline = TestKiosk.client(URI.create("http://127.0.0.1:" + closed + "/"), KIOSK, new byte[32], Duration.ofSeconds(1));
        assertEquals("2026-12-01.1", new CatalogUpdater(offline, SHIPPED.config(), cache, SHIPPED.catalog()).current().version(),
                "a kiosk without network starts from its cached catalogue");
        Files.writeString(cache.resolve(CatalogUpdater.CACHE_FILE), "{ broken");
        assertEquals("2026-11-01.1", new CatalogUpdater(offline, SHIPPED.config(), cache, SHIPPED.catalog()).current().version(),
                "a damaged cache falls back to the bundled catalogue");
    }

    @Test
    void aCatalogueThatDoesNotValidateIsNeverTaken() throws Exception {
        byte[] bad = new String(catalogVersion("2026-12-02.1"), StandardCharsets.UTF_8).replace("\"priceYen\": 3000", "\"priceYen\": 3500")
                .getBytes(StandardCharsets.UTF_8);
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"), true, Optional.of(bad))) {
            HttpCentralClient client = TestKiosk.client(central.server().url(), KIOSK, central.register(KIOSK), Duration.ofSeconds(5));
            CatalogUpdater updater = new CatalogUpdater(client, SHIPPED.config(), dir.resolve("cache"), SHIPPED.catalog());
            assertFalse(updater.refresh(), "a price the accepted notes cannot pay exactly is refused");
            assertEquals("2026-11-01.1", updater.current().version());
            assertFalse(Files.exists(dir.resolve("cache").resolve(CatalogUpdater.CACHE_FILE)));
        }
    }

    @Test
    void theHeartbeatShowsBacklogCashAcceptanceAndDevicesOnTheFleetPage() throws Exception {
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"));
             H2Journal journal = H2Journal.open(JournalLocation.in(dir.resolve("kiosk")), KIOSK, "test", Clock.systemUTC())) {
            HttpCentralClient client = TestKiosk.client(central.server().url(), KIOSK, central.register(KIOSK), Duration.ofSeconds(5));
            OfflinePolicy policy = new OfflinePolicy(SHIPPED.config().offlineLimits(), journal, new Connectivity());
            HeartbeatSender heartbeat = new HeartbeatSender(client, policy,
                    () -> new DeviceSnapshot(List.of("acceptor-jam", "<script>alert(1)</script>"), 42, 123_000, "low"), () -> "2026-11-01.1", "9.9.9", Clock.systemUTC());
            heartbeat.send();
            String fleet = HttpClient.newHttpClient().send(HttpRequest.newBuilder(central.server().url().resolve("fleet")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            for (String shown : List.of(KIOSK, "9.9.9", "acceptor-jam", "low", "123000", "&lt;script&gt;")) {
                assertTrue(fleet.contains(shown), shown + " on " + fleet);
            }
            assertFalse(fleet.contains("<script>"), "what a kiosk sends is escaped");
            CentralException tooLong = org.junit.jupiter.api.Assertions.assertThrows(CentralException.class, () -> new HeartbeatSender(client,
                    policy, () -> new DeviceSnapshot(List.of("x".repeat(600)), 0, 0, "ok"), () -> "v", "1", Clock.systemUTC()).send());
            assertEquals(CentralException.Kind.REFUSED, tooLong.kind());
            assertTrue(tooLong.getMessage().startsWith("HTTP 400"), tooLong.getMessage());
        }
    }
}
