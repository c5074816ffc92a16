package jp.konbini.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32C;
import org.h2.store.fs.FilePath;

/**
 * The credit point's write-ahead record ({@code journal.credits}, decision 0042). At VEND VALID the
 * acceptor waits for our ACK, and the journal's full credit (an H2 commit plus CHECKPOINT SYNC
 * writes a 12–16 KB chunk; p99 4–5 ms on this kind of disk) would hold it that long. Instead one
 * 64-byte record goes into a preallocated file and is fdatasynced, the ACK leaves, and the journal
 * rows follow at once. When the journal opens, every record whose note is still STACK-sent is
 * credited, so a crash between the two writes loses nothing.
 *
 * <p>Replaying a record whose note is already credited changes nothing, so the file is a ring of
 * fixed slots that is never truncated, and no write changes its size (fdatasync needs no
 * metadata). A slot half-written when the power went fails its checksum and is ignored: its fsync
 * never returned, so its note was never ACKed.
 */
final class CreditLog implements AutoCloseable {

    static final String FILE_NAME = "journal.credits";
    static final int SLOTS = 1024;
    static final int SLOT_BYTES = 64;
    private static final int MAGIC = 0x4B435231; // "KCR1"
    private static final int CHECKED_BYTES = SLOT_BYTES - Integer.BYTES;

    /** One credit that reached the credit point. */
    record Entry(int slot, long logSeq, long noteId, long topUpSeq, long yen, long atMicros) {
    }

    private final FileChannel channel;
    private final List<Entry> found;
    private long nextSeq;
    private int nextSlot;

    private CreditLog(FileChannel channel, List<Entry> found) {
        this.channel = channel;
        this.found = found;
        Entry newest = found.isEmpty() ? null : found.get(found.size() - 1);
        this.nextSeq = newest == null ? 1 : newest.logSeq() + 1;
        this.nextSlot = newest == null ? 0 : (newest.slot() + 1) % SLOTS;
    }

    /**
     * Opens (creating and preallocating if needed) the credit log beside the journal, through the
     * journal's own file system, and reads every intact record in it.
     */
    static CreditLog open(JournalLocation location) throws IOException {
        FileChannel channel = path(location).open("rw");
        try {
            List<Entry> entries = read(channel);
            if (channel.size() < (long) SLOTS * SLOT_BYTES) {
                preallocate(channel);
            }
            return new CreditLog(channel, entries);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads the records of an existing credit log without changing it; none if there is no file. */
    static List<Entry> readOnly(JournalLocation location) throws IOException {
        FilePath path = path(location);
        if (!path.exists()) {
            return List.of();
        }
        try (FileChannel channel = path.open("r")) {
            return read(channel);
        }
    }

    /** The log beside the journal, on the journal's own file system (so the power-cut disk covers it). */
    private static FilePath path(JournalLocation location) {
        return FilePath.get(location.fileSystem() + location.dataDir().resolve(FILE_NAME));
    }

    /** The intact records found when the log was opened, oldest first. */
    List<Entry> entries() {
        return List.copyOf(found);
    }

    /** Writes one credit into the next slot and forces it to the device; returns once it is there. */
    Entry append(long noteId, long topUpSeq, long yen, long atMicros) throws IOException {
        Entry entry = new Entry(nextSlot, nextSeq, noteId, topUpSeq, yen, atMicros);
        ByteBuffer slot = encode(entry);
        long position = (long) nextSlot * SLOT_BYTES;
        while (slot.hasRemaining()) {
            position += channel.write(slot, position);
        }
        channel.force(false);
        nextSeq++;
        nextSlot = (nextSlot + 1) % SLOTS;
        return entry;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Every record was forced when it was written; closing cannot lose one.
        }
    }

    private static List<Entry> read(FileChannel channel) throws IOException {
        long slots = Math.min(SLOTS, channel.size() / SLOT_BYTES);
        List<Entry> entries = new ArrayList<>();
        ByteBuffer slot = ByteBuffer.allocate(SLOT_BYTES);
        for (int i = 0; i < slots; i++) {
            slot.clear();
            long position = (long) i * SLOT_BYTES;
            while (slot.hasRemaining()) {
                int n = channel.read(slot, position + slot.position());
                if (n < 0) {
                    break;
                }
            }
            slot.flip();
            Entry entry = decode(i, slot);
            if (entry != null) {
                entries.add(entry);
            }
        }
        entries.sort(Comparator.comparingLong(Entry::logSeq));
        return entries;
    }

    /** Zeros from the last whole slot to the end, in one write, forced with the file's new size. */
    private static void preallocate(FileChannel channel) throws IOException {
        long from = channel.size() / SLOT_BYTES * SLOT_BYTES;
        ByteBuffer zeros = ByteBuffer.allocate((int) ((long) SLOTS * SLOT_BYTES - from));
        while (zeros.hasRemaining()) {
            channel.write(zeros, from + zeros.position());
        }
        channel.force(true);
    }

    private static ByteBuffer encode(Entry e) {
        ByteBuffer b = ByteBuffer.allocate(SLOT_BYTES);
        b.putInt(MAGIC).putLong(e.logSeq()).putLong(e.noteId()).putLong(e.topUpSeq()).putLong(e.yen()).putLong(e.atMicros());
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, CHECKED_BYTES);
        b.putInt(CHECKED_BYTES, (int) crc.getValue());
        b.rewind();
        return b;
    }

    private static Entry decode(int slot, ByteBuffer b) {
        if (b.remaining() < SLOT_BYTES || b.getInt(0) != MAGIC) {
            return null;
        }
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, CHECKED_BYTES);
        if ((int) crc.getValue() != b.getInt(CHECKED_BYTES)) {
            return null;
        }
        return new Entry(slot, b.getLong(4), b.getLong(12), b.getLong(20), b.getLong(28), b.getLong(36));
    }
}
