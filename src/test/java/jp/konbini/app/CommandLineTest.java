package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jp.konbini.ChildOutput;
import jp.konbini.journal.JournalHolderChild;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a technician or a script uses them: output, messages and exit codes. */
class CommandLineTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    Path config;
    Path data;

    @BeforeEach
    void configurationWithItsOwnDataDirectory() throws IOException {
        config = Files.createDirectories(dir.resolve("config"));
        data = dir.resolve("data");
        Files.copy(Path.of("kiosk-config/catalog.json"), config.resolve("catalog.json"));
        Files.writeString(config.resolve("kiosk.properties"),
                Files.readString(Path.of("kiosk-config/kiosk.properties")).replace("data.dir=../data", "data.dir=" + data)
                .replace("drivers.dir=../drivers", "drivers.dir=" + Path.of("drivers").toAbsolutePath()));
    }

    @Test
    void helpListsTheCommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("journal"), run.out());
        assertTrue(run.out().contains("bench"), run.out());
        assertEquals(2, CliRun.of().exitCode(), "no command is a usage error");
        assertEquals(2, CliRun.of("fly").exitCode());
    }

    @Test
    void demoRecordsSessionsThatVerifyExportAndReadBack() throws IOException {
        CliRun demo = CliRun.of("journal", "demo", "--config", config.toString(), "--sessions", "6", "--seed", "42");
        assertEquals(0, demo.exitCode(), demo.err());
        List<String> lines = demo.outLines();
        assertEquals(7, lines.size(), demo.out());
        for (String line : lines.subList(0, 6)) {
            JsonNode session = json.readTree(line);
            assertTrue(List.of("QUEUED", "CANCELLED").contains(session.get("state").asText()), line);
            assertTrue(session.get("line").asText().matches("090-\\*\\*\\*\\*-\\d{4}"), line);
        }
        assertTrue(json.readTree(lines.get(6)).get("ok").asBoolean(), lines.get(6));

        CliRun verify = CliRun.of("journal", "verify", "--data", data.toString());
        assertEquals(0, verify.exitCode(), verify.out() + verify.err());
        JsonNode report = json.readTree(verify.out());
        assertTrue(report.get("ok").asBoolean());
        assertEquals(6, report.get("topUps").asInt());

        CliRun export = CliRun.of("journal", "export", "--format", "jsonl", "--config", config.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals(6, export.outLines().size());
        assertEquals("KSK-TYO-0001", json.readTree(export.outLines().get(0)).get("kioskId").asText());

        CliRun compact = CliRun.of("journal", "compact", "--data", data.toString());
        assertEquals(0, compact.exitCode(), compact.err());
        JsonNode compaction = json.readTree(compact.out());
        assertTrue(compaction.get("rebuilt").asBoolean());
        assertTrue(compaction.get("bytesAfter").asLong() < compaction.get("bytesBefore").asLong(), compact.out());
        assertEquals(0, CliRun.of("journal", "verify", "--data", data.toString()).exitCode());

        Path file = dir.resolve("export.jsonl");
        assertEquals(0, CliRun.of("journal", "export", "--format", "jsonl", "--data", data.toString(), "--out", file.toString()).exitCode());
        assertEquals(6, Files.readAllLines(file).size());
    }

    @Test
    void verifyFailsWithExitOneOnADamagedJournal() throws Exception {
        assertEquals(0, CliRun.of("journal", "demo", "--config", config.toString(), "--sessions", "3", "--seed", "1").exitCode());
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("journal") + ";WRITE_DELAY=0", "kiosk", "")) {
            c.createStatement().executeUpdate("UPDATE money_event SET yen = 10000 WHERE seq = 2");
        }
        CliRun verify = CliRun.of("journal", "verify", "--data", data.toString());
        assertEquals(1, verify.exitCode());
        JsonNode report = json.readTree(verify.out());
        assertFalse(report.get("ok").asBoolean());
        assertTrue(report.get("problems").get(0).asText().startsWith("hash chain broken at event 2"), verify.out());
    }

    @Test
    void verifyOfAMissingJournalSaysSoAndFails() throws IOException {
        CliRun verify = CliRun.of("journal", "verify", "--data", dir.resolve("nothing").toString());
        assertEquals(1, verify.exitCode());
        assertTrue(json.readTree(verify.out()).get("error").asText().contains("no journal at"), verify.out());
    }

    @Test
    void aBadConfigurationStopsWithExitTwoAndOneMessage() throws IOException {
        Files.writeString(config.resolve("kiosk.properties"),
                Files.readString(config.resolve("kiosk.properties")).replace("offline.max-topup-yen=10000", "offline.max-topup-yen=lots"));
        CliRun run = CliRun.of("journal", "demo", "--config", config.toString());
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        List<String> messages = run.err().lines().toList();
        assertEquals(1, messages.size(), run.err());
        assertEquals("configuration error: " + config.resolve("kiosk.properties")
                + ": key 'offline.max-topup-yen' has value 'lots'; expected a whole number from 0 to 49999", messages.get(0));
        assertFalse(Files.exists(data), "nothing half-starts: no journal was created");
    }

    @Test
    void aJournalInUseStopsTheDemoWithExitThreeAndTheReason() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), JournalHolderChild.class.getName(),
                data.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertTrue(ChildOutput.follow(holder, "READY").awaitReady(60));
            CliRun run = CliRun.of("journal", "demo", "--config", config.toString());
            assertEquals(3, run.exitCode());
            assertTrue(run.err().startsWith("journal unavailable, no cash can be taken: the journal is in use by another process"), run.err());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void benchJournalPrintsBothMeasurementsAsJson() throws IOException {
        CliRun run = CliRun.of("bench", "journal", "--events", "150", "--warm-up", "30", "--dir", dir.resolve("bench").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = json.readTree(run.out());
        assertEquals("journal", result.get("bench").asText());
        assertEquals(150, result.get("events").asInt());
        assertTrue(result.get("durableEvent").get("p99Us").asDouble() >= result.get("durableEvent").get("p50Us").asDouble());
        assertTrue(result.get("rawAppendFsync").get("p50Us").asDouble() > 0);
        assertEquals(Math.round(result.get("durableEvent").get("p99Us").asDouble() / result.get("rawAppendFsync").get("p99Us").asDouble() * 100) / 100.0,
                result.get("p99Ratio").asDouble(), 0.011);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pty", "memory"})
    void benchAcceptorTimesEveryNoteOverTheChosenWire(String wire) throws IOException {
        CliRun run = CliRun.of("bench", "acceptor", "--notes", "30", "--warm-up", "10", "--wire", wire, "--dir", dir.resolve("bench").toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode result = json.readTree(run.out());
        assertEquals(wire, result.get("wire").asText());
        assertEquals(30, result.get("notes").asInt());
        JsonNode ack = result.get("vendValidToAck");
        assertTrue(ack.get("p99Us").asDouble() >= ack.get("p50Us").asDouble() && ack.get("p50Us").asDouble() > 0, result.toString());
        assertTrue(ack.get("p50Us").asDouble() >= result.get("ofWhichCreditLogWrite").get("p50Us").asDouble(), "the write is inside the credit point");
    }

    @Test
    void benchAcceptorRefusesAnUnknownWire() {
        CliRun run = CliRun.of("bench", "acceptor", "--wire", "usb");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("pty or memory, not 'usb'"), run.err());
    }

    @Test
    void benchSyncDrainsTheWholeBacklogOnBothDatabasesAtTheConfiguredBatchSize() throws IOException {
        Files.writeString(config.resolve("kiosk.properties"), Files.readString(config.resolve("kiosk.properties"))
                .replace("sync.batch-size=100", "sync.batch-size=40"));
        CliRun run = CliRun.of("bench", "sync", "--config", config.toString(), "--records", "120", "--warm-up", "90");
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> results = run.outLines().stream().map(line -> {
            try {
                return json.readTree(line);
            } catch (IOException e) {
                throw new IllegalStateException(line, e);
            }
        }).toList();
        assertEquals(List.of("h2", "postgresql"), results.stream().map(r -> r.get("db").asText()).toList());
        for (JsonNode r : results) {
            assertEquals(120, r.get("records").asInt(), r.toString());
            assertEquals(40, r.get("batchSize").asInt(), "the kiosk's own batch size");
            assertEquals(80, r.get("warmUpRecords").asInt(), "the warm-up is whole batches");
            assertTrue(r.get("drainPerSecond").asLong() > 0 && r.get("bareInsertPerSecond").asLong() > 0, r.toString());
            assertTrue(r.get("serverApplyPerSecond").asLong() > 0 && r.get("kioskRecordPerSecond").asLong() > 0,
                    "the ceilings are measured in the same run: " + r);
        }
    }
}
