package jp.konbini.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A disk for H2 that remembers everything not yet forced, so a test can cut the power and keep
 * only what was fsynced (the LazyFS / SQLite crash-VFS idea), or fill up at a chosen moment.
 * Writes go to the real file at once; for each one the bytes it overwrote are kept, and a power
 * cut puts them back and truncates the file to its last forced length.
 */
final class SimulatedDisk {

    /** What happens when the operation budget runs out. */
    enum Failure { POWER_CUT, DISK_FULL }

    private final Map<String, Unforced> files = new HashMap<>();
    private final List<FileChannel> open = new ArrayList<>();
    private final long failAtOperation;
    private final Failure failure;
    private long operations;
    private boolean failed;

    private SimulatedDisk(long failAtOperation, Failure failure) {
        this.failAtOperation = failAtOperation;
        this.failure = failure;
    }

    static SimulatedDisk reliable() {
        return new SimulatedDisk(Long.MAX_VALUE, Failure.POWER_CUT);
    }

    /** The power goes at the {@code operation}-th write, truncate or force (1-based). */
    static SimulatedDisk cutPowerAt(long operation) {
        return new SimulatedDisk(operation, Failure.POWER_CUT);
    }

    /** The disk is full from the {@code operation}-th write on; reads keep working. */
    static SimulatedDisk fullAt(long operation) {
        return new SimulatedDisk(operation, Failure.DISK_FULL);
    }

    synchronized long operations() {
        return operations;
    }

    synchronized boolean failed() {
        return failed;
    }

    /** Bytes written since the last force, over all files: zero after every durable journal call. */
    synchronized long unforcedWrites() {
        return files.values().stream().mapToLong(u -> u.writes).sum();
    }

    synchronized void opened(FileChannel channel) {
        open.add(channel);
    }

    /** Counts one mutating operation; fails it (and, after a power cut, everything after) when due. */
    synchronized void mutate() throws IOException {
        if (failed && failure == Failure.POWER_CUT) {
            throw new IOException("power is off");
        }
        operations++;
        if (operations >= failAtOperation) {
            failed = true;
            throw new IOException(failure == Failure.POWER_CUT ? "power cut" : "No space left on device");
        }
    }

    synchronized void checkReadable() throws IOException {
        if (failed && failure == Failure.POWER_CUT) {
            throw new IOException("power is off");
        }
    }

    /** Remembers what {@code length} bytes at {@code position} held before they are overwritten. */
    synchronized void beforeWrite(String file, FileChannel channel, long position, int length) throws IOException {
        Unforced u = unforced(file, channel);
        u.writes += length;
        long end = Math.min(position + length, u.durableLength);
        if (position < end) {
            ByteBuffer old = ByteBuffer.allocate((int) (end - position));
            while (old.hasRemaining() && channel.read(old, position + old.position()) >= 0) {
                // read until full
            }
            u.undo.add(new Undo(position, old.array()));
        }
    }

    synchronized void beforeTruncate(String file, FileChannel channel, long newLength) throws IOException {
        Unforced u = unforced(file, channel);
        u.writes++;
        if (newLength < u.durableLength) {
            beforeWrite(file, channel, newLength, (int) (u.durableLength - newLength));
        }
    }

    synchronized void forced(String file, FileChannel channel) throws IOException {
        files.put(file, new Unforced(channel.size()));
    }

    /** The power goes: every open file is closed and loses all it was not forced to keep. */
    synchronized void powerOff() throws IOException {
        failed = true;
        for (FileChannel c : open) {
            try {
                c.close();
            } catch (IOException ignored) {
                // The machine is off; closing only releases our handles.
            }
        }
        for (Map.Entry<String, Unforced> e : files.entrySet()) {
            if (!java.nio.file.Files.exists(java.nio.file.Path.of(e.getKey()))) {
                continue; // deleted: metadata operations are taken as durable in this model
            }
            try (FileChannel f = FileChannel.open(java.nio.file.Path.of(e.getKey()),
                    java.nio.file.StandardOpenOption.WRITE)) {
                List<Undo> undo = e.getValue().undo;
                for (int i = undo.size() - 1; i >= 0; i--) {
                    f.write(ByteBuffer.wrap(undo.get(i).oldBytes), undo.get(i).position);
                }
                f.truncate(e.getValue().durableLength);
                f.force(true);
            }
        }
    }

    private Unforced unforced(String file, FileChannel channel) throws IOException {
        Unforced u = files.get(file);
        if (u == null) {
            // First touch since opening: what is on the disk now is what survived so far.
            u = new Unforced(channel.size());
            files.put(file, u);
        }
        return u;
    }

    private static final class Unforced {
        final long durableLength;
        final List<Undo> undo = new ArrayList<>();
        long writes;

        Unforced(long durableLength) {
            this.durableLength = durableLength;
        }
    }

    private record Undo(long position, byte[] oldBytes) {
    }
}
