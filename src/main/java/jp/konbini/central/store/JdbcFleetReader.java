package jp.konbini.central.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import jp.konbini.central.apply.FleetReader;

/** The fleet page's queries and the JSON-lines export. */
public final class JdbcFleetReader implements FleetReader {

    private final Transactions transactions;

    public JdbcFleetReader(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public Fleet fleet(int recent) {
        return transactions.run(c -> {
            List<KioskRow> kiosks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id, highest_contiguous_seq, highest_seen_seq, last_heartbeat_at, "
                    + "software_version, unsynced_count, unsynced_yen, oldest_unsynced_seconds, accepts_cash, stop_reasons, device_alerts, "
                    + "paper_state, cash_box_yen FROM kiosk ORDER BY kiosk_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kiosks.add(new KioskRow(rs.getString(1), rs.getLong(2), rs.getLong(3), JdbcLedgerStore.instant(rs, "last_heartbeat_at"),
                            rs.getString(5), nullableLong(rs, 6), nullableLong(rs, 7), nullableLong(rs, 8),
                            rs.getObject(9) == null ? null : rs.getBoolean(9), rs.getString(10), rs.getString(11), rs.getString(12),
                            nullableLong(rs, 13)));
                }
            }
            List<TopUpRow> topUps = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT uuid, kiosk_id, seq, kind, credited_yen, status, new_expiry, applied_at "
                    + "FROM topup ORDER BY applied_at DESC, kiosk_id, seq DESC LIMIT ?")) {
                ps.setInt(1, recent);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        topUps.add(new TopUpRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5),
                                rs.getString(6), rs.getObject(7, LocalDate.class), JdbcLedgerStore.instant(rs, "applied_at")));
                    }
                }
            }
            List<ClaimRow> claims = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id, claim_code, amount_yen, reason, created_at FROM refund_claim "
                    + "WHERE state = 'OPEN' ORDER BY created_at DESC LIMIT ?")) {
                ps.setInt(1, recent);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        claims.add(new ClaimRow(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                                JdbcLedgerStore.instant(rs, "created_at")));
                    }
                }
            }
            List<AlertRow> alerts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id, kind, detail, raised_at FROM alert ORDER BY id DESC LIMIT ?")) {
                ps.setInt(1, recent);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        alerts.add(new AlertRow(rs.getString(1), rs.getString(2), rs.getString(3), JdbcLedgerStore.instant(rs, "raised_at")));
                    }
                }
            }
            return new Fleet(kiosks, topUps, claims, alerts);
        });
    }

    @Override
    public long exportJsonl(Writer out) {
        ObjectMapper json = new ObjectMapper();
        return transactions.run(c -> {
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT uuid, kiosk_id, seq, kind, price_yen, credited_yen, claim_code, status, "
                    + "reason, new_expiry, applied_at FROM topup ORDER BY kiosk_id, seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    writeLine(json, out, rs);
                    n++;
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return n;
        });
    }

    private static void writeLine(ObjectMapper json, Writer out, ResultSet rs) throws SQLException, IOException {
        StringBuilderWriter line = new StringBuilderWriter();
        try (JsonGenerator g = json.getFactory().createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("uuid", rs.getObject(1, UUID.class).toString());
            g.writeStringField("kioskId", rs.getString(2));
            g.writeNumberField("seq", rs.getLong(3));
            g.writeStringField("kind", rs.getString(4));
            g.writeNumberField("priceYen", rs.getLong(5));
            g.writeNumberField("amountYen", rs.getLong(6));
            g.writeStringField("claimCode", rs.getString(7));
            g.writeStringField("status", rs.getString(8));
            g.writeStringField("reason", rs.getString(9));
            LocalDate expiry = rs.getObject(10, LocalDate.class);
            g.writeStringField("newExpiry", expiry == null ? null : expiry.toString());
            g.writeStringField("appliedAt", JdbcLedgerStore.instant(rs, "applied_at").toString());
            g.writeEndObject();
        }
        out.write(line.toString());
        out.write('\n');
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A writer into a string that the JSON generator may close. */
    private static final class StringBuilderWriter extends java.io.StringWriter {
    }
}
