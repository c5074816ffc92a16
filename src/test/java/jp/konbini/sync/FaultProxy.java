package jp.konbini.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that damages traffic on purpose (Toxiproxy's job, which is not
 * available here): per chunk it may add latency, cut a request short, drop a response the server
 * already sent (the server committed, the client never hears it), or reset the connection; it can
 * also play dead (refuse everything) or half-open (accept and never answer). Seeded: a failing
 * run replays.
 */
final class FaultProxy implements AutoCloseable {

    /** Probabilities per chunk forwarded; zero everywhere forwards faithfully. */
    record Faults(double cutRequest, double dropResponse, double resetResponse, double latency, int latencyMillis, double halfOpen) {
        static Faults none() {
            return new Faults(0, 0, 0, 0, 0, 0);
        }
    }

    private final ServerSocket listener;
    private final int targetPort;
    private final Random random;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Faults faults = Faults.none();
    private volatile boolean down;
    private volatile boolean halfOpenNext;
    private volatile boolean closed;
    final AtomicLong connections = new AtomicLong();
    final AtomicLong cutRequests = new AtomicLong();
    final AtomicLong droppedResponses = new AtomicLong();
    final AtomicLong resets = new AtomicLong();
    final AtomicLong delays = new AtomicLong();
    final AtomicLong halfOpens = new AtomicLong();
    final AtomicLong refused = new AtomicLong();

    FaultProxy(int targetPort, long seed) throws IOException {
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.random = new Random(seed);
        Thread acceptor = new Thread(this::accept, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    void faults(Faults f) {
        faults = f;
    }

    /** The next connection accepted is half-open, whatever the odds say. */
    void halfOpenNext() {
        halfOpenNext = true;
    }

    /** Down: every connection, open or new, is closed at once (the server's host is unreachable). */
    void down(boolean isDown) {
        down = isDown;
        if (isDown) {
            open.forEach(FaultProxy::closeQuietly);
        }
    }

    private synchronized boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                connections.incrementAndGet();
                if (down) {
                    refused.incrementAndGet();
                    reset(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                boolean halfOpen = halfOpenNext || chance(faults.halfOpen());
                halfOpenNext = false;
                if (halfOpen) {
                    halfOpens.incrementAndGet();
                }
                pump(client, server, true, halfOpen);
                pump(server, client, false, halfOpen);
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, boolean request, boolean halfOpen) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (halfOpen) {
                        continue; // swallow everything: the peer waits until its timeout
                    }
                    Faults f = faults;
                    if (chance(f.latency())) {
                        delays.incrementAndGet();
                        Thread.sleep(f.latencyMillis());
                    }
                    if (request && chance(f.cutRequest())) {
                        cutRequests.incrementAndGet();
                        out.write(buffer, 0, Math.max(1, n / 2));
                        out.flush();
                        break;
                    }
                    if (!request && chance(f.dropResponse())) {
                        droppedResponses.incrementAndGet();
                        break;
                    }
                    if (!request && chance(f.resetResponse())) {
                        resets.incrementAndGet();
                        out.write(buffer, 0, Math.max(1, n / 3));
                        out.flush();
                        reset(to);
                        break;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // One side went away; the other follows below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Closes with SO_LINGER 0: the peer sees a reset, not an orderly end. */
    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0);
        } catch (SocketException ignored) {
            // Already closed.
        }
        closeQuietly(s);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Closing is all we wanted.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        listener.close();
        open.forEach(FaultProxy::closeQuietly);
    }
}
