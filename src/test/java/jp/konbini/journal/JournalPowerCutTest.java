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
        try (H2Journal journal = open(root.resolve("forced"))) {
            assertEquals(0, disk.unforcedWrites(), "opening the journal ends with everything forced");
            new JournalWorkload(journal, new Random(SEED), ack ->
                    assertEquals(0, disk.unforcedWrites(), "unforced bytes after " + ack.line())).sessions(SESSIONS);
        }
    }

    @Test
    void everyAcknowledgedEventSurvivesAPowerCutAtAnyPoint() throws IOException {
        long operations = calibrate();
        Random random = new Random(SEED);
        TreeSet<Long> cuts = new TreeSet<>();
        while (cuts.size() < Math.min(CUT_POINTS, operations)) {
            cuts.add(1 + (long) (random.nextDouble() * operations));
        }
        assertTrue(cuts.size() >= CUT_POINTS, "the workload has only " + operations + " disk operations");
        int cutDuringWorkload = 0;
        for (long cut : cuts) {
            Path dir = root.resolve("cut-" + cut);
            SimulatedDisk disk = SimulatedDisk.cutPowerAt(cut);
            SimulatedDiskFilePath.install(disk);
            List<Ack> acks = new ArrayList<>();
            runUntilPowerGoes(dir, acks);
            disk.powerOff();
            if (!acks.isEmpty()) {
                cutDuringWorkload++;
            }
            String context = "power cut at disk operation " + cut + " of " + operations + " (seed " + SEED + ")";
            restartAndFinish(dir, acks, context);
            AckChecker.assertDurable(dir, acks, 1, context);
        }
        assertTrue(cutDuringWorkload > CUT_POINTS / 2, "most cuts must hit the money events, not the schema set-up: " + cutDuringWorkload);
    }

    /** Counts the disk operations of the whole workload on a disk that never fails. */
    private long calibrate() {
        SimulatedDisk disk = SimulatedDisk.reliable();
        SimulatedDiskFilePath.install(disk);
        try (H2Journal journal = open(root.resolve("calibration"))) {
            new JournalWorkload(journal, new Random(SEED), ack -> { }).sessions(SESSIONS);
        }
        return disk.operations();
    }

    private void runUntilPowerGoes(Path dir, List<Ack> acks) {
        H2Journal journal = null;
        try {
            journal = open(dir);
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
    private static void restartAndFinish(Path dir, List<Ack> acks, String context) {
        try (H2Journal journal = H2Journal.open(JournalLocation.in(dir), JournalFixture.KIOSK, "test", JournalFixture.CLOCK)) {
            assertTrue(journal.status().acceptsCash(), context);
            JournalWorkload workload = new JournalWorkload(journal, new Random(SEED + 1), acks::add);
            workload.finishWhatWasLeft();
            workload.session();
        }
    }

    private static H2Journal open(Path dir) {
        return H2Journal.open(SimulatedDiskFilePath.location(dir), JournalFixture.KIOSK, "test", JournalFixture.CLOCK);
    }
}
