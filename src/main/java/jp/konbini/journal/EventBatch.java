package jp.konbini.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Money events appended in one statement batch, within one transaction: the chain head is read
 * once and each event's hash follows from the one before, exactly as one-by-one appends would
 * compute it (so {@code journal verify} cannot tell the difference).
 */
final class EventBatch {

    private record Pending(long seq, long topUpSeq, MoneyEventKind kind, long yen, Instant at, String hash) {
    }

    private final List<Pending> pending = new ArrayList<>();
    private long lastSeq;
    private String lastHash;

    private EventBatch(long lastSeq, String lastHash) {
        this.lastSeq = lastSeq;
        this.lastHash = lastHash;
    }

    static EventBatch after(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, chain_hash FROM money_event ORDER BY seq DESC LIMIT 1")) {
            return rs.next() ? new EventBatch(rs.getLong(1), rs.getString(2)) : new EventBatch(0, EventChain.GENESIS);
        }
    }

    /** A top-up event (no note). */
    void add(long topUpSeq, MoneyEventKind kind, long yen, Instant at) {
        long seq = lastSeq + 1;
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        String hash = EventChain.next(lastHash, seq, topUpSeq, null, kind, yen, micros);
        pending.add(new Pending(seq, topUpSeq, kind, yen, at, hash));
        lastSeq = seq;
        lastHash = hash;
    }

    void flush(Connection c) throws SQLException {
        if (pending.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO money_event (seq, topup_seq, note_id, kind, yen, recorded_at, chain_hash) VALUES (?, ?, NULL, ?, ?, ?, ?)")) {
            for (Pending e : pending) {
                ps.setLong(1, e.seq());
                ps.setLong(2, e.topUpSeq());
                ps.setString(3, e.kind().name());
                ps.setLong(4, e.yen());
                ps.setObject(5, JournalRows.timestamp(e.at()));
                ps.setString(6, e.hash());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        pending.clear();
    }
}
