package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jp.konbini.ChildOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process crash: a child JVM records money events and prints each one once the call returned;
 * the parent SIGKILLs it at a random moment, 50 times over the same journal. After every kill the
 * journal must hold every printed event exactly once, with gap-free sequences, and the next child
 * must pick up where the last one died.
 */
class JournalKillTest {

    private static final long SEED = Long.getLong("konbini.kill.seed", 20261122L);
    private static final int KILLS = Integer.getInteger("konbini.kill.iterations", 50);
    /** The child is killed right after this many acknowledgements (1..N, random): volume does not depend on machine load. */
    private static final int MAX_ACKS_BEFORE_KILL = 40;

    @TempDir
    Path dataDir;

    @TempDir
    Path logs;

    @Test
    void everyPrintedEventSurvivesSigkillExactlyOnce() throws Exception {
        Random random = new Random(SEED);
        List<Ack> acks = new ArrayList<>();
        int killedWhileWriting = 0;
        for (int i = 1; i <= KILLS; i++) {
            Process child = start(random.nextLong(), i);
            int acksBeforeKill = 1 + random.nextInt(MAX_ACKS_BEFORE_KILL);
            ChildOutput output = ChildOutput.follow(child, "ACK", acksBeforeKill);
            assertTrue(output.awaitReady(60), "child never acknowledged " + acksBeforeKill + " events: " + output.soFar() + " " + stderrOf(i));
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close; the child is mid-stream
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            List<Ack> printed = output.lines(30).stream().filter(l -> l.startsWith("ACK ")).map(Ack::parse).toList();
            if (!printed.isEmpty()) {
                killedWhileWriting++;
            }
            acks.addAll(printed);
            AckChecker.assertDurable(dataDir, acks, i, "after kill " + i + " (seed " + SEED + ")");
        }
        assertEquals(KILLS, killedWhileWriting, "every kill lands while money events are being written");
        assertTrue(acks.size() >= KILLS * MAX_ACKS_BEFORE_KILL / 4, "the children wrote too little to test anything: " + acks.size());
    }

    private Process start(long seed, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dlogback.configurationFile=logback-child.xml",
                JournalCrashChild.class.getName(), dataDir.toString(), Long.toString(seed))
                .redirectError(logs.resolve("child-" + run + ".err").toFile())
                .start();
    }

    private String stderrOf(int run) {
        try {
            return "stderr: " + Files.readString(logs.resolve("child-" + run + ".err"));
        } catch (IOException e) {
            return "stderr unreadable: " + e;
        }
    }
}
