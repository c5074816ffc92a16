package jp.konbini.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * H2's {@code simdisk:} file system: the real disk underneath, every file channel routed through
 * the current {@link SimulatedDisk}. H2 instantiates paths reflectively, so the disk in use is
 * held statically (test code only; tests using it run one at a time).
 */
public final class SimulatedDiskFilePath extends FilePathWrapper {

    static final String SCHEME = "simdisk";
    private static volatile SimulatedDisk disk = SimulatedDisk.reliable();

    static synchronized void install(SimulatedDisk simulated) {
        disk = simulated;
        FilePath.register(new SimulatedDiskFilePath());
    }

    static JournalLocation location(java.nio.file.Path dataDir) {
        return location(dataDir, "");
    }

    static JournalLocation location(java.nio.file.Path dataDir, String extraSettings) {
        return new JournalLocation(dataDir.toAbsolutePath().normalize(), SCHEME + ":", extraSettings);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        SimulatedDisk d = disk;
        d.checkReadable();
        FileChannel base = getBase().open(mode);
        d.opened(base);
        return new Channel(d, base, getBase().toRealPath().toString());
    }

    /** A file channel that tells the disk about every write, truncate and force. */
    private static final class Channel extends FileBase {
        private final SimulatedDisk disk;
        private final FileChannel base;
        private final String file;

        Channel(SimulatedDisk disk, FileChannel base, String file) {
            this.disk = disk;
            this.base = base;
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            disk.checkReadable();
            return base.read(dst, position);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            disk.checkReadable();
            return base.read(dst);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            disk.mutate();
            disk.beforeWrite(file, base, position, src.remaining());
            return base.write(src, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            disk.mutate();
            disk.beforeWrite(file, base, base.position(), src.remaining());
            return base.write(src);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            disk.mutate();
            disk.beforeTruncate(file, base, size);
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            disk.mutate();
            base.force(metaData);
            disk.forced(file, base);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            disk.checkReadable();
            return base.size();
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
