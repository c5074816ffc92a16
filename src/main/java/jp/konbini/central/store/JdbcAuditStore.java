package jp.konbini.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import jp.konbini.central.apply.AuditBook;
import jp.konbini.central.apply.AuditLogReader;
import jp.konbini.central.apply.AuditPosition;
import jp.konbini.central.apply.AuditStore;
import jp.konbini.wire.AuditSubmission;

/** The kiosks' audit logs on JDBC (migration V20): the same statements on H2 and PostgreSQL. */
public final class JdbcAuditStore implements AuditStore, AuditLogReader {

    private static final String ENTRY_COLUMNS = "seq, acted_at, actor, role, action, subject, before_value, after_value, chain_hash, received_at";

    private final Transactions transactions;

    public JdbcAuditStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public <T> T inTransaction(Function<AuditBook, T> work) {
        return transactions.run(c -> work.apply(new JdbcAuditBook(c)));
    }

    @Override
    public List<KioskAudit> latest(int perKiosk) {
        return transactions.run(c -> {
            Map<String, KioskAudit> kiosks = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id, stored_through, last_at, last_received_at FROM audit_position "
                    + "WHERE stored_through > 0 ORDER BY kiosk_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    kiosks.put(rs.getString(1), new KioskAudit(rs.getString(1), rs.getLong(2), JdbcLedgerStore.instant(rs, "last_at"),
                            JdbcLedgerStore.instant(rs, "last_received_at"), new ArrayList<>()));
                }
            }
            // One statement for the whole fleet: each kiosk's newest entries by its (kiosk_id, seq) key.
            try (PreparedStatement ps = c.prepareStatement("SELECT kiosk_id, " + ENTRY_COLUMNS + " FROM (SELECT e.*, ROW_NUMBER() OVER "
                    + "(PARTITION BY kiosk_id ORDER BY seq DESC) AS n FROM audit_entry e) newest WHERE n <= ? ORDER BY kiosk_id, seq DESC")) {
                ps.setInt(1, perKiosk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        KioskAudit k = kiosks.get(rs.getString("kiosk_id"));
                        if (k != null) {
                            k.latest().add(row(rs));
                        }
                    }
                }
            }
            return kiosks.values().stream().map(k -> new KioskAudit(k.kioskId(), k.count(), k.lastAt(), k.lastReceivedAt(),
                    List.copyOf(k.latest()))).toList();
        });
    }

    @Override
    public List<AuditRow> entries(String kioskId, long afterSeq, int limit) {
        return transactions.run(c -> {
            List<AuditRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM audit_entry WHERE kiosk_id = ? AND seq > ? "
                    + "ORDER BY seq LIMIT ?")) {
                ps.setString(1, kioskId);
                ps.setLong(2, afterSeq);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            return rows;
        });
    }

    private static AuditRow row(ResultSet rs) throws SQLException {
        return new AuditRow(rs.getLong("seq"), JdbcLedgerStore.instant(rs, "acted_at"), rs.getString("actor"), rs.getString("role"),
                rs.getString("action"), rs.getString("subject"), rs.getString("before_value"), rs.getString("after_value"),
                rs.getString("chain_hash"), JdbcLedgerStore.instant(rs, "received_at"));
    }

    /** One transaction's view; every SQL failure becomes a {@link StoreException} (and rolls the transaction back). */
    private static final class JdbcAuditBook implements AuditBook {
        private final Connection c;

        JdbcAuditBook(Connection c) {
            this.c = c;
        }

        @Override
        public AuditPosition lockPosition(String kioskId) {
            try {
                AuditPosition p = readLocked(kioskId);
                if (p != null) {
                    return p;
                }
                // The kiosk's first batch. A racing first batch makes this insert fail; the transaction runs again and locks the row.
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_position (kiosk_id, stored_through, last_hash) VALUES (?, ?, ?)")) {
                    ps.setString(1, kioskId);
                    ps.setLong(2, AuditPosition.NONE.storedThrough());
                    ps.setString(3, AuditPosition.NONE.lastHash());
                    ps.executeUpdate();
                }
                return AuditPosition.NONE;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        private AuditPosition readLocked(String kioskId) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT stored_through, last_hash, last_at, last_received_at FROM audit_position "
                    + "WHERE kiosk_id = ? FOR UPDATE")) {
                ps.setString(1, kioskId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new AuditPosition(rs.getLong(1), rs.getString(2), JdbcLedgerStore.instant(rs, "last_at"),
                            JdbcLedgerStore.instant(rs, "last_received_at")) : null;
                }
            }
        }

        @Override
        public Map<Long, String> hashes(String kioskId, long from, long to) {
            Map<Long, String> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, chain_hash FROM audit_entry WHERE kiosk_id = ? AND seq BETWEEN ? AND ?")) {
                ps.setString(1, kioskId);
                ps.setLong(2, from);
                ps.setLong(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), rs.getString(2));
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return found;
        }

        @Override
        public void insertAll(String kioskId, List<AuditSubmission> entries, Instant receivedAt) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (kiosk_id, " + ENTRY_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (AuditSubmission e : entries) {
                    ps.setString(1, kioskId);
                    ps.setLong(2, e.seq());
                    ps.setObject(3, JdbcLedgerStore.timestamp(Instant.parse(e.at()).truncatedTo(ChronoUnit.MICROS)));
                    ps.setString(4, e.actor());
                    ps.setString(5, e.role());
                    ps.setString(6, e.action());
                    ps.setString(7, e.subject());
                    ps.setString(8, e.before());
                    ps.setString(9, e.after());
                    ps.setString(10, e.chainHash());
                    ps.setObject(11, JdbcLedgerStore.timestamp(receivedAt));
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        @Override
        public void savePosition(String kioskId, AuditPosition p) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE audit_position SET stored_through = ?, last_hash = ?, last_at = ?, "
                    + "last_received_at = ? WHERE kiosk_id = ?")) {
                ps.setLong(1, p.storedThrough());
                ps.setString(2, p.lastHash());
                ps.setObject(3, JdbcLedgerStore.timestamp(p.lastAt() == null ? null : p.lastAt().truncatedTo(ChronoUnit.MICROS)));
                ps.setObject(4, JdbcLedgerStore.timestamp(p.lastReceivedAt()));
                ps.setString(5, kioskId);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        @Override
        public void raiseAlert(String kioskId, String kind, String detail, Instant at) {
            String text = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
            try {
                try (PreparedStatement ps = c.prepareStatement("SELECT kind, detail FROM alert WHERE kiosk_id = ? ORDER BY id DESC LIMIT 1")) {
                    ps.setString(1, kioskId);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && rs.getString(1).equals(kind) && rs.getString(2).equals(text)) {
                            return; // the same batch again (the kiosk retries it): one alert is enough
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (kiosk_id, kind, detail, raised_at) VALUES (?, ?, ?, ?)")) {
                    ps.setString(1, kioskId);
                    ps.setString(2, kind);
                    ps.setString(3, text);
                    ps.setObject(4, timestamp(at));
                    ps.executeUpdate();
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        private static OffsetDateTime timestamp(Instant at) {
            return JdbcLedgerStore.timestamp(at);
        }
    }
}
