package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power cut: H2 runs on a disk that drops everything not forced. The power goes at 200 different
 * points of a workload (including while the journal is being created); after each cut the journal
 * must reopen, verify, and hold every acknowledged event exactly once.
 */
class JournalPowerCutTest {

    private static final long SEED = Long.getLong("konbini.powercut.seed", 20261122L);
    private static final int CUT_POINTS = 200;
    private static final int SESSIONS = 12;

    @TempDir
    Path root;

    @AfterAll
    static void restoreReliableDisk() {
        SimulatedDiskFilePath.install(SimulatedDisk.reliable());
    }

    @Test
    void everyDurableCallLeavesNothingUnforced() {
        SimulatedDisk disk = SimulatedDisk.reliable();
        SimulatedDiskFilePath.install(disk);
        try (H2Journal journal = open(root.resolve("forced"), "")) {
            assertEquals(0, disk.unforcedWrites(), "opening the journal ends with everything forced");
            new JournalWorkload(journal, new Random(SEED), ack ->
                    assertEquals(0, disk.unforcedWrites(), "unforced bytes after " + ack.line())).sessions(SESSIONS);
        }
    }

    @Test
    void everyAcknowledgedEventSurvivesAPowerCutAtAnyPoint() throws IOException {
        assertEquals(0, powerCuts("", CUT_POINTS).size());
    }

    /** Old chunks become free at once, as they do after 45 s in a long-running kiosk. */
    @Test
    void alsoWhenOldChunksAreFreedAtOnce() throws IOException {
        assertEquals(0, powerCuts(";RETENTION_TIME=0", CUT_POINTS).size());
    }

    /**
     * Why the journal runs with {@code REUSE_SPACE=FALSE}: with space reuse, H2 2.5.252 loses
     * fsynced commits after a crash. If this test fails after an H2 upgrade, the upgrade fixed that
     * (docs/decisions/0007 says what to reconsider).
     */
    @Test
    void canaryH2WithSpaceReuseLosesSyncedCommits() throws IOException {
        List<String> losses = powerCuts(";REUSE_SPACE=TRUE;RETENTION_TIME=0", 60);
        assertTrue(!losses.isEmpty(), "H2 with space reuse no longer loses synced commits after a power cut");
    }

    /** Runs the workload with power cuts at {@code points} disk operations; returns the cuts that lost data. */
    private List<String> powerCuts(String settings, int points) throws IOException {
        long operations = calibrate(settings);
        Random random = new Random(SEED);
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < Math.min(points, operations)) {
            cuts.add(1 + (long) (random.nextDouble() * operations));
        }
        assertTrue(cuts.size() >= points, "the workload has only " + operations + " disk operations");
        List<String> losses = new ArrayList<>();
        int cutDuringWorkload = 0;
        for (long cut : cuts) {
            Path dir = root.resolve("cut" + settings.replaceAll("\\W", "_") + "-" + cut);
            SimulatedDisk disk = SimulatedDisk.cutPowerAt(cut);
            SimulatedDiskFilePath.install(disk);
            List<Ack> acks = new ArrayList<>();
            runUntilPowerGoes(dir, settings, acks);
            disk.powerOff();
            if (!acks.isEmpty()) {
                cutDuringWorkload++;
            }
            String context = "power cut at disk operation " + cut + " of " + operations + " (settings '" + settings + "', seed " + SEED + ")";
            try {
                restartAndFinish(dir, settings, acks, context);
                AckChecker.assertDurable(dir, acks, 1, context);
            } catch (AssertionError | JournalUnavailableException e) {
                if (settings.contains("REUSE_SPACE=TRUE")) {
                    losses.add(context + ": " + e.getMessage());
                } else {
                    throw e;
                }
            }
        }
        assertTrue(cutDuringWorkload > cuts.size() / 2, "most cuts must hit the money events, not the schema set-up: " + cutDuringWorkload);
        return losses;
    }

    /** Counts the disk operations of the whole workload on a disk that never fails. */
    private long calibrate(String settings) {
        SimulatedDisk disk = SimulatedDisk.reliable();
        SimulatedDiskFilePath.install(disk);
        try (H2Journal journal = open(root.resolve("calibration" + settings.replaceAll("\\W", "_")), settings)) {
            new JournalWorkload(journal, new Random(SEED), ack -> { }).sessions(SESSIONS);
        }
        return disk.operations();
    }

    private void runUntilPowerGoes(Path dir, String settings, List<Ack> acks) {
        H2Journal journal = null;
        try {
            journal = open(dir, settings);
            new JournalWorkload(journal, new Random(SEED), acks::add).sessions(SESSIONS);
        } catch (JournalUnavailableException expected) {
            // The power went during this call: it was never acknowledged.
        } finally {
            if (journal != null) {
                journal.close();
            }
        }
    }

    /** The kiosk starts again on the real disk, finishes what was left, and carries on selling. */
    private static void restartAndFinish(Path dir, String settings, List<Ack> acks, String context) {
        JournalLocation location = new JournalLocation(dir.toAbsolutePath().normalize(), "file:", settings);
        try (H2Journal journal = H2Journal.open(location, JournalFixture.KIOSK, "test", JournalFixture.CLOCK)) {
            assertTrue(journal.status().acceptsCash(), context);
            JournalWorkload workload = new JournalWorkload(journal, new Random(SEED + 1), acks::add);
            workload.finishWhatWasLeft();
            workload.session();
        }
    }

    private static H2Journal open(Path dir, String settings) {
        return H2Journal.open(SimulatedDiskFilePath.location(dir, settings), JournalFixture.KIOSK, "test", JournalFixture.CLOCK);
    }
}
