package jp.konbini.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Opens the journal's H2 database: creates the data directory, migrates the schema with Flyway,
 * checks the journal belongs to this kiosk and writes a durable boot record (which proves the
 * journal is writable before any cash is taken). Every failure becomes a {@link JournalFault}.
 */
final class JournalDatabase {

    /** Embedded and single-process: the file is the security boundary, so no password is kept. */
    static final String USER = "kiosk";
    static final String PASSWORD = "";
    private static final String MIGRATIONS = "classpath:db/journal";

    private JournalDatabase() {
    }

    /** Opens for writing and migrates the schema; {@link #claimAndRecordBoot} comes next. */
    static Connection openForWriting(JournalLocation location) {
        try {
            Files.createDirectories(location.dataDir());
        } catch (IOException | SecurityException e) {
            throw new JournalUnavailableException(JournalFault.NOT_WRITABLE,
                    "cannot create the data directory " + location.dataDir() + " (" + e + ")", e);
        }
        String url = location.url(false);
        Connection connection = connect(url);
        try {
            migrate(url);
            return connection;
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Opens an existing journal without changing a byte of it (for verify and export). */
    static Connection openReadOnly(JournalLocation location, String name) {
        Path file = location.dataDir().resolve(name + ".mv.db");
        if (!Files.isRegularFile(file)) {
            throw new JournalUnavailableException(JournalFault.IO_ERROR, "no journal at " + file, null);
        }
        Connection connection = connect(location.url(name, true));
        try {
            requireKnownSchema(connection);
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw Faults.unavailable(e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static Connection connect(String url) {
        try {
            return DriverManager.getConnection(url, USER, PASSWORD);
        } catch (SQLException e) {
            throw Faults.unavailable(e);
        }
    }

    private static void migrate(String url) {
        Flyway flyway = flyway(url);
        try {
            // Flyway tolerates migrations from the future by default; the kiosk must not.
            for (MigrationInfo m : flyway.info().all()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new JournalUnavailableException(JournalFault.NEWER_SCHEMA,
                            "it has schema version " + m.getVersion() + ", unknown to this software", null);
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw Faults.unavailable(e);
        }
    }

    private static Flyway flyway(String url) {
        return Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load();
    }

    private static void requireKnownSchema(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME IN ('TOPUP', 'NOTE', 'MONEY_EVENT')")) {
            rs.next();
            if (rs.getInt(1) != 3) {
                throw new JournalUnavailableException(JournalFault.CORRUPT, "the journal tables are missing", null);
            }
        }
    }

    /** In one durable transaction: bind a new journal to this kiosk (or check it), and count this start. */
    static void claimAndRecordBoot(DurableWrites writes, String kioskId, String software, Clock clock) {
        writes.commit(c -> {
            String owner = null;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT kiosk_id FROM journal_meta")) {
                if (rs.next()) {
                    owner = rs.getString(1);
                }
            }
            if (owner == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_meta (kiosk_id, created_at) VALUES (?, ?)")) {
                    ps.setString(1, kioskId);
                    ps.setObject(2, JournalRows.timestamp(clock.instant()));
                    ps.executeUpdate();
                }
            } else if (!owner.equals(kioskId)) {
                throw new JournalUnavailableException(JournalFault.WRONG_KIOSK,
                        "it belongs to " + owner + ", this kiosk is " + kioskId, null);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO journal_boot (boot_no, started_at, software) SELECT COALESCE(MAX(boot_no), 0) + 1, ?, ? FROM journal_boot")) {
                ps.setObject(1, JournalRows.timestamp(clock.instant()));
                ps.setString(2, software);
                ps.executeUpdate();
            }
            return null;
        });
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Already failing; the first error is the one reported.
        }
    }
}
