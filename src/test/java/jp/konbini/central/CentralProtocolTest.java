package jp.konbini.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.konbini.wire.RecordKind;
import jp.konbini.wire.TopUpSubmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The protocol as a kiosk meets it, over loopback against the real server on H2 and on
 * PostgreSQL: idempotent answers per record, conflicts and gaps alerted, authentication failures
 * and bad bodies refused with nothing stored.
 */
class CentralProtocolTest {

    private static final String KIOSK = "KSK-PROTO-01";
    private static final String OTHER = "KSK-PROTO-02";
    private static final byte[] CATALOG = "{\"version\":\"2026-12-01.1\",\"products\":[]}".getBytes(StandardCharsets.UTF_8);

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private CentralFixture central;
    private SignedRequests requests;
    private byte[] secret;

    private void start(TestDatabases.Kind db) {
        central = CentralFixture.start(db, dir, true, Optional.of(CATALOG));
        requests = new SignedRequests(central.server().url());
        secret = central.register(KIOSK);
    }

    @AfterEach
    void stop() {
        if (central != null) {
            central.close();
        }
    }

    private JsonNode upload(List<TopUpSubmission> records) throws Exception {
        HttpResponse<String> r = requests.post("/v1/topups", requests.upload(records), SignedRequests.Signing.now(KIOSK, secret));
        assertEquals(200, r.statusCode(), r.body());
        return json.readTree(r.body());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aResendIsAnsweredWithTheStoredOutcomeAndAppliedOnce(TestDatabases.Kind db) throws Exception {
        start(db);
        TopUpSubmission first = requests.purchase(1);
        TopUpSubmission second = requests.record(2, RecordKind.CANCELLED, 0);
        JsonNode answer = upload(List.of(first, second));
        assertEquals("NEW", answer.at("/results/0/disposition").asText());
        assertEquals("APPLIED", answer.at("/results/0/outcome").asText());
        String expiry = answer.at("/results/0/newExpiry").asText();
        assertEquals("RECORDED", answer.at("/results/1/outcome").asText());
        assertEquals(2, answer.get("highestContiguousSeq").asLong());

        JsonNode replay = upload(List.of(first, second, requests.purchase(3)));
        assertEquals("DUPLICATE", replay.at("/results/0/disposition").asText());
        assertEquals("APPLIED", replay.at("/results/0/outcome").asText());
        assertEquals(expiry, replay.at("/results/0/newExpiry").asText(), "the stored outcome, not a second application");
        assertEquals(answer.at("/results/0/appliedAt").asText(), replay.at("/results/0/appliedAt").asText());
        assertEquals("DUPLICATE", replay.at("/results/1/disposition").asText());
        assertEquals("NEW", replay.at("/results/2/disposition").asText());
        assertEquals(3, replay.get("highestContiguousSeq").asLong());
        assertEquals(3, LedgerRows.count(central.database().dataSource(), "topup"));
        assertTrue(LedgerRows.alerts(central.database().dataSource()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theSameUuidWithAnotherBodyOrATakenSequenceNumberIsRejectedAndAlerted(TestDatabases.Kind db) throws Exception {
        start(db);
        TopUpSubmission original = requests.purchase(1);
        upload(List.of(original));
        TopUpSubmission tampered = variant(original, 1, original.dataGb(), 9000);
        JsonNode answer = upload(List.of(tampered, requests.purchase(1)));
        assertEquals("REJECTED", answer.at("/results/0/disposition").asText());
        assertTrue(answer.at("/results/0/reason").asText().startsWith("uuid-conflict"), answer.toString());
        assertEquals("REJECTED", answer.at("/results/1/disposition").asText());
        assertTrue(answer.at("/results/1/reason").asText().startsWith("sequence-conflict"), answer.toString());
        List<String> alerts = LedgerRows.alerts(central.database().dataSource());
        assertEquals(2, alerts.size(), alerts.toString());
        assertEquals(1, LedgerRows.count(central.database().dataSource(), "topup"), "nothing rejected is stored");
        assertEquals(3000, LedgerRows.rows(central.database().dataSource()).get(0).creditedYen());

        TopUpSubmission sameBodyOtherNumbers = variant(original, original.seq(), new BigDecimal("5.00"), original.creditedYen());
        assertEquals("DUPLICATE", upload(List.of(sameBodyOtherNumbers)).at("/results/0/disposition").asText(),
                "5 and 5.00 GB are the same body");
    }

    /**
     * A batch wholly beyond what its kiosk has stored is applied without looking its records up first; a UUID stored
     * before under other numbers must still be found (the insert's key), not stored twice nor lost with its batch.
     */
    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aStoredUuidUnderNewNumbersIsRejectedWhileTheRestOfItsBatchIsApplied(TestDatabases.Kind db) throws Exception {
        start(db);
        TopUpSubmission original = requests.purchase(1);
        upload(List.of(original));
        TopUpSubmission renumbered = variant(original, 3, original.dataGb(), original.creditedYen());
        JsonNode answer = upload(List.of(requests.purchase(2), renumbered, requests.purchase(4)));
        assertEquals("NEW", answer.at("/results/0/disposition").asText(), answer.toString());
        assertEquals("REJECTED", answer.at("/results/1/disposition").asText(), answer.toString());
        assertTrue(answer.at("/results/1/reason").asText().startsWith("uuid-conflict"), answer.toString());
        assertEquals("NEW", answer.at("/results/2/disposition").asText(), answer.toString());
        assertEquals(2, answer.get("highestContiguousSeq").asLong(), "seq 3 is not stored");

        byte[] otherSecret = central.register(OTHER);
        HttpResponse<String> fromOther = requests.post("/v1/topups", requests.upload(List.of(original)),
                SignedRequests.Signing.now(OTHER, otherSecret));
        assertEquals(200, fromOther.statusCode(), fromOther.body());
        JsonNode other = json.readTree(fromOther.body());
        assertEquals("REJECTED", other.at("/results/0/disposition").asText(), other.toString());
        assertTrue(other.at("/results/0/reason").asText().startsWith("uuid-conflict"), other.toString());
        assertEquals(3, LedgerRows.count(central.database().dataSource(), "topup"));
        List<String> alerts = LedgerRows.alerts(central.database().dataSource());
        assertEquals(3, alerts.size(), "two UUID conflicts and the gap at seq 4: " + alerts);
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aSequenceGapRaisesAnAlertAndHoldsTheContiguousMark(TestDatabases.Kind db) throws Exception {
        start(db);
        upload(List.of(requests.purchase(1)));
        JsonNode gap = upload(List.of(requests.purchase(4)));
        assertEquals("NEW", gap.at("/results/0/disposition").asText());
        assertEquals(1, gap.get("highestContiguousSeq").asLong());
        List<String> alerts = LedgerRows.alerts(central.database().dataSource());
        assertEquals(1, alerts.size());
        assertTrue(alerts.get(0).startsWith("sequence-gap: KSK-PROTO-01 sent seq 4 while 2..3 are missing"), alerts.get(0));
        JsonNode filled = upload(List.of(requests.purchase(2), requests.purchase(3)));
        assertEquals(4, filled.get("highestContiguousSeq").asLong());
        assertEquals(1, LedgerRows.alerts(central.database().dataSource()).size(), "filling the gap raises nothing new");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void authenticationFailuresAre401AndStoreNothing(TestDatabases.Kind db) throws Exception {
        start(db);
        byte[] otherSecret = central.register(OTHER);
        byte[] body = requests.upload(List.of(requests.purchase(1)));
        long now = java.time.Instant.now().getEpochSecond();
        assertRefused(requests.post("/v1/topups", body, SignedRequests.Signing.now("KSK-NOBODY-1", secret)), "unknown-kiosk");
        assertRefused(requests.post("/v1/topups", body, SignedRequests.Signing.now(KIOSK, otherSecret)), "bad-signature");
        assertRefused(requests.post("/v1/topups", body, new SignedRequests.Signing(KIOSK, secret, now - 700, "n0000000000000001")), "stale-timestamp");
        assertRefused(requests.post("/v1/topups", body, new SignedRequests.Signing(KIOSK, secret, now + 700, "n0000000000000002")), "stale-timestamp");
        SignedRequests.Signing once = SignedRequests.Signing.now(OTHER, otherSecret);
        assertEquals(200, requests.post("/v1/heartbeat", heartbeat(), once).statusCode());
        assertRefused(requests.post("/v1/heartbeat", heartbeat(), once), "reused-nonce");
        SignedRequests.Signing upload = SignedRequests.Signing.now(KIOSK, secret);
        assertEquals(200, requests.post("/v1/topups", body, upload).statusCode(), "control: a well-signed upload is accepted");
        byte[] other = requests.upload(List.of(requests.purchase(2)));
        assertRefused(requests.post("/v1/topups", other, new SignedRequests.Signing(KIOSK, secret, upload.epochSeconds(), upload.nonce())),
                "reused-nonce");
        assertEquals(1, LedgerRows.count(central.database().dataSource(), "topup"), "only the one good request stored anything");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void malformedAndOversizedBodiesAre400WithAJsonErrorAndStoreNothing(TestDatabases.Kind db) throws Exception {
        start(db);
        String good = new String(requests.upload(List.of(requests.purchase(1))), StandardCharsets.UTF_8);
        List<String> bad = List.of(
                "",
                "{",
                "[]",
                "{\"topUps\": []}",
                "{\"topUps\": null}",
                good.replace("\"seq\":1", "\"seq\":\"one\""),
                good.replace("\"seq\":1", "\"seq\":-1"),
                good.replace("\"PURCHASE\"", "\"GIFT\""),
                good.replace("\"creditedYen\":3000", "\"creditedYen\":2000"),
                good.replace("09012345678", "12345"),
                good.replace("\"uuid\":\"", "\"uuid\":\"x"),
                good.replace("\"carrier\"", "\"colour\":\"red\",\"carrier\""),
                good.replace("\"openedAt\":\"2026-11-22T05:00:00Z\"", "\"openedAt\":\"yesterday\""),
                good + " trailing",
                good.replace("{\"topUps\"", "{\"topUps\":[],\"topUps\""));
        for (String body : bad) {
            HttpResponse<String> r = requests.post("/v1/topups", body.getBytes(StandardCharsets.UTF_8), SignedRequests.Signing.now(KIOSK, secret));
            assertEquals(400, r.statusCode(), body + " -> " + r.body());
            assertTrue(json.readTree(r.body()).hasNonNull("error"), r.body());
        }
        // A body declared too large is refused from its Content-Length, unread. Only the headers are sent: a client
        // still writing megabytes may see the connection closed under it instead of the answer (the server's right).
        String tooBig = RawHttp.postHeadersOnly(central.port(), "/v1/topups", 5_000_000);
        assertTrue(tooBig.startsWith("HTTP/1.1 400"), tooBig);
        assertEquals("body-too-large", json.readTree(tooBig.substring(tooBig.indexOf("\r\n\r\n") + 4)).get("error").asText());
        List<TopUpSubmission> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 501; i++) {
            many.add(requests.purchase(i));
        }
        HttpResponse<String> tooMany = requests.post("/v1/topups", requests.upload(many), SignedRequests.Signing.now(KIOSK, secret));
        assertEquals(400, tooMany.statusCode());
        assertEquals("batch-too-large", json.readTree(tooMany.body()).get("error").asText());
        assertEquals(0, LedgerRows.count(central.database().dataSource(), "topup"));
        assertTrue(LedgerRows.alerts(central.database().dataSource()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theCatalogueComesWithAnEtagAndIsNotSentAgainUnchanged(TestDatabases.Kind db) throws Exception {
        start(db);
        HttpResponse<String> first = requests.get("/v1/catalog", SignedRequests.Signing.now(KIOSK, secret), null);
        assertEquals(200, first.statusCode());
        assertEquals(new String(CATALOG, StandardCharsets.UTF_8), first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = requests.get("/v1/catalog", SignedRequests.Signing.now(KIOSK, secret), etag);
        assertEquals(304, again.statusCode());
        assertEquals(401, requests.get("/v1/catalog", SignedRequests.Signing.now(KIOSK, new byte[32]), null).statusCode());
        HttpResponse<String> unknown = requests.get("/v2/anything", SignedRequests.Signing.now(KIOSK, secret), null);
        assertEquals(404, unknown.statusCode());
        assertEquals("not-found", json.readTree(unknown.body()).get("error").asText());
    }

    /** The record under the same UUID with these fields changed. */
    private static TopUpSubmission variant(TopUpSubmission o, long seq, BigDecimal dataGb, long creditedYen) {
        return new TopUpSubmission(o.uuid(), seq, o.kind(), o.lineKind(), o.lineDigits(), o.productId(), o.carrier(), o.validityDays(), dataGb,
                o.priceYen(), creditedYen, o.claimCode(), o.openedAt(), o.closedAt());
    }

    private void assertRefused(HttpResponse<String> response, String code) throws Exception {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(code, json.readTree(response.body()).get("error").asText(), response.body());
        assertNull(response.headers().firstValue("ETag").orElse(null));
    }

    private byte[] heartbeat() {
        return ("{\"softwareVersion\":\"1\",\"catalogVersion\":\"c\",\"unsyncedCount\":0,\"unsyncedYen\":0,\"oldestUnsyncedAgeSeconds\":null,"
                + "\"acceptsCash\":true,\"stopReasons\":[],\"deviceAlerts\":[],\"cashBoxNotes\":0,\"cashBoxYen\":0,\"paperState\":\"ok\","
                + "\"kioskTime\":\"" + java.time.Instant.now() + "\"}").getBytes(StandardCharsets.UTF_8);
    }

}
