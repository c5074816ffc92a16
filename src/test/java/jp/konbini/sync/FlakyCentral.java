package jp.konbini.sync;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import jp.konbini.wire.RequestSignature;

/**
 * An unreliable front for the real central server: per request it may answer 503 with
 * Retry-After or 500 without passing the request on, or pass it on (so the server commits) and
 * then answer 500, answer only after the client's timeout, cut the answer off half-way, or answer
 * with a stale earlier answer instead of this one. Seeded, so a failing run replays.
 */
final class FlakyCentral implements AutoCloseable {

    /** Probabilities per request. */
    record Odds(double unavailable, double error, double errorAfterCommit, double slow, int slowMillis, double dropAfterCommit,
                double staleAnswer) {
        static Odds none() {
            return new Odds(0, 0, 0, 0, 0, 0, 0);
        }
    }

    private static final List<String> PASSED_HEADERS = List.of(RequestSignature.KIOSK_HEADER, RequestSignature.TIMESTAMP_HEADER,
            RequestSignature.NONCE_HEADER, RequestSignature.SIGNATURE_HEADER, "Content-Type", "If-None-Match");

    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(32);
    private final URI target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Random random;
    private final List<byte[]> answers = new ArrayList<>();
    private volatile Odds odds = Odds.none();
    final AtomicLong requests = new AtomicLong();
    final AtomicLong unavailable = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong errorsAfterCommit = new AtomicLong();
    final AtomicLong slow = new AtomicLong();
    final AtomicLong droppedAfterCommit = new AtomicLong();
    final AtomicLong stale = new AtomicLong();

    FlakyCentral(URI target, long seed) throws IOException {
        this.target = target;
        this.random = new Random(seed);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    void odds(Odds o) {
        odds = o;
    }

    private synchronized double roll() {
        return random.nextDouble();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Odds o = odds;
            double r = roll();
            if ((r -= o.unavailable()) < 0) {
                unavailable.incrementAndGet();
                exchange.getResponseHeaders().add("Retry-After", roll() < 0.5 ? "0" : "1");
                send(exchange, 503, "{\"error\":\"unavailable\"}".getBytes());
                return;
            }
            if ((r -= o.error()) < 0) {
                errors.incrementAndGet();
                send(exchange, 500, "{\"error\":\"boom\"}".getBytes());
                return;
            }
            HttpResponse<byte[]> real = forward(exchange, body);
            byte[] answer = real.body();
            if (real.statusCode() == 200 && exchange.getRequestURI().getPath().equals("/v1/topups")) {
                synchronized (answers) {
                    answers.add(answer);
                }
            }
            if ((r -= o.errorAfterCommit()) < 0) {
                errorsAfterCommit.incrementAndGet();
                send(exchange, 500, "{\"error\":\"lost\"}".getBytes());
                return;
            }
            if ((r -= o.slow()) < 0) {
                slow.incrementAndGet();
                Thread.sleep(o.slowMillis());
            } else if ((r -= o.dropAfterCommit()) < 0) {
                droppedAfterCommit.incrementAndGet();
                exchange.sendResponseHeaders(200, answer.length);
                OutputStream out = exchange.getResponseBody();
                out.write(answer, 0, answer.length / 2);
                out.flush();
                return; // closing the exchange with the body short: the client sees the connection end mid-answer
            } else if ((r -= o.staleAnswer()) < 0 && real.statusCode() == 200 && exchange.getRequestURI().getPath().equals("/v1/topups")) {
                byte[] old;
                synchronized (answers) {
                    old = answers.get((int) (roll() * answers.size()));
                }
                stale.incrementAndGet();
                answer = old;
            }
            real.headers().firstValue("ETag").ifPresent(v -> exchange.getResponseHeaders().add("ETag", v));
            send(exchange, real.statusCode(), answer);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client hung up (it timed out); nothing to answer.
        }
    }

    private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().getPath().substring(1)))
                .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String name : PASSED_HEADERS) {
            String value = exchange.getRequestHeaders().getFirst(name);
            if (value != null) {
                request.header(name, value);
            }
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
