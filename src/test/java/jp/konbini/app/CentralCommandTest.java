package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.konbini.central.CentralServer;
import jp.konbini.central.SignedRequests;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.central.store.CentralDatabase;
import jp.konbini.wire.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code central register-kiosk} and {@code central export} as an operator runs them. */
class CentralCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void registerWritesAPrivateSecretOnceAndExportListsWhatTheServerHolds() throws Exception {
        String db = CentralDatabase.defaultUrl(dir.resolve("central"));
        Path secretFile = dir.resolve("secrets/kiosk.secret");
        CliRun register = CliRun.of("central", "register-kiosk", "--db", db, "--kiosk-id", "KSK-CLI-0001", "--secret-out", secretFile.toString());
        assertEquals(0, register.exitCode(), register.err());
        assertEquals("KSK-CLI-0001", json.readTree(register.out()).get("registered").asText());
        byte[] secret = Base64.getDecoder().decode(Files.readString(secretFile).strip());
        assertEquals(32, secret.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secretFile)));

        assertEquals(2, CliRun.of("central", "register-kiosk", "--db", db, "--kiosk-id", "KSK-CLI-0002", "--secret-out",
                secretFile.toString()).exitCode(), "an existing secret file is never overwritten");
        CliRun again = CliRun.of("central", "register-kiosk", "--db", db, "--kiosk-id", "KSK-CLI-0001", "--secret-out",
                dir.resolve("other.secret").toString());
        assertEquals(1, again.exitCode());
        assertTrue(again.err().contains("registered already"), again.err());
        assertEquals(2, CliRun.of("central", "register-kiosk", "--db", db, "--kiosk-id", "kiosk 1", "--secret-out",
                dir.resolve("x.secret").toString()).exitCode());

        try (CentralDatabase database = CentralDatabase.open(db, 2);
             CentralServer server = CentralServer.start(database, new SimulatedCarrier(true), Clock.systemUTC(), "127.0.0.1", 0, Optional.empty())) {
            SignedRequests requests = new SignedRequests(server.url());
            byte[] body = requests.upload(List.of(requests.purchase(1), requests.record(2, RecordKind.CANCELLED, 0)));
            assertEquals(200, requests.post("/v1/topups", body, SignedRequests.Signing.now("KSK-CLI-0001", secret)).statusCode());
        }
        CliRun export = CliRun.of("central", "export", "--db", db, "--format", "jsonl");
        assertEquals(0, export.exitCode(), export.err());
        List<String> lines = export.outLines();
        assertEquals(2, lines.size(), export.out());
        JsonNode first = json.readTree(lines.get(0));
        assertEquals("KSK-CLI-0001", first.get("kioskId").asText());
        assertEquals(1, first.get("seq").asLong());
        assertEquals(3000, first.get("amountYen").asLong());
        assertEquals("APPLIED", first.get("status").asText());
        assertTrue(first.hasNonNull("uuid") && first.hasNonNull("appliedAt") && first.hasNonNull("newExpiry"), lines.get(0));
        assertEquals("RECORDED", json.readTree(lines.get(1)).get("status").asText());
    }

    @Test
    void theCommandListIncludesCentral() {
        CliRun help = CliRun.of("--help");
        assertTrue(help.out().contains("central"), help.out());
        CliRun centralHelp = CliRun.of("central", "--help");
        assertEquals(0, centralHelp.exitCode());
        assertTrue(centralHelp.out().contains("register-kiosk") && centralHelp.out().contains("export"), centralHelp.out());
    }
}
