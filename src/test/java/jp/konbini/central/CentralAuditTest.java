package jp.konbini.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.konbini.central.apply.AuditLogReader;
import jp.konbini.central.store.JdbcAuditStore;
import jp.konbini.domain.audit.AuditChain;
import jp.konbini.wire.AuditBatch;
import jp.konbini.wire.AuditResponse;
import jp.konbini.wire.AuditSubmission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code POST /v1/audit} as a kiosk meets it, over loopback against the real server on H2 and on
 * PostgreSQL: each (kiosk, seq) stored once, a resend answered as duplicates, a broken chain, a gap
 * and a conflicting resend refused whole with nothing stored, requests authenticated and checked,
 * and the fleet page showing the entries escaped.
 */
class CentralAuditTest {

    private static final String KIOSK = "KSK-AUDIT-01";
    private static final String OTHER = "KSK-AUDIT-02";

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    private CentralFixture central;
    private SignedRequests requests;
    private byte[] secret;
    private JdbcAuditStore store;

    private void start(TestDatabases.Kind db) {
        central = CentralFixture.start(db, dir, true, Optional.empty());
        requests = new SignedRequests(central.server().url());
        secret = central.register(KIOSK);
        store = new JdbcAuditStore(central.database().dataSource());
    }

    @AfterEach
    void stop() {
        if (central != null) {
            central.close();
        }
    }

    private HttpResponse<String> post(String kioskId, byte[] secret, AuditBatch batch) throws Exception {
        return requests.post("/v1/audit", json.writeValueAsBytes(batch), SignedRequests.Signing.now(kioskId, secret));
    }

    private HttpResponse<String> post(List<AuditSubmission> entries) throws Exception {
        return post(KIOSK, secret, new AuditBatch(KIOSK, entries));
    }

    private AuditResponse stored(List<AuditSubmission> entries) throws Exception {
        HttpResponse<String> r = post(entries);
        assertEquals(200, r.statusCode(), r.body());
        AuditResponse answer = json.readValue(r.body(), AuditResponse.class);
        assertTrue(answer.accepted(), r.body());
        return answer;
    }

    private AuditResponse refused(List<AuditSubmission> entries, String error) throws Exception {
        HttpResponse<String> r = post(entries);
        assertEquals(409, r.statusCode(), r.body());
        AuditResponse answer = json.readValue(r.body(), AuditResponse.class);
        assertEquals(error, answer.error(), r.body());
        assertFalse(answer.detail().isBlank());
        assertEquals(0, answer.stored());
        return answer;
    }

    private long rows() throws Exception {
        return LedgerRows.count(central.database().dataSource(), "audit_entry");
    }

