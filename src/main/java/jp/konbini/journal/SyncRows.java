package jp.konbini.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.domain.money.Yen;

/** Reads and writes the outbox ({@code topup_sync}) and the persisted uptime. */
final class SyncRows {

    private SyncRows() {
    }

    static void queue(Connection c, long seq, OutboxKind kind, Instant at, long uptimeMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO topup_sync (topup_seq, kind, state, queued_at, queued_uptime_ms) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setString(2, kind.name());
            ps.setString(3, SyncState.PENDING.name());
            ps.setObject(4, JournalRows.timestamp(at));
            ps.setLong(5, uptimeMillis);
            ps.executeUpdate();
        }
    }

    /** Answers to write in two statement batches: top-up states, then outbox rows. */
    static final class AnswerBatch {
        private final List<Object[]> states = new ArrayList<>();
        private final List<Object[]> answers = new ArrayList<>();

        void topUpState(long seq, jp.konbini.domain.topup.TopUpState state) {
            states.add(new Object[] {state.name(), seq});
        }

        void answer(long seq, SyncState state, ServerOutcome outcome, String reason, LocalDate newExpiry, Instant appliedAt) {
            answers.add(new Object[] {state.name(), outcome.name(), reason == null ? null : truncate(reason, 500), newExpiry,
                appliedAt == null ? null : JournalRows.timestamp(appliedAt), seq});
        }

        void flush(Connection c, Instant now) throws SQLException {
            if (!states.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE topup SET state = ? WHERE seq = ?")) {
                    for (Object[] row : states) {
                        ps.setString(1, (String) row[0]);
                        ps.setLong(2, (Long) row[1]);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            if (!answers.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE topup_sync SET state = ?, outcome = ?, reason = ?, new_expiry = ?, "
                        + "applied_at = ?, synced_at = ? WHERE topup_seq = ? AND state = 'PENDING'")) {
                    for (Object[] row : answers) {
                        ps.setString(1, (String) row[0]);
                        ps.setString(2, (String) row[1]);
                        ps.setString(3, (String) row[2]);
                        ps.setObject(4, row[3]);
                        ps.setObject(5, row[4]);
                        ps.setObject(6, JournalRows.timestamp(now));
                        ps.setLong(7, (Long) row[5]);
                        ps.addBatch();
                    }
                    for (int updated : ps.executeBatch()) {
                        if (updated != 1) {
                            throw new IllegalStateException("an outbox row changed under the answer being recorded");
                        }
                    }
                }
            }
        }
    }

    /**
     * Up to {@code limit} pending records with sequence numbers above {@code afterSeq}, in sequence order. Ordered by the
     * index's own columns ({@code state} is constant here), so H2 walks the index from {@code afterSeq} and stops after
     * {@code limit} rows instead of reading and sorting every pending record.
     */
    static List<OutboxEntry> pending(Connection c, long afterSeq, int limit) throws SQLException {
        List<OutboxEntry> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + JournalRows.TOPUP_COLUMNS_OF_T + ", s.kind AS outbox_kind "
                + "FROM topup_sync s JOIN topup t ON t.seq = s.topup_seq WHERE s.state = 'PENDING' AND s.topup_seq > ? "
                + "ORDER BY s.state, s.topup_seq LIMIT ?")) {
            ps.setLong(1, afterSeq);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new OutboxEntry(JournalRows.topUpOf(rs), OutboxKind.valueOf(rs.getString("outbox_kind"))));
                }
            }
        }
        return list;
    }

    /**
     * A closed top-up with its outbox row, as an answer is recorded against it: only what recording needs (its
     * identity, lifecycle state and credited amount), not the whole record.
     */
    record Queued(long seq, java.util.UUID uuid, jp.konbini.domain.topup.TopUpState topUpState, long creditedYen, OutboxKind kind,
                  SyncState state) {
    }

    /** The queued records with these sequence numbers, in one query. */
    static java.util.Map<Long, Queued> queued(Connection c, java.util.Collection<Long> seqs) throws SQLException {
        java.util.Map<Long, Queued> found = new java.util.HashMap<>();
        if (seqs.isEmpty()) {
            return found;
        }
        Long[] list = new java.util.TreeSet<>(seqs).toArray(Long[]::new);
        // One array parameter: the statement text is the same for every batch, so it stays parsed.
        try (PreparedStatement ps = c.prepareStatement("SELECT t.seq, t.uuid, t.state, t.credited_yen, s.kind AS outbox_kind, "
                + "s.state AS outbox_state FROM topup_sync s JOIN topup t ON t.seq = s.topup_seq WHERE s.topup_seq = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("BIGINT", list));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long seq = rs.getLong(1);
                    found.put(seq, new Queued(seq, rs.getObject(2, java.util.UUID.class),
                            jp.konbini.domain.topup.TopUpState.valueOf(rs.getString(3)), rs.getLong(4),
                            OutboxKind.valueOf(rs.getString(5)), SyncState.valueOf(rs.getString(6))));
                }
            }
        }
        return found;
    }

    static Optional<SyncStatus> status(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT kind, state, outcome, reason, new_expiry, applied_at FROM topup_sync WHERE topup_seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String outcome = rs.getString("outcome");
                OffsetDateTime applied = rs.getObject("applied_at", OffsetDateTime.class);
                return Optional.of(new SyncStatus(seq, OutboxKind.valueOf(rs.getString("kind")), SyncState.valueOf(rs.getString("state")),
                        Optional.ofNullable(outcome).map(ServerOutcome::valueOf), Optional.ofNullable(rs.getString("reason")),
                        Optional.ofNullable(rs.getObject("new_expiry", LocalDate.class)),
                        Optional.ofNullable(applied).map(OffsetDateTime::toInstant)));
            }
        }
    }

    static OfflineExposure exposure(Connection c, long uptimeNowMillis, Instant wallNow) throws SQLException {
        long pending;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM topup_sync WHERE state = 'PENDING'")) {
            rs.next();
            pending = rs.getLong(1);
        }
        long rejected;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM topup_sync WHERE state = 'REJECTED'")) {
            rs.next();
            rejected = rs.getLong(1);
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(SUM(t.credited_yen), 0), MIN(s.queued_uptime_ms), MIN(s.queued_at) "
                     + "FROM topup_sync s JOIN topup t ON t.seq = s.topup_seq WHERE s.kind = 'PURCHASE' AND s.state <> 'SYNCED'")) {
            rs.next();
            long count = rs.getLong(1);
            Yen yen = Yen.of(rs.getLong(2));
            Optional<Duration> oldest = Optional.empty();
            if (count > 0) {
                Duration byUptime = Duration.ofMillis(Math.max(0, uptimeNowMillis - rs.getLong(3)));
                Duration byWall = Duration.between(rs.getObject(4, OffsetDateTime.class).toInstant(), wallNow);
                oldest = Optional.of(byWall.compareTo(byUptime) > 0 ? byWall : byUptime);
            }
            return new OfflineExposure(pending, count, yen, rejected, oldest);
        }
    }

    /** Where uptime resumes after a start: never behind anything already recorded with an uptime. */
    static long uptimeBase(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT GREATEST((SELECT uptime_ms FROM kiosk_uptime WHERE id = 1), "
                     + "COALESCE((SELECT MAX(queued_uptime_ms) FROM topup_sync), 0))")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void saveUptime(Connection c, long uptimeMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE kiosk_uptime SET uptime_ms = GREATEST(uptime_ms, ?) WHERE id = 1")) {
            ps.setLong(1, uptimeMillis);
            ps.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
