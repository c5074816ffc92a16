package jp.konbini.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.random.RandomGenerator;
import javax.net.ssl.SSLContext;
import jp.konbini.wire.AuditBatch;
import jp.konbini.wire.AuditResponse;
import jp.konbini.wire.Heartbeat;
import jp.konbini.wire.RequestSignature;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadRequest;
import jp.konbini.wire.UploadResponse;

/**
 * The central server over HTTP(S) with the JDK's client: every request signed
 * ({@link RequestSignature}) with a fresh nonce, a bounded timeout, TLS pinned to the configured CA
 * for https. Failures become {@link CentralException}s whose kind says whether the request may
 * have been applied (timeouts, resets) or certainly was not.
 */
public final class HttpCentralClient implements CentralClient {

    private final URI base;
    private final String kioskId;
    private final byte[] secret;
    private final Duration timeout;
    private final Clock clock;
    private final RandomGenerator random;
    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /**
     * @param tls for an https URL, the context trusting only the pinned CA ({@link PinnedTls})
     */
    public HttpCentralClient(URI base, String kioskId, byte[] secret, Duration timeout, Optional<SSLContext> tls, Clock clock,
                             RandomGenerator random) {
        this.base = base;
        this.kioskId = kioskId;
        this.secret = secret.clone();
        this.timeout = timeout;
        this.clock = clock;
        this.random = random;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        tls.ifPresent(builder::sslContext);
        if (base.getScheme().equals("https") && tls.isEmpty()) {
            throw new IllegalArgumentException("an https central server is reached only through a pinned CA");
        }
        this.http = builder.build();
    }

    @Override
    public UploadResponse upload(List<TopUpSubmission> records) throws CentralException {
        return begin(records).await();
    }

    /** Sent on the client's own threads; the answer is checked and parsed by whoever awaits it. */
    @Override
    public UploadInFlight begin(List<TopUpSubmission> records) {
        CompletableFuture<HttpResponse<byte[]>> sending = http.sendAsync(request("POST", "/v1/topups", json(new UploadRequest(records)),
                Optional.empty()), HttpResponse.BodyHandlers.ofByteArray());
        return () -> {
            HttpResponse<byte[]> response = answerOf(sending);
            requireOk(response);
            return parse(response, UploadResponse.class);
        };
    }

    @Override
    public CatalogFetch catalog(Optional<String> etag) throws CentralException {
        HttpResponse<byte[]> response = send("GET", "/v1/catalog", new byte[0], etag);
        if (response.statusCode() == 304 || response.statusCode() == 404) {
            return CatalogFetch.unchanged();
        }
        requireOk(response);
        return new CatalogFetch(Optional.of(response.body()), response.headers().firstValue("ETag"));
    }

    @Override
    public void heartbeat(Heartbeat heartbeat) throws CentralException {
        requireOk(send("POST", "/v1/heartbeat", json(heartbeat), Optional.empty()));
    }

    private HttpResponse<byte[]> send(String method, String path, byte[] body, Optional<String> etag) throws CentralException {
        try {
            return http.send(request(method, path, body, etag), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw failure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CentralException(CentralException.Kind.UNREACHABLE, "interrupted", Optional.empty(), e);
        }
    }

    private HttpRequest request(String method, String path, byte[] body, Optional<String> etag) {
        long now = clock.instant().getEpochSecond();
        byte[] nonceBytes = new byte[16];
        random.nextBytes(nonceBytes);
        String nonce = HexFormat.of().formatHex(nonceBytes);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header(RequestSignature.KIOSK_HEADER, kioskId)
                .header(RequestSignature.TIMESTAMP_HEADER, Long.toString(now))
                .header(RequestSignature.NONCE_HEADER, nonce)
                .header(RequestSignature.SIGNATURE_HEADER, RequestSignature.sign(secret, method, path, kioskId, now, nonce, body))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        etag.ifPresent(tag -> request.header("If-None-Match", tag));
        return request.build();
    }

    /** Waits for the response (the request's own timeout bounds the wait). */
    private HttpResponse<byte[]> answerOf(CompletableFuture<HttpResponse<byte[]>> sending) throws CentralException {
        try {
            return sending.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw failure(io);
            }
            throw e.getCause() instanceof RuntimeException bug ? bug : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            sending.cancel(true);
            Thread.currentThread().interrupt();
            throw new CentralException(CentralException.Kind.UNREACHABLE, "interrupted", Optional.empty(), e);
        }
    }

    /** Timeouts and resets may follow a commit on the server: the records stay pending and go again. */
    private CentralException failure(IOException e) {
        if (e instanceof HttpTimeoutException) {
            return new CentralException(CentralException.Kind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms", Optional.empty(), e);
        }
        return new CentralException(CentralException.Kind.UNREACHABLE, e.getMessage() == null ? e.toString() : e.getMessage(), Optional.empty(), e);
    }

    private static void requireOk(HttpResponse<byte[]> response) throws CentralException {
        int status = response.statusCode();
        if (status == 200) {
            return;
        }
        String detail = "HTTP " + status + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        if (status == 429 || status >= 500) {
            throw new CentralException(CentralException.Kind.SERVER_BUSY, detail, retryAfter(response), null);
        }
        if (status == 401) {
            throw new CentralException(CentralException.Kind.UNAUTHORIZED, detail);
        }
        throw new CentralException(CentralException.Kind.REFUSED, detail);
    }

    /** {@code Retry-After} as delta-seconds or an HTTP date. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip()))));
            } catch (NumberFormatException e) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                    return Optional.of(Duration.between(java.time.Instant.now(), at.toInstant())).filter(d -> !d.isNegative());
                } catch (RuntimeException ignored) {
                    return Optional.empty();
                }
            }
        });
    }

    private <T> T parse(HttpResponse<byte[]> response, Class<T> type) throws CentralException {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            // A garbled answer may follow a commit on the server: the records stay pending and go again.
            throw new CentralException(CentralException.Kind.UNREACHABLE, "unreadable answer: " + e.getMessage(), Optional.empty(), e);
        }
    }

    private byte[] json(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    /** {@code POST /v1/audit}, signed like every request; a 409 carries the server's refusal as an {@link AuditResponse}. */
    @Override
    public AuditResponse uploadAudit(AuditBatch batch) throws CentralException {
        HttpResponse<byte[]> response = send("POST", "/v1/audit", json(batch), Optional.empty());
        if (response.statusCode() != 409) {
            requireOk(response);
        }
        return parse(response, AuditResponse.class);
    }
}
