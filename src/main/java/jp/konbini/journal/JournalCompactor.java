package jp.konbini.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Shrinks a journal by rebuilding it. The journal never reuses file space (see
 * {@link JournalLocation#SETTINGS}), so it only grows while the kiosk runs; a rebuild copies every
 * row into a fresh file, checks that the copy verifies and holds exactly the same events, and only
 * then replaces the original with one atomic rename. A crash at any point leaves either the old
 * journal or the complete new one, never a mix. Run it with the journal closed, before taking cash.
 */
public final class JournalCompactor {

    /** Rebuild when the file is larger than this (roughly a week of a busy kiosk). */
    public static final long DEFAULT_THRESHOLD_BYTES = 64L * 1024 * 1024;

    static final String REBUILD_NAME = "journal-rebuild";
    private static final String SCRIPT_NAME = "journal-rebuild.sql";

    private final JournalLocation location;

    public JournalCompactor(JournalLocation location) {
        this.location = location;
    }

    /** What a rebuild did, for the log and the technician. */
    public record Result(boolean rebuilt, long bytesBefore, long bytesAfter, long events) {
    }

    /** Rebuilds only when the journal file is larger than {@code thresholdBytes}. */
    public Result compactIfLargerThan(long thresholdBytes) {
        removeLeftovers();
        long size = sizeOf(location.databaseFile());
        return size > thresholdBytes ? compact() : new Result(false, size, size, 0);
    }

    /**
     * Rebuilds the journal now.
     *
     * @throws JournalUnavailableException when the journal cannot be read or the copy does not
     *                                     match it; the original is then left as it was
     */
    public Result compact() {
        removeLeftovers();
        Path rebuilt = location.dataDir().resolve(REBUILD_NAME + ".mv.db");
        long before = sizeOf(location.databaseFile());
        List<MoneyEvent> original;
        try (ReadOnlyJournal source = ReadOnlyJournal.open(location)) {
            original = source.events();
            source.scriptTo(script());
        }
        try {
            copyInto(location.url(REBUILD_NAME, false));
            try (ReadOnlyJournal copy = ReadOnlyJournal.open(location, REBUILD_NAME)) {
                VerificationReport report = copy.verify();
                if (!report.ok() || !copy.events().equals(original)) {
                    throw new JournalUnavailableException(JournalFault.IO_ERROR,
                            "the rebuilt journal does not match the original; the original is kept " + report.problems(), null);
                }
            }
            Files.move(rebuilt, location.databaseFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory(location.dataDir());
        } catch (IOException e) {
            throw new JournalUnavailableException(JournalFault.IO_ERROR, "rebuilding the journal failed; the original is kept: " + e, e);
        } finally {
            removeLeftovers();
        }
        return new Result(true, before, sizeOf(location.databaseFile()), original.size());
    }

    /** Runs the script into a new database and forces it to disk before it is ever renamed into place. */
    private void copyInto(String url) {
        try (Connection target = DriverManager.getConnection(url, JournalDatabase.USER, JournalDatabase.PASSWORD);
             Statement st = target.createStatement()) {
            st.execute("RUNSCRIPT FROM '" + script().toString().replace("'", "''") + "'");
            st.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw Faults.unavailable(e);
        }
    }

    /** An earlier rebuild interrupted by a crash leaves its files behind; they are never used. */
    private void removeLeftovers() {
        Path dir = location.dataDir();
        try {
            Files.deleteIfExists(dir.resolve(REBUILD_NAME + ".mv.db"));
            Files.deleteIfExists(dir.resolve(REBUILD_NAME + ".trace.db"));
            Files.deleteIfExists(script());
        } catch (IOException e) {
            throw new JournalUnavailableException(JournalFault.NOT_WRITABLE, "cannot remove an earlier rebuild's files: " + e, e);
        }
    }

    private Path script() {
        return location.dataDir().resolve(SCRIPT_NAME);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new JournalUnavailableException(JournalFault.IO_ERROR, "cannot read " + file + ": " + e, e);
        }
    }

    /** Makes the rename itself durable: the directory entry is what a power cut would otherwise lose. */
    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }
}
