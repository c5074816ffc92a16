package jp.konbini.journal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The print-job table: written only inside {@link DurableWrites#commit}, read like the other rows. */
final class PrintJobRows {

    private static final String COLUMNS = "id, topup_seq, kind, delivery, valid_until, reprint_no, state, problem, detail, started_at, ended_at";

    private PrintJobRows() {
    }

    static PrintJobRecord insert(Connection c, PrintJobOrder order, Instant now) throws SQLException {
        JournalRows.requireTopUp(c, order.topUpSeq());
        long id;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM print_job")) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO print_job (id, topup_seq, kind, delivery, valid_until, reprint_no, state, "
                + "started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, order.topUpSeq());
            ps.setString(3, order.kind());
            ps.setString(4, order.delivery().orElse(null));
            ps.setObject(5, order.validUntil().map(Date::valueOf).orElse(null));
            ps.setInt(6, order.reprintNo());
            ps.setString(7, PrintJobState.PRINTING.name());
            ps.setObject(8, JournalRows.timestamp(now));
            ps.executeUpdate();
        }
        return require(c, id);
    }

    static PrintJobRecord end(Connection c, long id, PrintJobState state, String problem, String detail, Instant now) throws SQLException {
        PrintJobRecord job = require(c, id);
        if (job.state() != PrintJobState.PRINTING) {
            throw new IllegalStateException("print job " + id + " already ended " + job.state());
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE print_job SET state = ?, problem = ?, detail = ?, ended_at = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            ps.setString(2, problem);
            ps.setString(3, detail == null ? null : detail.substring(0, Math.min(400, detail.length())));
            ps.setObject(4, JournalRows.timestamp(now));
            ps.setLong(5, id);
            ps.executeUpdate();
        }
        return require(c, id);
    }

    static List<PrintJobRecord> ofTopUp(Connection c, long topUpSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM print_job WHERE topup_seq = ? ORDER BY id")) {
            ps.setLong(1, topUpSeq);
            return read(ps);
        }
    }

    /** The latest job of every top-up whose receipt has not come out whole (failed, or cut short by a crash). */
    static List<PrintJobRecord> unprinted(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM print_job p WHERE state <> 'PRINTED' "
                + "AND id = (SELECT MAX(id) FROM print_job q WHERE q.topup_seq = p.topup_seq) ORDER BY id")) {
            return read(ps);
        }
    }

    private static PrintJobRecord require(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM print_job WHERE id = ?")) {
            ps.setLong(1, id);
            List<PrintJobRecord> found = read(ps);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no print job " + id);
            }
            return found.get(0);
        }
    }

    private static List<PrintJobRecord> read(PreparedStatement ps) throws SQLException {
        List<PrintJobRecord> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Date until = rs.getDate("valid_until");
                OffsetDateTime ended = rs.getObject("ended_at", OffsetDateTime.class);
                list.add(new PrintJobRecord(rs.getLong("id"), rs.getLong("topup_seq"), rs.getString("kind"),
                        Optional.ofNullable(rs.getString("delivery")), Optional.ofNullable(until).map(Date::toLocalDate),
                        rs.getInt("reprint_no"), PrintJobState.valueOf(rs.getString("state")), Optional.ofNullable(rs.getString("problem")),
                        Optional.ofNullable(rs.getString("detail")), rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(ended).map(OffsetDateTime::toInstant)));
            }
        }
        return list;
    }

}
