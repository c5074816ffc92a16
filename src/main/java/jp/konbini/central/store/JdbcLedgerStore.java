package jp.konbini.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import jp.konbini.central.apply.KioskPosition;
import jp.konbini.central.apply.Ledger;
import jp.konbini.central.apply.LedgerStore;
import jp.konbini.central.apply.LineKey;
import jp.konbini.central.apply.StoredTopUp;
import jp.konbini.central.carrier.LineAccount;
import jp.konbini.wire.Outcome;
import jp.konbini.wire.RecordKind;
import jp.konbini.wire.TopUpSubmission;
import org.postgresql.PGStatement;

/** The ledger on JDBC: the same statements on H2 and PostgreSQL. */
public final class JdbcLedgerStore implements LedgerStore {

    private static final String TOPUP_COLUMNS = "uuid, kiosk_id, seq, kind, body_hash, line_kind, line_digits, product_id, carrier, "
            + "validity_days, data_gb, price_yen, credited_yen, claim_code, opened_at, closed_at, status, reason, new_expiry, applied_at";

    private final Transactions transactions;

    public JdbcLedgerStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public <T> T inTransaction(Function<Ledger, T> work) {
        return transactions.run(c -> work.apply(new JdbcLedger(c)));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** One transaction's view; every SQL failure becomes a {@link StoreException} (and rolls the transaction back). */
    private static final class JdbcLedger implements Ledger {
        private final Connection c;

        JdbcLedger(Connection c) {
            this.c = c;
        }

        @Override
        public Optional<KioskPosition> lockKiosk(String kioskId) {
            return query("SELECT highest_contiguous_seq, highest_seen_seq FROM kiosk WHERE kiosk_id = ? FOR UPDATE", ps -> ps.setString(1, kioskId),
                    rs -> new KioskPosition(rs.getLong(1), rs.getLong(2)));
        }

        @Override
        public boolean useNonce(String kioskId, String nonce, Instant at) {
            // One statement: inserted unless already there. A racing request with the same nonce makes this insert
            // fail on the key; the transaction runs again and then inserts nothing.
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO request_nonce (kiosk_id, nonce, seen_at) SELECT ?, ?, ? "
                    + "WHERE NOT EXISTS (SELECT 1 FROM request_nonce WHERE kiosk_id = ? AND nonce = ?)")) {
                ps.setString(1, kioskId);
                ps.setString(2, nonce);
                ps.setObject(3, timestamp(at));
                ps.setString(4, kioskId);
                ps.setString(5, nonce);
                return ps.executeUpdate() == 1;
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        @Override
        public Map<UUID, StoredTopUp> byUuids(Collection<UUID> uuids) {
            Map<UUID, StoredTopUp> found = new HashMap<>();
            // One array parameter: the statement text never changes, so both databases keep it prepared.
            queryAll("SELECT " + TOPUP_COLUMNS + " FROM topup WHERE uuid = ANY (?)", ps -> ps.setArray(1, c.createArrayOf("uuid",
                    new LinkedHashSet<>(uuids).toArray())), rs -> {
                        StoredTopUp t = topUp(rs);
                        found.put(t.record().uuid(), t);
                    });
            return found;
        }

        @Override
        public Map<Long, StoredTopUp> bySeqs(String kioskId, Collection<Long> seqs) {
            Map<Long, StoredTopUp> found = new HashMap<>();
            if (seqs.isEmpty()) {
                return found;
            }
            // The range lets both databases walk the (kiosk_id, seq) key from the lowest to the highest number
            // instead of every record of the kiosk (H2 uses only the kiosk_id prefix for "= ANY").
            queryAll("SELECT " + TOPUP_COLUMNS + " FROM topup WHERE kiosk_id = ? AND seq BETWEEN ? AND ? AND seq = ANY (?)", ps -> {
                ps.setString(1, kioskId);
                ps.setLong(2, Collections.min(seqs));
                ps.setLong(3, Collections.max(seqs));
                ps.setArray(4, c.createArrayOf("bigint", new LinkedHashSet<>(seqs).toArray()));
            }, rs -> {
                StoredTopUp t = topUp(rs);
                found.put(t.record().seq(), t);
            });
            return found;
        }

        @Override
        public Map<LineKey, LineAccount> lockLines(Collection<LineKey> lines) {
            Map<LineKey, LineAccount> found = new HashMap<>();
            if (lines.isEmpty()) {
                return found;
            }
            Set<LineKey> wanted = new HashSet<>(lines);
            String[] digits = new TreeSet<>(lines).stream().map(LineKey::digits).distinct().toArray(String[]::new);
            // One array parameter and the line_digits index (migration V2): the statement text never changes and both
            // databases find each line by index. Locked in key order, so two batches crediting the same lines queue up
            // instead of deadlocking.
            try (PreparedStatement ps = c.prepareStatement("SELECT line_kind, line_digits, expires_on, data_mb FROM line_account "
                    + "WHERE line_digits = ANY (?) ORDER BY line_kind, line_digits FOR UPDATE")) {
                plannedForItsArguments(ps);
                ps.setArray(1, c.createArrayOf("varchar", digits));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LineAccount a = new LineAccount(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getLong(4));
                        if (wanted.contains(LineKey.of(a))) {
                            found.put(LineKey.of(a), a);
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return found;
        }

        /**
         * PostgreSQL keeps the plan of a statement it has run five times; for the line lookup that plan is made while
         * {@code line_account} is new and small (a sequential scan), and it stays when the table has grown: the lookup
         * then takes time proportional to every line ever credited (measured: 14 ms at 10,000 lines against 0.6 ms).
         * This statement is therefore planned at every execution, for its array and the table as they are. Planning
         * every statement that way would cost more than it saves (the batch insert's plan is large).
         */
        private static void plannedForItsArguments(PreparedStatement ps) throws SQLException {
            if (ps.isWrapperFor(PGStatement.class)) {
                ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            }
        }

        @Override
        public void saveLines(Collection<LineAccount> created, Collection<LineAccount> updated) {
            batch("INSERT INTO line_account (expires_on, data_mb, line_kind, line_digits) VALUES (?, ?, ?, ?)", created, JdbcLedger::bindLine);
            batch("UPDATE line_account SET expires_on = ?, data_mb = ? WHERE line_kind = ? AND line_digits = ?", updated, JdbcLedger::bindLine);
        }

        private static void bindLine(PreparedStatement ps, LineAccount a) throws SQLException {
            ps.setObject(1, a.expiresOn());
            ps.setLong(2, a.dataMb());
            ps.setString(3, a.lineKind());
            ps.setString(4, a.lineDigits());
        }

        @Override
        public void insertAll(List<StoredTopUp> topUps) {
            batch("INSERT INTO topup (" + TOPUP_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", topUps, (ps, t) -> {
                TopUpSubmission r = t.record();
                ps.setObject(1, r.uuid());
                ps.setString(2, t.kioskId());
                ps.setLong(3, r.seq());
                ps.setString(4, r.kind().name());
                ps.setString(5, t.bodyHash());
                ps.setString(6, r.lineKind());
                ps.setString(7, r.lineDigits());
                ps.setString(8, r.productId());
                ps.setString(9, r.carrier());
                ps.setInt(10, r.validityDays());
                ps.setBigDecimal(11, r.dataGb());
                ps.setLong(12, r.priceYen());
                ps.setLong(13, r.creditedYen());
                ps.setString(14, r.claimCode());
                ps.setObject(15, OffsetDateTime.parse(r.openedAt()));
                ps.setObject(16, OffsetDateTime.parse(r.closedAt()));
                ps.setString(17, t.outcome().name());
                ps.setString(18, t.reason());
                ps.setObject(19, t.newExpiry());
                ps.setObject(20, timestamp(t.appliedAt()));
            });
        }

        @Override
        public void openRefundClaims(List<StoredTopUp> topUps, Instant at) {
            batch("INSERT INTO refund_claim (uuid, kiosk_id, claim_code, amount_yen, reason, state, created_at) VALUES (?, ?, ?, ?, ?, 'OPEN', ?)",
                    topUps, (ps, t) -> {
                        ps.setObject(1, t.record().uuid());
                        ps.setString(2, t.kioskId());
                        ps.setString(3, t.record().claimCode());
                        ps.setLong(4, t.record().creditedYen());
                        ps.setString(5, t.reason());
                        ps.setObject(6, timestamp(at));
                    });
        }

        @Override
        public void raiseAlert(String kioskId, String kind, String detail, Instant at) {
            update("INSERT INTO alert (kiosk_id, kind, detail, raised_at) VALUES (?, ?, ?, ?)", ps -> {
                ps.setString(1, kioskId);
                ps.setString(2, kind);
                ps.setString(3, detail.length() > 2000 ? detail.substring(0, 2000) : detail);
                ps.setObject(4, timestamp(at));
            });
        }

        @Override
        public long contiguousFrom(String kioskId, long from) {
            long highest = from;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq FROM topup WHERE kiosk_id = ? AND seq > ? ORDER BY seq LIMIT 1000")) {
                while (true) {
                    ps.setString(1, kioskId);
                    ps.setLong(2, highest);
                    long before = highest;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next() && rs.getLong(1) == highest + 1) {
                            highest++;
                        }
                    }
                    if (highest - before < 1000) {
                        return highest;
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        @Override
        public void savePosition(String kioskId, KioskPosition p) {
            update("UPDATE kiosk SET highest_contiguous_seq = ?, highest_seen_seq = ? WHERE kiosk_id = ?", ps -> {
                ps.setLong(1, p.highestContiguous());
                ps.setLong(2, p.highestSeen());
                ps.setString(3, kioskId);
            });
        }

        private static StoredTopUp topUp(ResultSet rs) throws SQLException {
            TopUpSubmission r = new TopUpSubmission(rs.getObject("uuid", UUID.class), rs.getLong("seq"), RecordKind.valueOf(rs.getString("kind")),
                    rs.getString("line_kind"), rs.getString("line_digits"), rs.getString("product_id"), rs.getString("carrier"),
                    rs.getInt("validity_days"), rs.getBigDecimal("data_gb"), rs.getLong("price_yen"), rs.getLong("credited_yen"),
                    rs.getString("claim_code"), instant(rs, "opened_at").toString(), instant(rs, "closed_at").toString());
            return new StoredTopUp(rs.getString("kiosk_id"), r, rs.getString("body_hash"), Outcome.valueOf(rs.getString("status")),
                    rs.getString("reason"), rs.getObject("new_expiry", LocalDate.class), instant(rs, "applied_at"));
        }

        private <T> Optional<T> query(String sql, Binder binder, Row<T> row) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        private void queryAll(String sql, Binder binder, RowSink sink) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.take(rs);
                    }
                }
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        private <T> void batch(String sql, Collection<T> items, ItemBinder<T> binder) {
            if (items.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (T item : items) {
                    binder.bind(ps, item);
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }

        private void update(String sql, Binder binder) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface RowSink {
        void take(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface ItemBinder<T> {
        void bind(PreparedStatement ps, T item) throws SQLException;
    }

    @FunctionalInterface
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
