package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import jp.konbini.central.CentralFixture;
import jp.konbini.central.LedgerRows;
import jp.konbini.central.TestDatabases;
import jp.konbini.journal.AuditRecord;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync status} and {@code sync push}: the configured kiosk's queue, pushed with its own secret and settings. */
class SyncCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private Path configFor(String centralUrl) throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.copy(Path.of("kiosk-config/catalog.json"), config.resolve("catalog.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(config.resolve("kiosk.properties"), Files.readString(Path.of("kiosk-config/kiosk.properties"))
                .replace("data.dir=../data", "data.dir=" + dir.resolve("data"))
                .replace("drivers.dir=../drivers", "drivers.dir=" + Path.of("drivers").toAbsolutePath())
                .replace("central.url=https://central.konbini-topup.example/", "central.url=" + centralUrl)
                .replace("central.ca-file=secrets/central-ca.pem", "central.ca-file=none"));
        return config;
    }

    @Test
    void pushDrainsTheQueueAndStatusShowsWhatIsLeft() throws Exception {
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"))) {
            Path config = configFor(central.server().url().toString());
            Files.createDirectories(config.resolve("secrets"));
            Files.writeString(config.resolve("secrets/kiosk.secret"), Base64.getEncoder().encodeToString(central.register("KSK-TYO-0001")));
            assertEquals(0, CliRun.of("journal", "demo", "--config", config.toString(), "--sessions", "6", "--seed", "3").exitCode());
            try (H2Journal journal = H2Journal.open(JournalLocation.in(dir.resolve("data")), "KSK-TYO-0001", "test", Clock.systemUTC())) {
                for (String action : List.of("ENTERED", "OUT_OF_SERVICE", "LEFT")) {
                    journal.maintenance().audit(new AuditRecord("sato", "TECHNICIAN", action, "kiosk", "", ""));
                }
            }

            CliRun before = CliRun.of("sync", "status", "--config", config.toString());
            assertEquals(0, before.exitCode(), before.err());
            JsonNode status = json.readTree(before.out());
            assertEquals(6, status.get("pendingRecords").asLong());
            assertTrue(status.get("takesCash").asBoolean());
            assertFalse(status.get("online").asBoolean());

            CliRun push = CliRun.of("sync", "push", "--config", config.toString());
            assertEquals(0, push.exitCode(), push.out() + push.err());
            JsonNode pushed = json.readTree(push.out());
            assertEquals(6, pushed.get("recorded").asLong());
            assertEquals(0, pushed.get("pendingRecords").asLong());
            assertTrue(pushed.get("online").asBoolean());
            assertEquals(6, LedgerRows.count(central.database().dataSource(), "topup"));
            assertEquals(3, LedgerRows.count(central.database().dataSource(), "audit_entry"), "the audit log goes after the top-ups");
            assertFalse(pushed.get("auditUnsent").asBoolean(), push.out());
            assertEquals("", pushed.get("auditProblem").asText());
            assertEquals(0, CliRun.of("journal", "verify", "--data", dir.resolve("data").toString()).exitCode());
        }
    }

    @Test
    void pushWithoutTheServerSaysWhyAndFails() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path config = configFor("http://127.0.0.1:" + port + "/");
        Files.createDirectories(config.resolve("secrets"));
        Files.writeString(config.resolve("secrets/kiosk.secret"), Base64.getEncoder().encodeToString(new byte[32]));
        assertEquals(0, CliRun.of("journal", "demo", "--config", config.toString(), "--sessions", "2", "--seed", "3").exitCode());
        CliRun push = CliRun.of("sync", "push", "--config", config.toString());
        assertEquals(1, push.exitCode());
        JsonNode out = json.readTree(push.out());
        assertEquals(2, out.get("pendingRecords").asLong());
        assertFalse(out.get("auditUnsent").asBoolean(), "no audit entries in a demo journal");
        assertTrue(out.get("lastProblem").asText().startsWith("UNREACHABLE"), push.out());
        Files.delete(config.resolve("secrets/kiosk.secret"));
        CliRun noSecret = CliRun.of("sync", "push", "--config", config.toString());
        assertEquals(2, noSecret.exitCode());
        assertTrue(noSecret.err().startsWith("configuration error: " + config.resolve("secrets/kiosk.secret")), noSecret.err());
    }
}
