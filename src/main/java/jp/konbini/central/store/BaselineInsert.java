package jp.konbini.central.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import jp.konbini.wire.TopUpSubmission;

/**
 * The baseline for {@code bench sync}: the same rows inserted into the same database by bare
 * batched JDBC (one prepared INSERT, {@code executeBatch}, one commit per batch) into a scratch
 * table of the ledger's shape: its columns, unique keys, foreign key to {@code kiosk} and the
 * {@code applied_at} index, so the bare insert maintains the same indexes a stored top-up does.
 * What the real path adds on top (HTTP, JSON, signatures, the duplicate checks, the carrier, the
 * kiosk's own fsync) is the overhead measured.
 */
public final class BaselineInsert {

    private static final String TABLE = "bench_baseline_topup";

    private BaselineInsert() {
    }

    /**
     * @param kioskId a registered kiosk (the scratch table references {@code kiosk} as the ledger does)
     * @return nanoseconds the inserts and commits took (table creation and removal excluded)
     */
    public static long run(CentralDatabase database, String kioskId, List<TopUpSubmission> rows, int batchSize) {
        try (Connection c = database.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE IF EXISTS " + TABLE);
                st.execute("CREATE TABLE " + TABLE + " (uuid UUID PRIMARY KEY, kiosk_id VARCHAR(32) NOT NULL REFERENCES kiosk (kiosk_id), seq BIGINT NOT NULL, "
                        + "kind VARCHAR(16) NOT NULL, body_hash CHAR(64) NOT NULL, line_kind VARCHAR(8) NOT NULL, line_digits VARCHAR(22) NOT NULL, "
                        + "product_id VARCHAR(64) NOT NULL, carrier VARCHAR(64) NOT NULL, validity_days INT NOT NULL, data_gb DECIMAL(10, 2) NOT NULL, "
                        + "price_yen BIGINT NOT NULL, credited_yen BIGINT NOT NULL, claim_code CHAR(9) NOT NULL, opened_at TIMESTAMP WITH TIME ZONE NOT NULL, "
                        + "closed_at TIMESTAMP WITH TIME ZONE NOT NULL, status VARCHAR(16) NOT NULL, reason VARCHAR(500), new_expiry DATE, "
                        + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL, UNIQUE (kiosk_id, seq))");
                st.execute("CREATE INDEX " + TABLE + "_by_applied ON " + TABLE + " (applied_at)");
            }
            c.commit();
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime now = OffsetDateTime.now();
                int inBatch = 0;
                for (TopUpSubmission r : rows) {
                    ps.setObject(1, r.uuid());
                    ps.setString(2, kioskId);
                    ps.setLong(3, r.seq());
                    ps.setString(4, r.kind().name());
                    ps.setString(5, "0".repeat(64));
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
                    ps.setString(17, "APPLIED");
                    ps.setString(18, null);
                    ps.setObject(19, now.toLocalDate());
                    ps.setObject(20, now);
                    ps.addBatch();
                    if (++inBatch == batchSize) {
                        ps.executeBatch();
                        c.commit();
                        inBatch = 0;
                    }
                }
                if (inBatch > 0) {
                    ps.executeBatch();
                    c.commit();
                }
            }
            long elapsed = System.nanoTime() - start;
            try (Statement st = c.createStatement()) {
                st.execute("DROP TABLE " + TABLE);
            }
            c.commit();
            return elapsed;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
