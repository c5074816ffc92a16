package jp.konbini.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpState;

/** Reads journal rows into records. Shared by the journal, its verifier and its exporter. */
final class JournalRows {

    private static final String TOPUP_COLUMNS = "seq, uuid, claim_code, line_kind, line_digits, product_id, carrier, "
            + "product_name, product_name_ja, validity_days, data_gb, price_yen, tax_category, language, state, "
            + "credited_yen, opened_at, closed_at";

    private static final String RECONCILIATION_QUERY =
            "SELECT id, note_id, reason, detail, opened_at, resolution, resolved_by, resolved_at FROM reconciliation";

    private JournalRows() {
    }

    /** The top-up columns as selected from {@code topup t} in a join. */
    static final String TOPUP_COLUMNS_OF_T = "t." + String.join(", t.", TOPUP_COLUMNS.split(", "));

    /** Reads the top-up columns of the current row (selected with {@link #TOPUP_COLUMNS_OF_T}). */
    static TopUpRecord topUpOf(ResultSet rs) throws SQLException {
        return topUp(rs);
    }

    static Optional<TopUpRecord> topUp(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TOPUP_COLUMNS + " FROM topup WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(topUp(rs)) : Optional.empty();
            }
        }
    }

    static TopUpRecord requireTopUp(Connection c, long seq) throws SQLException {
        return topUp(c, seq).orElseThrow(() -> new IllegalArgumentException("no top-up with sequence number " + seq));
    }

    static List<TopUpRecord> topUpsInStates(Connection c, List<TopUpState> states) throws SQLException {
        String marks = String.join(",", states.stream().map(s -> "?").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TOPUP_COLUMNS + " FROM topup WHERE state IN (" + marks + ") ORDER BY seq")) {
            for (int i = 0; i < states.size(); i++) {
                ps.setString(i + 1, states.get(i).name());
            }
            return topUps(ps);
        }
    }

    /** Ended top-ups with cash credited and no print job (see {@link Journal#receiptsOwed()}). */
    static List<TopUpRecord> receiptsOwed(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TOPUP_COLUMNS + " FROM topup t WHERE credited_yen > 0 "
                + "AND state IN ('QUEUED', 'APPLIED', 'REFUSED', 'ABANDONED') "
                + "AND NOT EXISTS (SELECT 1 FROM print_job p WHERE p.topup_seq = t.seq) ORDER BY seq")) {
            return topUps(ps);
        }
    }

    static List<TopUpRecord> allTopUps(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + TOPUP_COLUMNS + " FROM topup ORDER BY seq")) {
            return topUps(ps);
        }
    }

    static List<NoteRecord> notes(Connection c, long topUpSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, topup_seq, yen, state FROM note WHERE topup_seq = ? ORDER BY id")) {
            ps.setLong(1, topUpSeq);
            return notes(ps);
        }
    }

    static List<NoteRecord> allNotes(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, topup_seq, yen, state FROM note ORDER BY id")) {
            return notes(ps);
        }
    }

    static Optional<NoteRecord> note(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, topup_seq, yen, state FROM note WHERE id = ?")) {
            ps.setLong(1, id);
            List<NoteRecord> found = notes(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    static List<MoneyEvent> events(Connection c, long topUpSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, topup_seq, note_id, kind, yen, recorded_at, chain_hash FROM money_event WHERE topup_seq = ? ORDER BY seq")) {
            ps.setLong(1, topUpSeq);
            return events(ps);
        }
    }

    static List<MoneyEvent> allEvents(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, topup_seq, note_id, kind, yen, recorded_at, chain_hash FROM money_event ORDER BY seq")) {
            return events(ps);
        }
    }

    static Optional<Reconciliation> reconciliation(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECONCILIATION_QUERY + " WHERE id = ?")) {
            ps.setLong(1, id);
            List<Reconciliation> found = reconciliations(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    static List<Reconciliation> reconciliations(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RECONCILIATION_QUERY + " ORDER BY id")) {
            return reconciliations(ps);
        }
    }

    private static List<Reconciliation> reconciliations(PreparedStatement ps) throws SQLException {
        List<Reconciliation> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long noteId = rs.getLong("note_id");
                OptionalLong note = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(noteId);
                OffsetDateTime resolvedAt = rs.getObject("resolved_at", OffsetDateTime.class);
                list.add(new Reconciliation(rs.getLong("id"), note, rs.getString("reason"), rs.getString("detail"),
                        rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getString("resolution")).map(Reconciliation.Resolution::valueOf),
                        Optional.ofNullable(rs.getString("resolved_by")),
                        Optional.ofNullable(resolvedAt).map(OffsetDateTime::toInstant)));
            }
        }
        return list;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static List<TopUpRecord> topUps(PreparedStatement ps) throws SQLException {
        List<TopUpRecord> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(topUp(rs));
            }
        }
        return list;
    }

    private static TopUpRecord topUp(ResultSet rs) throws SQLException {
        OffsetDateTime closed = rs.getObject("closed_at", OffsetDateTime.class);
        return new TopUpRecord(
                rs.getLong("seq"),
                rs.getObject("uuid", UUID.class),
                new ClaimCode(rs.getString("claim_code")),
                LineId.of(LineId.Kind.valueOf(rs.getString("line_kind")), rs.getString("line_digits")),
                new ProductId(rs.getString("product_id")),
                rs.getString("carrier"),
                rs.getString("product_name"),
                rs.getString("product_name_ja"),
                rs.getInt("validity_days"),
                new DataAllowance(rs.getBigDecimal("data_gb")),
                Yen.of(rs.getLong("price_yen")),
                TaxCategory.valueOf(rs.getString("tax_category")),
                Language.valueOf(rs.getString("language")),
                TopUpState.valueOf(rs.getString("state")),
                Yen.of(rs.getLong("credited_yen")),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(closed).map(OffsetDateTime::toInstant));
    }

    private static List<NoteRecord> notes(PreparedStatement ps) throws SQLException {
        List<NoteRecord> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new NoteRecord(rs.getLong("id"), rs.getLong("topup_seq"), Yen.of(rs.getLong("yen")),
                        NoteState.valueOf(rs.getString("state"))));
            }
        }
        return list;
    }

    private static List<MoneyEvent> events(PreparedStatement ps) throws SQLException {
        List<MoneyEvent> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long noteId = rs.getLong("note_id");
                OptionalLong note = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(noteId);
                list.add(new MoneyEvent(rs.getLong("seq"), rs.getLong("topup_seq"), note,
                        MoneyEventKind.valueOf(rs.getString("kind")), Yen.of(rs.getLong("yen")),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("chain_hash")));
            }
        }
        return list;
    }
}
