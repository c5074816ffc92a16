package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import jp.konbini.ChildOutput;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal that cannot be opened or written says why, and then takes no money. */
class JournalFaultsTest {

    @TempDir
    Path dir;

    @AfterAll
    static void restoreReliableDisk() {
        SimulatedDiskFilePath.install(SimulatedDisk.reliable());
    }

    @Test
    void aJournalHeldByAnotherProcessIsReportedAsLocked() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                JournalHolderChild.class.getName(), dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            ChildOutput output = ChildOutput.follow(holder, "READY");
            assertTrue(output.awaitReady(60), "holder did not open the journal: " + output.soFar());
            JournalUnavailableException e = assertThrows(JournalUnavailableException.class, () -> JournalFixture.open(dir));
            assertEquals(JournalFault.LOCKED, e.fault());
            assertTrue(e.getMessage().startsWith("the journal is in use by another process"), e.getMessage());
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (H2Journal journal = JournalFixture.open(dir)) {
            assertTrue(journal.status().acceptsCash(), "once the other process is gone the journal opens");
        }
    }

    @Test
    void aDamagedFileIsReportedAsCorrupt() throws IOException {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(1000));
        }
        try (RandomAccessFile file = new RandomAccessFile(JournalLocation.in(dir).databaseFile().toFile(), "rw")) {
            byte[] garbage = new byte[(int) Math.min(file.length(), 16 * 1024)];
            new Random(1).nextBytes(garbage);
            file.write(garbage);
        }
        JournalUnavailableException e = assertThrows(JournalUnavailableException.class, () -> JournalFixture.open(dir));
        assertEquals(JournalFault.CORRUPT, e.fault(), e.getMessage());
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReportedAsNotWritable() throws IOException {
        Path blocked = Files.writeString(dir.resolve("not-a-directory"), "x");
        JournalUnavailableException e = assertThrows(JournalUnavailableException.class,
                () -> JournalFixture.open(blocked.resolve("data")));
        assertEquals(JournalFault.NOT_WRITABLE, e.fault());
        assertTrue(e.getMessage().contains(blocked.resolve("data").toString()), e.getMessage());
    }

    @Test
    void anotherKiosksJournalIsRefused() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(1000));
        }
        JournalUnavailableException e = assertThrows(JournalUnavailableException.class,
                () -> H2Journal.open(JournalLocation.in(dir), "KSK-OTHER-0002", "test", JournalFixture.CLOCK));
        assertEquals(JournalFault.WRONG_KIOSK, e.fault());
        assertTrue(e.getMessage().contains(JournalFixture.KIOSK) && e.getMessage().contains("KSK-OTHER-0002"), e.getMessage());
    }

    @Test
    void aJournalFromANewerSoftwareVersionIsRefused() throws Exception {
        try (H2Journal journal = JournalFixture.open(dir)) {
            journal.open(JournalFixture.order(1000));
        }
        try (Connection c = DriverManager.getConnection(JournalLocation.in(dir).url(false), "kiosk", "");
             Statement st = c.createStatement()) {
            // A version far beyond any this software ships, recorded after the last one applied.
            st.executeUpdate("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "SELECT MAX(\"installed_rank\") + 1, '999', 'future', 'SQL', 'V999__future.sql', 1, 'kiosk', 1, TRUE FROM \"flyway_schema_history\"");
        }
        JournalUnavailableException e = assertThrows(JournalUnavailableException.class, () -> JournalFixture.open(dir));
        assertEquals(JournalFault.NEWER_SCHEMA, e.fault(), e.getMessage());
    }

    @Test
    void aFullDiskStopsTheJournalForGoodAndLosesNothingAcknowledged() {
        SimulatedDisk calibration = SimulatedDisk.reliable();
        SimulatedDiskFilePath.install(calibration);
        Path calibrationDir = dir.resolve("calibration");
        try (H2Journal journal = open(calibrationDir)) {
            assertTrue(journal.status().acceptsCash());
        }
        long openOperations = calibration.operations();

        SimulatedDisk disk = SimulatedDisk.fullAt(openOperations + 15);
        SimulatedDiskFilePath.install(disk);
        Path data = dir.resolve("data");
        List<Ack> acks = new ArrayList<>();
        H2Journal journal = open(data);
        JournalUnavailableException full = assertThrows(JournalUnavailableException.class,
                () -> new JournalWorkload(journal, new Random(7), acks::add).sessions(100));
        assertEquals(JournalFault.DISK_FULL, full.fault(), full.getMessage());
        assertFalse(journal.status().acceptsCash());
        assertEquals(JournalFault.DISK_FULL, journal.status().fault());
        assertTrue(journal.status().describe().startsWith("the disk holding the journal is full"), journal.status().describe());
        JournalUnavailableException next = assertThrows(JournalUnavailableException.class,
                () -> journal.escrowed(1, Yen.of(1000)));
        assertEquals(JournalFault.DISK_FULL, next.fault(), "the fault is sticky: no later note is taken on hope");
        journal.close();
        assertFalse(acks.isEmpty(), "the disk filled up only after some events");

        SimulatedDiskFilePath.install(SimulatedDisk.reliable());
        AckChecker.assertDurable(data, acks, 1, "after the disk filled up");
    }

    private static H2Journal open(Path dir) {
        return H2Journal.open(SimulatedDiskFilePath.location(dir), JournalFixture.KIOSK, "test", JournalFixture.CLOCK);
    }
}
