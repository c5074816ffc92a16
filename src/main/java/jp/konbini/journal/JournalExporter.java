package jp.konbini.journal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one JSON object per top-up, with its notes and money events, one per line. The line is
 * masked ({@code 090-****-5678}): exports leave the kiosk on USB sticks.
 */
final class JournalExporter {

    private JournalExporter() {
    }

    /** @return how many top-ups were written */
    static long exportJsonl(Connection c, Writer out) throws SQLException, IOException {
        String kioskId = kioskId(c);
        Map<Long, List<NoteRecord>> notes = new HashMap<>();
        for (NoteRecord n : JournalRows.allNotes(c)) {
            notes.computeIfAbsent(n.topUpSeq(), k -> new ArrayList<>()).add(n);
        }
        Map<Long, List<MoneyEvent>> events = new HashMap<>();
        for (MoneyEvent e : JournalRows.allEvents(c)) {
            events.computeIfAbsent(e.topUpSeq(), k -> new ArrayList<>()).add(e);
        }
        boolean outbox = SyncCheck.hasOutbox(c);
        ObjectMapper json = new ObjectMapper();
        long written = 0;
        for (TopUpRecord t : JournalRows.allTopUps(c)) {
            try (JsonGenerator g = json.getFactory().createGenerator(new NonClosingWriter(out))) {
                writeTopUp(g, kioskId, t, notes.getOrDefault(t.seq(), List.of()), events.getOrDefault(t.seq(), List.of()),
                        outbox ? SyncRows.status(c, t.seq()) : java.util.Optional.empty());
            }
            out.write('\n');
            written++;
        }
        out.flush();
        return written;
    }

    private static void writeTopUp(JsonGenerator g, String kioskId, TopUpRecord t, List<NoteRecord> notes, List<MoneyEvent> events,
                                   java.util.Optional<SyncStatus> sync) throws IOException {
        g.writeStartObject();
        g.writeStringField("kioskId", kioskId);
        g.writeNumberField("seq", t.seq());
        g.writeStringField("uuid", t.uuid().toString());
        g.writeStringField("claimCode", t.claimCode().display());
        g.writeStringField("state", t.state().name());
        g.writeObjectFieldStart("line");
        g.writeStringField("kind", t.line().kind().name());
        g.writeStringField("masked", t.line().masked());
        g.writeEndObject();
        g.writeObjectFieldStart("product");
        g.writeStringField("id", t.productId().value());
        g.writeStringField("carrier", t.carrier());
        g.writeStringField("name", t.productName());
        g.writeStringField("nameJa", t.productNameJa());
        g.writeNumberField("validityDays", t.validityDays());
        g.writeNumberField("dataGb", t.data().gigabytes());
        g.writeNumberField("priceYen", t.price().amount());
        g.writeStringField("taxCategory", t.taxCategory().configName());
        g.writeEndObject();
        g.writeStringField("language", t.language().tag());
        g.writeNumberField("creditedYen", t.credited().amount());
        g.writeStringField("openedAt", t.openedAt().toString());
        if (t.closedAt().isPresent()) {
            g.writeStringField("closedAt", t.closedAt().get().toString());
        } else {
            g.writeNullField("closedAt");
        }
        g.writeArrayFieldStart("notes");
        for (NoteRecord n : notes) {
            g.writeStartObject();
            g.writeNumberField("id", n.id());
            g.writeNumberField("yen", n.value().amount());
            g.writeStringField("state", n.state().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (MoneyEvent e : events) {
            g.writeStartObject();
            g.writeNumberField("seq", e.seq());
            g.writeStringField("kind", e.kind().name());
            g.writeNumberField("yen", e.amount().amount());
            if (e.noteId().isPresent()) {
                g.writeNumberField("noteId", e.noteId().getAsLong());
            }
            g.writeStringField("at", e.recordedAt().toString());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (sync.isPresent()) {
            SyncStatus st = sync.get();
            g.writeObjectFieldStart("sync");
            g.writeStringField("kind", st.kind().name());
            g.writeStringField("state", st.state().name());
            g.writeStringField("outcome", st.outcome().map(Enum::name).orElse(null));
            g.writeStringField("reason", st.reason().orElse(null));
            g.writeStringField("newExpiry", st.newExpiry().map(Object::toString).orElse(null));
            g.writeStringField("appliedAt", st.appliedAt().map(Object::toString).orElse(null));
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static String kioskId(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kiosk_id FROM journal_meta")) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    /** Lets each line's generator be closed without closing the export's writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
