package jp.konbini.central;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.wire.RecordKind;
import jp.konbini.wire.RequestSignature;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadRequest;

/** Hand-made requests to the central server, signed right or deliberately wrong. */
public final class SignedRequests {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Random random = new Random(5);

    public SignedRequests(URI base) {
        this.base = base;
    }

    /** How to sign: the kiosk id sent, the secret used, the timestamp and the nonce. */
    public record Signing(String kioskId, byte[] secret, long epochSeconds, String nonce) {
        public static Signing now(String kioskId, byte[] secret) {
            return new Signing(kioskId, secret, Instant.now().getEpochSecond(), HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(
                    StandardCharsets.US_ASCII)).substring(0, 32));
        }
    }

    public HttpResponse<String> post(String path, byte[] body, Signing s) throws IOException, InterruptedException {
        String signature = RequestSignature.sign(s.secret(), "POST", path, s.kioskId(), s.epochSeconds(), s.nonce(), body);
        return http.send(HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header("Content-Type", "application/json")
                .header(RequestSignature.KIOSK_HEADER, s.kioskId())
                .header(RequestSignature.TIMESTAMP_HEADER, Long.toString(s.epochSeconds()))
                .header(RequestSignature.NONCE_HEADER, s.nonce())
                .header(RequestSignature.SIGNATURE_HEADER, signature)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, Signing s, String ifNoneMatch) throws IOException, InterruptedException {
        String signature = RequestSignature.sign(s.secret(), "GET", path, s.kioskId(), s.epochSeconds(), s.nonce(), new byte[0]);
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path.substring(1)))
                .header(RequestSignature.KIOSK_HEADER, s.kioskId())
                .header(RequestSignature.TIMESTAMP_HEADER, Long.toString(s.epochSeconds()))
                .header(RequestSignature.NONCE_HEADER, s.nonce())
                .header(RequestSignature.SIGNATURE_HEADER, signature);
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public byte[] upload(List<TopUpSubmission> records) throws IOException {
        return json.writeValueAsBytes(new UploadRequest(records));
    }

    /** A valid purchase record. */
    public TopUpSubmission purchase(long seq) {
        return record(seq, RecordKind.PURCHASE, 3000);
    }

    public TopUpSubmission record(long seq, RecordKind kind, long credited) {
        return new TopUpSubmission(UUID.randomUUID(), seq, kind, "PHONE", "09012345678", "bmobile-visitor-5gb-21d", "b-mobile", 21,
                new BigDecimal("5"), 3000, credited, ClaimCode.random(random).value(), "2026-11-22T05:00:00Z", "2026-11-22T05:01:00Z");
    }
}
