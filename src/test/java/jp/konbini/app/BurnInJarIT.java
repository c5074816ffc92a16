package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 customer sessions through the packaged kiosk: the real flow, the real drivers on
 * pseudo-terminals against the byte-level simulators, a real central server; then the money
 * invariants, and the journal it left verified on its own.
 */
class BurnInJarIT {

    private static final Path JAR = Path.of(System.getProperty("konbini.jar", "target/konbini-kiosk.jar"));
    private static final int SESSIONS = 200;

    @TempDir
    Path dir;

    @Test
    void twoHundredSessionsKeepEveryYenAndEveryReceipt() throws Exception {
        Path data = dir.resolve("burn-in");
        Process p = java("burn-in", "--sessions", String.valueOf(SESSIONS), "--seed", "11", "--data", data.toString());
        assertTrue(p.waitFor(30, TimeUnit.MINUTES), "burn-in did not finish");
        String out = Files.readString(dir.resolve("burn-in.out"));
        String err = Files.readString(dir.resolve("burn-in.err"));
        assertEquals(0, p.exitValue(), out + "\n" + tail(err));

        JsonNode summary = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
        System.out.println("burn-in summary: " + summary);   // the figures, in the failsafe report
        assertTrue(summary.get("invariantsHeld").asBoolean(), summary.toPrettyString());
        assertEquals(SESSIONS, summary.get("sessions").asInt());
        assertTrue(summary.get("yenCredited").asLong() > 0);
        assertEquals(summary.get("yenCredited").asLong(), summary.get("cashBoxYen").asLong());
        assertEquals(0, summary.get("errors").size(), summary.toPrettyString());
        assertEquals(0, summary.get("topUpsQueued").asInt(), "everything synced once the network was back");
        summary.get("scenarios").fields().forEachRemaining(s -> assertTrue(s.getValue().asInt() > 0, "scenario never ran: " + s.getKey()));
        assertTrue(summary.get("creditsHeld").asInt() > 0 && summary.get("pendingAtCustomer").asInt() > 0, summary.toPrettyString());

        Process verify = java("journal", "verify", "--data", data.resolve("kiosk").toString());
        assertTrue(verify.waitFor(2, TimeUnit.MINUTES));
        String verified = Files.readString(dir.resolve("journal.out"));
        assertEquals(0, verify.exitValue(), verified);
        assertTrue(verified.startsWith("{\"ok\":true"), verified);
    }

    private Process java(String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfazecast.jSerialComm.appid=konbini-it", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        // Both streams go to files: a child blocked on a full pipe that nobody reads until it exits would never exit.
        return new ProcessBuilder(command).redirectOutput(dir.resolve(args[0] + ".out").toFile())
                .redirectError(dir.resolve(args[0] + ".err").toFile()).start();
    }

    private static String tail(String s) {
        return s.length() <= 6000 ? s : s.substring(s.length() - 6000);
    }
}
