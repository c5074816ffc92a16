package jp.konbini.device.serial;

import java.time.Duration;

/**
 * A byte stream to or from a device: a real serial port, a pseudo-terminal, or an in-memory line.
 * One thread owns a link at a time (the device's thread); it is not shared.
 */
public interface SerialLink extends AutoCloseable {

    /** Where this link goes, for logs and technicians (a port path, {@code pty:/dev/pts/3}, ...). */
    String name();

    boolean isOpen();

    /**
     * Reads what has arrived, waiting at most {@code timeout} for the first byte.
     *
     * @return the number of bytes read; 0 when nothing arrived in time
     * @throws SerialLinkException when the line is gone (device unplugged, port closed)
     */
    int read(byte[] buffer, int offset, int length, Duration timeout);

    /** Writes all of {@code bytes}, blocking while the line's flow control holds them back. */
    void write(byte[] bytes);

    /** Drops input that arrived before now (stale bytes from before a new conversation). */
    void discardInput();

    @Override
    void close();
}
