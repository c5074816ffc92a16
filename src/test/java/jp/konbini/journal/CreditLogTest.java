package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credit point's write-ahead file on its own: preallocated, a ring, and deaf to torn or foreign bytes. */
class CreditLogTest {

    @TempDir
    Path dir;

    private JournalLocation location() {
        return JournalLocation.in(dir);
    }

    private Path file() {
        return dir.resolve(CreditLog.FILE_NAME);
    }

    @Test
    void isPreallocatedSoNoRecordChangesTheFileSize() throws IOException {
        try (CreditLog log = CreditLog.open(location())) {
            assertEquals((long) CreditLog.SLOTS * CreditLog.SLOT_BYTES, Files.size(file()));
            log.append(1, 1, 1000, 10);
            assertEquals((long) CreditLog.SLOTS * CreditLog.SLOT_BYTES, Files.size(file()));
        }
    }

    @Test
    void recordsAreReadBackInOrderAfterReopening() throws IOException {
        try (CreditLog log = CreditLog.open(location())) {
            log.append(7, 3, 5000, 100);
            log.append(8, 3, 1000, 200);
        }
        try (CreditLog log = CreditLog.open(location())) {
            assertEquals(List.of(new CreditLog.Entry(0, 1, 7, 3, 5000, 100), new CreditLog.Entry(1, 2, 8, 3, 1000, 200)), log.entries());
            assertEquals(2, log.append(9, 4, 2000, 300).slot(), "the next record goes after the newest");
        }
        assertEquals(3, CreditLog.readOnly(location()).size());
    }

    @Test
    void wrapsAroundOverTheOldestRecords() throws IOException {
        int written = CreditLog.SLOTS + 5;
        try (CreditLog log = CreditLog.open(location())) {
            for (int i = 1; i <= written; i++) {
                log.append(i, i, 1000, i);
            }
        }
        try (CreditLog log = CreditLog.open(location())) {
            List<CreditLog.Entry> entries = log.entries();
            assertEquals(CreditLog.SLOTS, entries.size());
            assertEquals(written - CreditLog.SLOTS + 1, entries.get(0).noteId(), "the oldest left is the one after those overwritten");
            assertEquals(written, entries.get(entries.size() - 1).noteId());
            assertEquals(5, log.append(99, 99, 1000, 99).slot());
        }
    }

    @Test
    void aTornOrCorruptSlotIsIgnored() throws IOException {
        try (CreditLog log = CreditLog.open(location())) {
            log.append(1, 1, 1000, 10);
            log.append(2, 1, 2000, 20);
            log.append(3, 1, 5000, 30);
        }
        try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {0x55}), CreditLog.SLOT_BYTES + 20);          // a flipped byte in the second
            ch.write(ByteBuffer.allocate(CreditLog.SLOT_BYTES / 2), 2L * CreditLog.SLOT_BYTES + 32); // the third half-written
        }
        List<CreditLog.Entry> entries = CreditLog.readOnly(location());
        assertEquals(List.of(1L), entries.stream().map(CreditLog.Entry::noteId).toList());
    }

    @Test
    void aShortFileFromACutDuringCreationIsCompletedKeepingItsRecords() throws IOException {
        try (CreditLog log = CreditLog.open(location())) {
            log.append(1, 1, 1000, 10);
        }
        try (FileChannel ch = FileChannel.open(file(), StandardOpenOption.WRITE)) {
            ch.truncate(CreditLog.SLOT_BYTES + 10);
        }
        try (CreditLog log = CreditLog.open(location())) {
            assertEquals(1, log.entries().size());
            assertEquals((long) CreditLog.SLOTS * CreditLog.SLOT_BYTES, Files.size(file()));
        }
    }

    @Test
    void noFileMeansNoRecordsForAReader() throws IOException {
        assertTrue(CreditLog.readOnly(location()).isEmpty());
        assertTrue(Files.notExists(file()), "reading creates nothing");
    }
}
