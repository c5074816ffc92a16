package jp.konbini.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Reads the central database directly, to compare it with kiosks' journals. */
public final class LedgerRows {

    /** One stored record. */
    public record Row(UUID uuid, String kioskId, long seq, String kind, long creditedYen, String status) {
    }

    private LedgerRows() {
    }

    public static List<Row> rows(DataSource db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT uuid, kiosk_id, seq, kind, credited_yen, status FROM topup ORDER BY kiosk_id, seq");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6)));
            }
        }
        return rows;
    }

    public static long count(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public static List<String> alerts(DataSource db) throws SQLException {
        List<String> alerts = new ArrayList<>();
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT kind, detail FROM alert ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                alerts.add(rs.getString(1) + ": " + rs.getString(2));
            }
        }
        return alerts;
    }
}
