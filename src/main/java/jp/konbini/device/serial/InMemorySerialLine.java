package jp.konbini.device.serial;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two {@link SerialLink} ends joined in memory: what one writes, the other reads. For tests and
 * demos that need no operating-system terminal. Unplugging closes both ends.
 */
public final class InMemorySerialLine {

    private final Pipe toDevice = new Pipe();
    private final Pipe toHost = new Pipe();
    private final End host = new End("memory:host", toHost, toDevice);
    private final End device = new End("memory:device", toDevice, toHost);

    /** The end the driver uses. */
    public SerialLink host() {
        return host;
    }

    /** The end the device (simulator) uses. */
    public SerialLink device() {
        return device;
    }

    /** Cuts the line: both ends fail from now on, as if the cable were pulled. */
    public void unplug() {
        toDevice.close();
        toHost.close();
    }

    /** A bounded-less byte queue with a blocking, time-limited read. */
    private static final class Pipe {
        private final ReentrantLock lock = new ReentrantLock();
        private final Condition arrived = lock.newCondition();
        private byte[] data = new byte[256];
        private int head;
        private int tail;
        private boolean closed;

        void write(byte[] bytes) {
            lock.lock();
            try {
                if (closed) {
                    throw new SerialLinkException("in-memory line unplugged");
                }
                ensureRoom(bytes.length);
                System.arraycopy(bytes, 0, data, tail, bytes.length);
                tail += bytes.length;
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
        }

        int read(byte[] buffer, int offset, int length, Duration timeout) {
            lock.lock();
            try {
                long nanos = timeout.toNanos();
                while (head == tail) {
                    if (closed) {
                        throw new SerialLinkException("in-memory line unplugged");
                    }
                    if (nanos <= 0) {
                        return 0;
                    }
                    nanos = arrived.awaitNanos(nanos);
                }
                int n = Math.min(length, tail - head);
                System.arraycopy(data, head, buffer, offset, n);
                head += n;
                return n;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            } finally {
                lock.unlock();
            }
        }

        void clear() {
            lock.lock();
            try {
                head = tail;
            } finally {
                lock.unlock();
            }
        }

        void close() {
            lock.lock();
            try {
                closed = true;
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
        }

        boolean isClosed() {
            lock.lock();
            try {
                return closed;
            } finally {
                lock.unlock();
            }
        }

        private void ensureRoom(int more) {
            if (head > 0) {
                System.arraycopy(data, head, data, 0, tail - head);
                tail -= head;
                head = 0;
            }
            if (tail + more > data.length) {
                byte[] bigger = new byte[Math.max(data.length * 2, tail + more)];
                System.arraycopy(data, 0, bigger, 0, tail);
                data = bigger;
            }
        }
    }

    /** One end: reads from one pipe, writes to the other. */
    private static final class End implements SerialLink {
        private final String name;
        private final Pipe in;
        private final Pipe out;

        End(String name, Pipe in, Pipe out) {
            this.name = name;
            this.in = in;
            this.out = out;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean isOpen() {
            return !in.isClosed();
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) {
            return in.read(buffer, offset, length, timeout);
        }

        @Override
        public void write(byte[] bytes) {
            out.write(bytes.clone());
        }

        @Override
        public void discardInput() {
            in.clear();
        }

        @Override
        public void close() {
            in.close();
            out.close();
        }
    }

}
