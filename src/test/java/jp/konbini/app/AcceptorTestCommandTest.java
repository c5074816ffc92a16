package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jp.konbini.ChildOutput;
import jp.konbini.device.acceptor.sim.AcceptorSimulator;
import jp.konbini.device.acceptor.sim.PtyAcceptorSimulator;
import jp.konbini.device.acceptor.sim.SimEvent;
import jp.konbini.device.acceptor.sim.SimTimings;
import jp.konbini.device.acceptor.sim.SimulatorSettings;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.ReadOnlyJournal;
import jp.konbini.journal.TopUpRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code acceptor-test} against the simulator on a pseudo-terminal, as a technician runs it. */
class AcceptorTestCommandTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void takesNNotesAndPrintsEachEventAsJson() throws Exception {
        try (PtyAcceptorSimulator port = simulator(SimulatorSettings.fast())) {
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() ->
                    CliRun.of("acceptor-test", "--port", port.portPath(), "--notes", "2", "--timeout", "30"));
            feed(port.simulator(), Denomination.YEN_1000, Denomination.YEN_10000);
            CliRun result = run.get(60, TimeUnit.SECONDS);
            assertEquals(0, result.exitCode(), result.err());
            List<JsonNode> events = parse(result);
            assertEquals(List.of(1000L, 10000L), events.stream().filter(e -> e.get("event").asText().equals("credit"))
                    .map(e -> e.get("yen").asLong()).toList());
            assertTrue(events.stream().anyMatch(e -> e.get("event").asText().equals("escrow") && e.get("yen").asLong() == 1000));
            assertTrue(events.stream().anyMatch(e -> e.get("event").asText().equals("status") && e.get("state").asText().equals("ENABLED")));
            assertEquals(List.of(Yen.of(1000), Yen.of(10000)), port.simulator().cashBox());
        }
    }

    @Test
    void returnAllGivesEveryNoteBackAndCreditsNothing() throws Exception {
        try (PtyAcceptorSimulator port = simulator(SimulatorSettings.fast())) {
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() ->
                    CliRun.of("acceptor-test", "--port", port.portPath(), "--notes", "2", "--return-all", "--timeout", "30"));
            feed(port.simulator(), Denomination.YEN_5000, Denomination.YEN_2000);
            CliRun result = run.get(60, TimeUnit.SECONDS);
            assertEquals(0, result.exitCode(), result.err());
            assertEquals(2, parse(result).stream().filter(e -> e.get("event").asText().equals("returned")).count());
            assertTrue(port.simulator().cashBox().isEmpty());
        }
    }

    @Test
    void aDeviceThatDoesNotAnswerExitsThreeWithTheReason() {
        CliRun result = CliRun.of("acceptor-test", "--port", dir.resolve("no-such-port").toString(), "--timeout", "2");
        assertEquals(3, result.exitCode());
        assertTrue(result.err().startsWith("the acceptor could not be initialised: "), result.err());
    }

    @Test
    void silenceUntilTheTimeoutExitsOne() {
        try (PtyAcceptorSimulator port = simulator(SimulatorSettings.fast())) {
            CliRun result = CliRun.of("acceptor-test", "--port", port.portPath(), "--notes", "1", "--timeout", "3");
            assertEquals(1, result.exitCode(), result.err());
            assertTrue(result.err().startsWith("timed out after 3 s with 0 of 1 notes"), result.err());
        }
    }

    @Test
    void badArgumentsExitTwo() {
        assertEquals(2, CliRun.of("acceptor-test").exitCode());
        assertEquals(2, CliRun.of("acceptor-test", "--port", "/dev/null", "--protocol", "cctalk").exitCode());
        assertEquals(2, CliRun.of("acceptor-test", "--port", "/dev/null", "--notes", "0").exitCode());
        assertEquals(2, CliRun.of("acceptor-test", "--port", "/dev/null", "--profile", dir.resolve("none.properties").toString()).exitCode());
    }

    /**
     * Issue 3 point 11: {@code acceptor-test --journal} SIGKILLed while notes are being stacked,
     * again and again, each time started again on the same journal: the journal ends equal to the
     * cash box, nothing lost, nothing counted twice.
     */
    @Test
    void killedWhileStackingAndStartedAgainTheJournalEqualsTheCashBox() throws Exception {
        Path journalDir = dir.resolve("journal");
        SimulatorSettings slowStacking = SimulatorSettings.fast().withTimings(SimTimings.fast()
                .withStacking(Duration.ofMillis(400)).withStack2Extra(Duration.ofMillis(100)));
        try (PtyAcceptorSimulator port = simulator(slowStacking)) {
            AcceptorSimulator sim = port.simulator();
            Denomination[] notes = {Denomination.YEN_1000, Denomination.YEN_5000, Denomination.YEN_10000, Denomination.YEN_2000,
                    Denomination.YEN_1000, Denomination.YEN_1000, Denomination.YEN_5000};
            int kills = 0;
            for (int i = 0; i < notes.length; i++) {
                int remaining = notes.length - creditedNotes(journalDir);
                port.replug();   // a fresh terminal under the same name for each run (platform notes: parity)
                Process child = start(port.portPath(), journalDir, remaining);
                ChildOutput out = ChildOutput.follow(child, "{\"event\":\"status\",\"state\":\"ENABLED\"", 1);
                assertTrue(out.awaitReady(60), "child never enabled the acceptor: " + out.soFar());
                long before = sim.events().lastSeq();
                sim.insert(notes[i]);
                assertTrue(sim.events().await(before, SimEvent.Type.STACK, Duration.ofSeconds(20)).isPresent(), "note " + i + " stacked");
                if (i < notes.length - 1) {
                    Thread.sleep(70L * i);   // from just after STACK to past the credit point
                    child.destroyForcibly();   // SIGKILL: no shutdown hook, no clean close of the journal
                    assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                    kills++;
                } else {
                    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the last run did not finish: " + out.soFar());
                    assertEquals(0, child.exitValue(), out.soFar());
                }
            }
            assertEquals(notes.length - 1, kills);
            assertEquals(notes.length, sim.cashBox().size(), "every note ended in the cash box");
            try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(journalDir))) {
                assertTrue(journal.verify().ok(), journal.verify().problems().toString());
                Yen credited = journal.topUps().stream().map(TopUpRecord::credited).reduce(Yen.ZERO, Yen::plus);
                assertEquals(sim.cashBoxTotal(), credited, "journal " + journal.topUps() + " vs cash box " + sim.cashBox());
                assertEquals(notes.length, creditedNotes(journalDir));
                assertTrue(journal.verify().recovery().openReconciliations().isEmpty(), "nothing had to be guessed");
            }
        }
    }

    private static int creditedNotes(Path journalDir) {
        if (!JournalLocation.in(journalDir).databaseFile().toFile().exists()) {
            return 0;
        }
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(journalDir))) {
            return (int) journal.events().stream().filter(e -> e.kind() == jp.konbini.journal.MoneyEventKind.NOTE_CREDITED).count();
        }
    }

    private Process start(String port, Path journalDir, int notes) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback-child.xml",
                Main.class.getName(), "acceptor-test", "--port", port, "--journal", journalDir.toString(), "--notes",
                Integer.toString(notes), "--timeout", "60")
                .redirectError(dir.resolve("child.err").toFile())
                .start();
    }

    private PtyAcceptorSimulator simulator(SimulatorSettings settings) {
        return PtyAcceptorSimulator.start(new AcceptorSimulator("cli", settings, new SplittableRandom(5)),
                Optional.of(dir.resolve("kiosk-acceptor")));
    }

    /** A customer inserting notes one after another, each once the acceptor takes notes again. */
    private static void feed(AcceptorSimulator sim, Denomination... notes) throws InterruptedException {
        sim.events().await(0, e -> e.type() == SimEvent.Type.SETTING_CHANGED && e.detail().contains("C3 00"), Duration.ofSeconds(20));
        for (int i = 0; i < notes.length; i++) {
            sim.insert(notes[i]);
            int settled = i + 1;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (sim.groundTruth().outcomes().size() < settled && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
    }

    private List<JsonNode> parse(CliRun run) throws IOException {
        List<JsonNode> events = new ArrayList<>();
        for (String line : run.outLines()) {
            events.add(json.readTree(line));
        }
        return events;
    }
}
