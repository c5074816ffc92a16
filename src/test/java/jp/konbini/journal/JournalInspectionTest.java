package jp.konbini.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code journal verify} finds every kind of damage; {@code journal export} writes what is there. */
class JournalInspectionTest {

    @TempDir
    Path dir;

    @BeforeEach
    void writeSomeSessions() {
        try (H2Journal journal = JournalFixture.open(dir)) {
            new JournalWorkload(journal, new Random(3), ack -> { }).sessions(10);
            journal.open(JournalFixture.order(3000));
            JournalFixture.pay(journal, 11, 1000);
        }
    }

    @Test
    void anUntouchedJournalVerifiesAndReportsItsUnfinishedSession() {
        VerificationReport report = verify();
        assertTrue(report.ok(), report.problems().toString());
        assertEquals(11, report.topUps());
        assertEquals(1, report.recovery().unfinished().size());
        byte[] before = bytes();
        verify();
        assertTrue(java.util.Arrays.equals(before, bytes()), "verify must not change a byte of the journal");
    }

    @Test
    void aChangedAmountBreaksTheHashChain() throws Exception {
        sql("UPDATE money_event SET yen = yen + 1000 WHERE seq = 3");
        assertProblem("hash chain broken at event 3");
    }

    @Test
    void aChangedStateDoesNotReplay() throws Exception {
        sql("UPDATE topup SET state = 'APPLIED' WHERE seq = 11");
        assertProblem("top-up 11: stored state APPLIED but its events lead to PART_PAID");
    }

    @Test
    void aChangedCreditDoesNotReplay() throws Exception {
        sql("UPDATE topup SET credited_yen = 9000 WHERE seq = 11");
        assertProblem("top-up 11: stored credit ¥9,000 but its credit events sum to ¥1,000");
    }

    @Test
    void aRemovedEventLeavesAGap() throws Exception {
        long last = verify().events();
        sql("DELETE FROM money_event WHERE seq = " + last);
        sql("DELETE FROM money_event WHERE seq = " + (last - 2));
        assertProblem("event sequence is not gap-free: expected " + (last - 2) + ", found " + (last - 1));
    }

    @Test
    void exportWritesOneMaskedJsonObjectPerTopUp() throws Exception {
        StringWriter out = new StringWriter();
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            assertEquals(11, journal.exportJsonl(out));
        }
        List<String> lines = out.toString().lines().toList();
        assertEquals(11, lines.size());
        ObjectMapper json = new ObjectMapper();
        JsonNode last = json.readTree(lines.get(10));
        assertEquals(JournalFixture.KIOSK, last.get("kioskId").asText());
        assertEquals(11, last.get("seq").asLong());
        assertEquals("PART_PAID", last.get("state").asText());
        assertEquals("090-****-5678", last.get("line").get("masked").asText());
        assertEquals(1000, last.get("creditedYen").asLong());
        assertEquals(List.of("TOPUP_OPENED", "NOTE_ESCROWED", "STACK_SENT", "NOTE_CREDITED"),
                last.get("events").findValues("kind").stream().map(JsonNode::asText).toList());
        assertFalse(out.toString().contains("09012345678"), "the full phone number never leaves the kiosk in an export");
    }

    private VerificationReport verify() {
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dir))) {
            return journal.verify();
        }
    }

    private void assertProblem(String expected) {
        VerificationReport report = verify();
        assertFalse(report.ok());
        assertTrue(report.problems().stream().anyMatch(p -> p.startsWith(expected)), "expected '" + expected + "' in " + report.problems());
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(JournalLocation.in(dir).url(false), "kiosk", "");
             Statement st = c.createStatement()) {
            st.executeUpdate(statement);
        }
    }

    private byte[] bytes() {
        try {
            return Files.readAllBytes(JournalLocation.in(dir).databaseFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
