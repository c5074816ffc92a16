package jp.konbini.central.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import jp.konbini.central.apply.AuditLogReader;
import jp.konbini.central.apply.AuditReceiver;
import jp.konbini.central.apply.BatchApplier;
import jp.konbini.central.apply.FleetReader;
import jp.konbini.central.apply.HeartbeatLog;
import jp.konbini.central.apply.NonceReusedException;
import jp.konbini.central.auth.AuthenticationFailure;
import jp.konbini.central.auth.RequestAuthenticator;
import jp.konbini.wire.AuditBatch;
import jp.konbini.wire.AuditResponse;
import jp.konbini.wire.ErrorBody;
import jp.konbini.wire.Heartbeat;
import jp.konbini.wire.RequestSignature;
import jp.konbini.wire.ServerTime;
import jp.konbini.wire.UploadRequest;
import jp.konbini.wire.UploadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central server's HTTP API (JSON, versioned paths) and the fleet page, on Javalin. Every
 * kiosk request is authenticated before its body is parsed; a body that is too large or not a
 * valid message is answered 400 with a JSON error; nothing unexpected is ever answered as a bare
 * 500 page. Only this package knows Javalin.
 */
public final class CentralHttp {

    public static final String UPLOAD_PATH = "/v1/topups";
    public static final String HEARTBEAT_PATH = "/v1/heartbeat";
    public static final String CATALOG_PATH = "/v1/catalog";
    public static final String HEALTH_PATH = "/v1/health";
    public static final String FLEET_PATH = "/fleet";
    public static final String AUDIT_PATH = "/v1/audit";
    /** Far above a 500-record batch (about 200 KB), far below what could hurt the server. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private static final Logger LOG = LoggerFactory.getLogger(CentralHttp.class);

    private final BatchApplier applier;
    private final RequestAuthenticator authenticator;
    private final HeartbeatLog heartbeats;
    private final FleetReader fleet;
    private final Optional<byte[]> catalog;
    private final Clock clock;
    private final AuditReceiver audit;
    private final AuditLogReader auditLog;
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * @param catalog the product catalogue (JSON) kiosks download, when one is published
     */
    public CentralHttp(BatchApplier applier, RequestAuthenticator authenticator, HeartbeatLog heartbeats, FleetReader fleet,
                       Optional<byte[]> catalog, Clock clock, AuditReceiver audit, AuditLogReader auditLog) {
        this.applier = applier;
        this.authenticator = authenticator;
        this.heartbeats = heartbeats;
        this.fleet = fleet;
        this.catalog = catalog;
        this.clock = clock;
        this.audit = audit;
        this.auditLog = auditLog;
    }

    /** Starts listening; {@code port} 0 picks a free one. */
    public Listening start(String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = MAX_BODY_BYTES * 2L;
            config.routes.get(HEALTH_PATH, ctx -> ok(ctx, Map.of("ok", true)));
            config.routes.post(UPLOAD_PATH, this::upload);
            config.routes.post(HEARTBEAT_PATH, this::heartbeat);
            config.routes.get(CATALOG_PATH, this::catalog);
            config.routes.post(AUDIT_PATH, this::audit);
            config.routes.get(FLEET_PATH, ctx -> ctx.html(FleetPage.render(fleet.fleet(50), auditLog.latest(AuditSection.LATEST), clock.instant())));
            config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, 400, e.code(), e.getMessage()));
            config.routes.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, 400, "malformed-json", e.getOriginalMessage()));
            config.routes.exception(AuthenticationFailure.class, (e, ctx) -> {
                LOG.warn("refused {} {} from {}: {} ({})", ctx.method(), ctx.path(), ctx.ip(), e.code(), e.getMessage());
                error(ctx, 401, e.code(), e.getMessage());
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, 500, "server-error", "the server could not complete the request; nothing was stored; send it again");
            });
            config.routes.error(404, ctx -> {
                if (!ctx.path().equals(CATALOG_PATH)) {
                    error(ctx, 404, "not-found", "no such resource: " + ctx.method() + " " + ctx.path());
                }
            });
            config.routes.error(405, ctx -> error(ctx, 405, "method-not-allowed", ctx.method() + " " + ctx.path()));
        });
        app.start(host, port);
        return new Listening() {
            @Override
            public int port() {
                return app.port();
            }

            @Override
            public void close() {
                app.stop();
            }
        };
    }

    private void upload(Context ctx) throws IOException {
        byte[] body = body(ctx);
        RequestAuthenticator.Signed signed = authenticator.verify(ctx.method().name(), ctx.path(), ctx::header, body);
        UploadRequest request = json.readValue(body, UploadRequest.class);
        UploadResponse response;
        try {
            response = applier.apply(signed.kioskId(), Optional.of(signed.nonce()), UploadCheck.check(request));
        } catch (NonceReusedException e) {
            throw RequestAuthenticator.reusedNonce();
        }
        ok(ctx, response);
    }

    private void heartbeat(Context ctx) throws IOException {
        byte[] body = body(ctx);
        String kioskId = authenticate(ctx, body);
        Heartbeat heartbeat = HeartbeatCheck.check(json.readValue(body, Heartbeat.class));
        heartbeats.save(kioskId, heartbeat, clock.instant());
        ok(ctx, new ServerTime(clock.instant().toString()));
    }

    /** An audit batch: 200 when stored (or held already), 409 with the reason when refused whole (gap, broken chain, conflict). */
    private void audit(Context ctx) throws IOException {
        byte[] body = body(ctx);
        String kioskId = authenticate(ctx, body);
        AuditResponse response = audit.receive(kioskId, AuditCheck.check(kioskId, json.readValue(body, AuditBatch.class)));
        ctx.status(response.accepted() ? 200 : 409).contentType("application/json").result(json.writeValueAsBytes(response));
    }

    private void catalog(Context ctx) throws IOException {
        authenticate(ctx, new byte[0]);
        if (catalog.isEmpty()) {
            error(ctx, 404, "no-catalog", "no catalogue is published; kiosks keep theirs");
            return;
        }
        String etag = "\"" + HexFormat.of().formatHex(RequestSignature.sha256(catalog.get())) + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(catalog.get());
    }

    private String authenticate(Context ctx, byte[] body) {
        return authenticator.authenticate(ctx.method().name(), ctx.path(), ctx::header, body);
    }

    /** Reads at most {@link #MAX_BODY_BYTES}; a longer body is refused before it is parsed or authenticated. */
    private static byte[] body(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
            throw new BadRequest("body-too-large", "the body has " + length + " bytes; at most " + MAX_BODY_BYTES + " are read");
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
            if (body.length > MAX_BODY_BYTES) {
                throw new BadRequest("body-too-large", "the body exceeds " + MAX_BODY_BYTES + " bytes");
            }
            return body;
        }
    }

    private void ok(Context ctx, Object value) throws JsonProcessingException {
        ctx.status(200).contentType("application/json").result(json.writeValueAsBytes(value));
    }

    private void error(Context ctx, int status, String code, String detail) {
        try {
            ctx.status(status).contentType("application/json").result(json.writeValueAsBytes(new ErrorBody(code, detail)));
        } catch (JsonProcessingException e) {
            ctx.status(status).result("{\"error\":\"" + code + "\"}");
        }
    }
}