    private List<String> alerts() throws Exception {
        return LedgerRows.alerts(central.database().dataSource());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void eachEntryIsStoredOnceAndAResendIsAnsweredAsDuplicates(TestDatabases.Kind db) throws Exception {
        start(db);
        List<AuditSubmission> log = AuditEntries.log(5);
        AuditResponse first = stored(log.subList(0, 3));
        assertEquals(List.of(3L, 3, 0), List.of(first.storedThrough(), first.stored(), first.duplicates()));
        assertNull(first.error());
        AuditResponse again = stored(log.subList(0, 3));
        assertEquals(List.of(3L, 0, 3), List.of(again.storedThrough(), again.stored(), again.duplicates()), "a resend stores nothing");
        AuditResponse overlapping = stored(log.subList(1, 5));
        assertEquals(List.of(5L, 2, 2), List.of(overlapping.storedThrough(), overlapping.stored(), overlapping.duplicates()));
        assertEquals(5, rows());

        List<AuditLogReader.AuditRow> held = store.entries(KIOSK, 0, 100);
        assertEquals(5, held.size());
        for (int i = 0; i < 5; i++) {
            AuditSubmission sent = log.get(i);
            AuditLogReader.AuditRow row = held.get(i);
            assertEquals(sent.seq(), row.seq());
            assertEquals(Instant.parse(sent.at()), row.at(), "the kiosk's time to the microsecond");
            assertEquals(List.of(sent.actor(), sent.role(), sent.action(), sent.subject(), sent.before(), sent.after(), sent.chainHash()),
                    List.of(row.actor(), row.role(), row.action(), row.subject(), row.before(), row.after(), row.chainHash()));
        }
        assertEquals(List.of(4L, 5L), store.entries(KIOSK, 3, 100).stream().map(AuditLogReader.AuditRow::seq).toList());
        assertTrue(alerts().isEmpty(), alerts().toString());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aBatchWhoseChainDoesNotLinkIsRefusedWholeAndAlerted(TestDatabases.Kind db) throws Exception {
        start(db);
        List<AuditSubmission> log = AuditEntries.log(5);
        stored(log.subList(0, 3));

        // Entry 5 changed after it was hashed: 4 is fine, but nothing of the batch is stored.
        AuditResponse changed = refused(List.of(log.get(3), AuditEntries.tampered(log.get(4), "after 0")), AuditResponse.CHAIN_BROKEN);
        assertEquals(3, changed.storedThrough());
        assertTrue(changed.detail().contains("entry 5"), changed.detail());
        // Entries 4..5 chained from another entry 3 than the one stored.
        refused(AuditEntries.log("f".repeat(64), 4, 2), AuditResponse.CHAIN_BROKEN);
        // A hash that is simply wrong.
        refused(List.of(AuditEntries.withHash(log.get(3), "0".repeat(64))), AuditResponse.CHAIN_BROKEN);
        // A first batch must link to genesis.
        byte[] otherSecret = central.register(OTHER);
        HttpResponse<String> other = post(OTHER, otherSecret, new AuditBatch(OTHER, AuditEntries.log("e".repeat(64), 1, 2)));
        assertEquals(409, other.statusCode(), other.body());
        assertEquals(AuditResponse.CHAIN_BROKEN, json.readTree(other.body()).get("error").asText());

        assertEquals(3, rows(), "nothing of a refused batch is stored");
        assertTrue(alerts().stream().filter(a -> a.startsWith(AuditResponse.CHAIN_BROKEN)).count() >= 4, alerts().toString());
        AuditResponse honest = stored(log.subList(3, 5));
        assertEquals(5, honest.storedThrough());
        assertEquals(5, rows());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aGapIsRefusedSayingWhereTheServerIs(TestDatabases.Kind db) throws Exception {
        start(db);
        List<AuditSubmission> log = AuditEntries.log(5);
        stored(log.subList(0, 2));
        AuditResponse gap = refused(log.subList(3, 5), AuditResponse.GAP);
        assertEquals(2, gap.storedThrough(), "the kiosk learns where to send from");
        assertTrue(gap.detail().contains("3..3 are missing"), gap.detail());
        refused(log.subList(3, 5), AuditResponse.GAP);
        assertEquals(2, rows());
        assertEquals(1, alerts().stream().filter(a -> a.startsWith(AuditResponse.GAP)).count(), "the same refusal again is one alert: " + alerts());

        AuditResponse filled = stored(log.subList(2, 5));
        assertEquals(List.of(5L, 3, 0), List.of(filled.storedThrough(), filled.stored(), filled.duplicates()));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aHeldEntryArrivingWithAnotherBodyIsAConflict(TestDatabases.Kind db) throws Exception {
        start(db);
        List<AuditSubmission> log = AuditEntries.log(3);
        stored(log);
        // Another entry 2 (a restored or cloned kiosk), correctly chained from the stored entry 1, then its own 3 and 4.
        AuditSubmission other2 = AuditEntries.entry(log.get(0).chainHash(), 2, Instant.parse(log.get(1).at()), "mallory", "TECHNICIAN",
                "CASH_COLLECTION", "box", "¥10,000", "¥0");
        List<AuditSubmission> fork = new ArrayList<>(List.of(other2));
        fork.addAll(AuditEntries.log(other2.chainHash(), 3, 2));
        refused(fork, AuditResponse.CONFLICT);
        assertEquals(3, rows());
        assertEquals(log.get(1).chainHash(), store.entries(KIOSK, 1, 1).get(0).chainHash(), "the held entry is unchanged");
        assertTrue(alerts().stream().anyMatch(a -> a.startsWith(AuditResponse.CONFLICT)), alerts().toString());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void requestsAreAuthenticatedAndCheckedBeforeAnythingIsStored(TestDatabases.Kind db) throws Exception {
        start(db);
        List<AuditSubmission> log = AuditEntries.log(3);
        assertEquals(401, post(KIOSK, "not the secret, 32 bytes long....".getBytes(), new AuditBatch(KIOSK, log)).statusCode());
        assertEquals(401, post("KSK-NOBODY", secret, new AuditBatch("KSK-NOBODY", log)).statusCode());
        central.register(OTHER);
        HttpResponse<String> mismatch = post(KIOSK, secret, new AuditBatch(OTHER, log));
        assertEquals(400, mismatch.statusCode(), mismatch.body());
        assertEquals("kiosk-mismatch", json.readTree(mismatch.body()).get("error").asText());
        assertEquals(400, post(List.of(log.get(0), log.get(2))).statusCode(), "entries are consecutive");
        assertEquals(400, post(List.of()).statusCode());
        assertEquals(400, post(List.of(AuditEntries.entry(AuditChain.GENESIS, 1, Instant.now(), "x".repeat(65), "STAFF", "A", "", "", "")))
                .statusCode(), "longer than the journal's column: not made by a kiosk");
        assertEquals(400, post(List.of(AuditEntries.withHash(log.get(0), log.get(0).chainHash().toUpperCase()))).statusCode());
        HttpResponse<String> noSuchField = requests.post("/v1/audit", ("{\"kioskId\":\"" + KIOSK + "\",\"entries\":[],\"extra\":1}").getBytes(),
                SignedRequests.Signing.now(KIOSK, secret));
        assertEquals(400, noSuchField.statusCode(), noSuchField.body());

        SignedRequests.Signing once = SignedRequests.Signing.now(KIOSK, secret);
        byte[] body = json.writeValueAsBytes(new AuditBatch(KIOSK, log));
        assertEquals(200, requests.post("/v1/audit", body, once).statusCode());
        HttpResponse<String> replay = requests.post("/v1/audit", body, once);
        assertEquals(401, replay.statusCode(), "a replayed request is refused: " + replay.body());
        assertEquals(3, rows());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void concurrentCopiesOfAKiosksFirstBatchStoreItOnce(TestDatabases.Kind db) throws Exception {
        start(db);
        List<AuditSubmission> log = AuditEntries.log(5);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<HttpResponse<String>> send = () -> post(log);
                answers.add(pool.submit(send));
            }
            int storedNow = 0;
            int duplicates = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                assertEquals(200, r.statusCode(), r.body());
                JsonNode answer = json.readTree(r.body());
                storedNow += answer.get("stored").asInt();
                duplicates += answer.get("duplicates").asInt();
                assertEquals(5, answer.get("storedThrough").asLong());
            }
            assertEquals(5, storedNow, "stored by exactly one request");
            assertEquals(25, duplicates);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, rows());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void theFleetPageShowsEachKiosksLatestEntriesEscapedWithCountAndLastTime(TestDatabases.Kind db) throws Exception {
        start(db);
        List<AuditSubmission> log = new ArrayList<>(AuditEntries.log(11));
        Instant lastAt = Instant.parse("2026-11-23T09:15:30.250001Z");
        log.add(AuditEntries.entry(log.get(10).chainHash(), 12, lastAt, "<b>eve</b>", "TECHNICIAN", "CONFIG_CHANGE", "a&b",
                "\"quoted\"", "<script>alert(1)</script>"));
        stored(log);
        byte[] otherSecret = central.register(OTHER);
        assertEquals(200, post(OTHER, otherSecret, new AuditBatch(OTHER, AuditEntries.log(1))).statusCode());

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(central.server().url().resolve("fleet")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Maintenance audit log"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the value, escaped");
        assertFalse(html.contains("<script>"), "nothing the kiosk sent is markup");
        assertFalse(html.contains("<b>eve"));
        assertTrue(html.contains("&lt;b&gt;eve&lt;/b&gt;"));
        assertTrue(html.contains("a&amp;b"));
        assertTrue(html.contains("&quot;quoted&quot; → &lt;script&gt;"), "before → after");
        assertTrue(html.contains("12 entries, the last at " + lastAt), "count and the newest entry's time");
        assertTrue(html.contains("1 entry, the last at "), "the other kiosk's log");
        assertTrue(html.contains("ACT-03"), "the latest ten of the kiosk");
        assertFalse(html.contains("ACT-02"), "older ones are left off the page");
        assertTrue(html.indexOf("CONFIG_CHANGE") < html.indexOf("ACT-11"), "newest first");
        assertTrue(html.indexOf(KIOSK + "</h3>") < html.indexOf(OTHER + "</h3>"));
        assertEquals(12, latestCount(KIOSK));
    }

    private long latestCount(String kioskId) throws Exception {
        try (Connection c = central.database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT stored_through FROM audit_position WHERE kiosk_id = ?")) {
            ps.setString(1, kioskId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getLong(1);
            }
        }
    }
}
