package jp.konbini.device.serial;

import com.sun.jna.Library;
import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Structure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;

/**
 * The device end of a new pseudo-terminal (POSIX {@code posix_openpt}, no packages needed): a
 * simulator reads and writes here, and the driver opens {@link #devicePath()} like any serial
 * port. Closing it is, for the driver, the device being unplugged.
 */
public final class PseudoTerminal implements SerialLink {

    private static final int O_RDWR = 2;
    private static final int O_NOCTTY = 0x100;
    private static final short POLLIN = 0x1;
    private static final int EINTR = 4;
    private static final int EIO = 5;

    /** The C library calls used; loaded once per terminal (JNA caches the library itself). */
    interface LibC extends Library {
        int posix_openpt(int flags) throws LastErrorException;

        int grantpt(int fd) throws LastErrorException;

        int unlockpt(int fd) throws LastErrorException;

        String ptsname(int fd);

        NativeLong read(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

        NativeLong write(int fd, byte[] buffer, NativeLong count) throws LastErrorException;

        int poll(PollFd[] fds, int count, int timeoutMillis) throws LastErrorException;

        int close(int fd);
    }

    /** {@code struct pollfd}. */
    @Structure.FieldOrder({"fd", "events", "revents"})
    public static final class PollFd extends Structure {
        public int fd;
        public short events;
        public short revents;
    }

    private final LibC libc;
    private final int fd;
    private final String devicePath;
    private volatile boolean open = true;

    private PseudoTerminal(LibC libc, int fd, String devicePath) {
        this.libc = libc;
        this.fd = fd;
        this.devicePath = devicePath;
    }

    /** Creates a new pseudo-terminal; its device end is at {@link #devicePath()}. */
    public static PseudoTerminal create() {
        LibC libc = Native.load("c", LibC.class);
        try {
            int fd = libc.posix_openpt(O_RDWR | O_NOCTTY);
            libc.grantpt(fd);
            libc.unlockpt(fd);
            return new PseudoTerminal(libc, fd, libc.ptsname(fd));
        } catch (LastErrorException e) {
            throw new SerialLinkException("cannot create a pseudo-terminal (errno " + e.getErrorCode() + ")", e);
        }
    }

    /** The path a driver opens, e.g. {@code /dev/pts/3}. */
    public String devicePath() {
        return devicePath;
    }

    /**
     * Points {@code link} at this terminal (replacing an older link), as udev gives a replugged
     * device the same stable name.
     */
    public void linkAs(Path link) {
        try {
            Path temporary = link.resolveSibling(link.getFileName() + ".new");
            Files.deleteIfExists(temporary);
            Files.createSymbolicLink(temporary, Path.of(devicePath));
            Files.move(temporary, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SerialLinkException("cannot link " + link + " to " + devicePath, e);
        }
    }

    @Override
    public String name() {
        return "pty:" + devicePath;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) {
        requireOpen();
        PollFd[] fds = (PollFd[]) new PollFd().toArray(1);
        fds[0].fd = fd;
        fds[0].events = POLLIN;
        try {
            int ready = libc.poll(fds, 1, (int) Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis())));
            if (ready == 0) {
                return 0;
            }
            byte[] chunk = offset == 0 ? buffer : new byte[length];
            int n = libc.read(fd, chunk, new NativeLong(length)).intValue();
            if (n <= 0) {
                // EIO from the master end: nobody has the device end open (yet, or any more).
                return 0;
            }
            if (chunk != buffer) {
                System.arraycopy(chunk, 0, buffer, offset, n);
            }
            return n;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == EINTR || e.getErrorCode() == EIO) {
                return 0;
            }
            throw new SerialLinkException("pseudo-terminal " + devicePath + " failed (errno " + e.getErrorCode() + ")", e);
        }
    }

    @Override
    public void write(byte[] bytes) {
        requireOpen();
        int written = 0;
        while (written < bytes.length) {
            byte[] rest = written == 0 ? bytes : Arrays.copyOfRange(bytes, written, bytes.length);
            try {
                written += libc.write(fd, rest, new NativeLong(rest.length)).intValue();
            } catch (LastErrorException e) {
                throw new SerialLinkException("pseudo-terminal " + devicePath + " write failed (errno " + e.getErrorCode() + ")", e);
            }
        }
    }

    @Override
    public void discardInput() {
        byte[] sink = new byte[4096];
        while (read(sink, 0, sink.length, Duration.ZERO) > 0) {
            // drain
        }
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            libc.close(fd);
        }
    }

    private void requireOpen() {
        if (!open) {
            throw new SerialLinkException("pseudo-terminal " + devicePath + " is closed");
        }
    }
}
