package jp.konbini.journal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.konbini.domain.topup.TopUpLifecycle;
import jp.konbini.domain.topup.TopUpState;

/**
 * The outbox agrees with the top-ups: every closed top-up is queued exactly as it was closed, no
 * session still going on is, and a top-up is APPLIED or REFUSED exactly when its answer says so.
 */
final class SyncCheck {

    private SyncCheck() {
    }

    /** Journals written before sync existed have no outbox; they are checked without it. */
    static boolean hasOutbox(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'TOPUP_SYNC'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    static List<String> problems(Connection c, List<TopUpRecord> topUps) throws SQLException {
        Map<Long, String[]> rows = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT topup_seq, kind, state, outcome, new_expiry FROM topup_sync")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)});
            }
        }
        List<String> problems = new ArrayList<>();
        for (TopUpRecord t : topUps) {
            String[] row = rows.remove(t.seq());
            String name = "top-up " + t.seq();
            if (TopUpLifecycle.isInSession(t.state())) {
                if (row != null) {
                    problems.add(name + ": still in session but queued for the server");
                }
                continue;
            }
            if (row == null) {
                problems.add(name + ": closed (" + t.state() + ") but never queued for the server");
                continue;
            }
            String expectedKind = switch (t.state()) {
                case QUEUED, APPLIED, REFUSED -> "PURCHASE";
                case CANCELLED -> "CANCELLED";
                default -> "ABANDONED";
            };
            if (!expectedKind.equals(row[0])) {
                problems.add(name + ": " + t.state() + " but queued as " + row[0]);
            }
            boolean answeredApplied = "SYNCED".equals(row[1]) && "APPLIED".equals(row[2]);
            boolean answeredRefused = "SYNCED".equals(row[1]) && "REFUSED".equals(row[2]);
            if ((t.state() == TopUpState.APPLIED) != answeredApplied || (t.state() == TopUpState.REFUSED) != answeredRefused) {
                problems.add(name + ": state " + t.state() + " does not match the server answer " + row[1] + "/" + row[2]);
            }
            if (answeredApplied && row[3] == null) {
                problems.add(name + ": applied without the line's new expiry");
            }
        }
        for (Long orphan : rows.keySet()) {
            problems.add("outbox row for top-up " + orphan + " which does not exist");
        }
        return problems;
    }
}
