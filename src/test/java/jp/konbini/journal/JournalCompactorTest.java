package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal only grows while running; a rebuild shrinks it without ever risking an event. */
class JournalCompactorTest {

    @TempDir
    Path dir;

    @AfterAll
    static void restoreReliableDisk() {
        SimulatedDiskFilePath.install(SimulatedDisk.reliable());
    }

    @Test
    void aRebuildShrinksTheFileAndKeepsEveryEvent() throws IOException {
        List<Ack> acks = new ArrayList<>();
        try (H2Journal journal = JournalFixture.open(dir)) {
            new JournalWorkload(journal, new Random(11), acks::add).sessions(60);
        }
        List<MoneyEvent> before = events(dir);
        long sizeBefore = Files.size(JournalLocation.in(dir).databaseFile());

        JournalCompactor.Result result = new JournalCompactor(JournalLocation.in(dir)).compact();

        assertTrue(result.rebuilt());
        assertEquals(sizeBefore, result.bytesBefore());
        assertTrue(result.bytesAfter() * 4 < result.bytesBefore(), "rebuilt " + result);
        assertEquals(before.size(), result.events());
        assertEquals(before, events(dir), "every event, with its time and hash, is the same after the rebuild");
        AckChecker.assertDurable(dir, acks, 0, "after a rebuild");
        try (H2Journal journal = JournalFixture.open(dir)) {
            long next = journal.open(JournalFixture.order(1000)).seq();
            assertEquals(before.stream().mapToLong(MoneyEvent::topUpSeq).max().orElseThrow() + 1, next);
        }
        assertFalse(Files.exists(dir.resolve("journal-rebuild.mv.db")));
        assertFalse(Files.exists(dir.resolve("journal-rebuild.sql")));
    }

    @Test
    void nothingIsRebuiltBelowTheThreshold() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(1000));
        }
        JournalCompactor.Result result = new JournalCompactor(JournalLocation.in(dir)).compactIfLargerThan(JournalCompactor.DEFAULT_THRESHOLD_BYTES);
        assertFalse(result.rebuilt());
        assertEquals(result.bytesBefore(), result.bytesAfter());
    }

    @Test
    void aRebuildCutByPowerLossAtAnyPointLeavesACompleteJournal() throws IOException {
        List<Ack> acks = new ArrayList<>();
        Path template = dir.resolve("template");
        try (H2Journal journal = JournalFixture.open(template)) {
            new JournalWorkload(journal, new Random(5), acks::add).sessions(15);
        }
        long operations = rebuildOperations(template);
        int cuts = 0;
        for (long cut = 1; cut <= operations; cut += Math.max(1, operations / 80)) {
            Path data = copyOf(template, dir.resolve("cut-" + cut));
            SimulatedDisk disk = SimulatedDisk.cutPowerAt(cut);
            SimulatedDiskFilePath.install(disk);
            assertThrows(JournalUnavailableException.class, () -> new JournalCompactor(SimulatedDiskFilePath.location(data)).compact());
            disk.powerOff();
            SimulatedDiskFilePath.install(SimulatedDisk.reliable());
            String context = "power cut at operation " + cut + " of " + operations + " of a rebuild";
            AckChecker.assertDurable(data, acks, 0, context);
            JournalCompactor.Result retried = new JournalCompactor(JournalLocation.in(data)).compact();
            assertTrue(retried.rebuilt(), context);
            AckChecker.assertDurable(data, acks, 0, context + ", then rebuilt again");
            cuts++;
        }
        assertTrue(cuts >= 40, "only " + cuts + " cut points");
    }

    private long rebuildOperations(Path template) throws IOException {
        Path data = copyOf(template, dir.resolve("calibration"));
        SimulatedDisk disk = SimulatedDisk.reliable();
        SimulatedDiskFilePath.install(disk);
        new JournalCompactor(SimulatedDiskFilePath.location(data)).compact();
        return disk.operations();
    }

    private static Path copyOf(Path template, Path target) throws IOException {
        Files.createDirectories(target);
        Files.copy(JournalLocation.in(template).databaseFile(), JournalLocation.in(target).databaseFile());
        return target;
    }

    private static List<MoneyEvent> events(Path data) {
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(data))) {
            return journal.events();
        }
    }
}
