package jp.konbini.central.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The central database: a HikariCP pool over H2 (a file database, the default) or PostgreSQL
 * (production), migrated by Flyway from {@code db/central} — the same migrations and the same SQL
 * for both. An H2 URL gets {@link #H2_SETTINGS} added, for the reasons the kiosk journal has them.
 */
public final class CentralDatabase implements AutoCloseable {

    /**
     * {@code WRITE_DELAY=0}: a commit is written before it returns, so a killed server keeps what it
     * answered; {@code REUSE_SPACE=FALSE}: H2 2.5.252 loses the newest chunks after a crash when it
     * reuses space (docs/decisions/0007); {@code LOCK_TIMEOUT}: kiosks wait for each other's row locks;
     * {@code QUERY_CACHE_SIZE=64}: a batch runs about a dozen statements, more than H2's default cache
     * of 8 parsed statements per session, so with the default every statement was parsed again each batch.
     * H2 still does not fsync a commit: production runs on PostgreSQL (docs/decisions/0012).
     */
    static final String H2_SETTINGS = ";WRITE_DELAY=0;REUSE_SPACE=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

    private final HikariDataSource pool;
    private final boolean postgres;

    private CentralDatabase(HikariDataSource pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    /** The default database when {@code --db} is omitted: an H2 file in {@code dir}. */
    public static String defaultUrl(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().normalize().resolve("central");
    }

    /**
     * Opens the pool and migrates the schema.
     *
     * @param url a {@code jdbc:h2:} or {@code jdbc:postgresql:} URL (credentials in the URL for PostgreSQL)
     */
    public static CentralDatabase open(String url, int poolSize) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        if (!postgres && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db must be a jdbc:h2: or jdbc:postgresql: URL, not " + url);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres ? url : withH2Settings(url));
        if (!postgres) {
            config.setUsername("central");
            config.setPassword("");
        } else {
            // A batch of inserts becomes one multi-row INSERT on the wire instead of one statement per row.
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        config.setPoolName("central");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new CentralDatabaseException("cannot connect to " + redacted(url) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/central").failOnMissingLocations(true).load().migrate();
            return new CentralDatabase(pool, postgres);
        } catch (RuntimeException e) {
            pool.close();
            throw new CentralDatabaseException("cannot migrate " + redacted(url) + ": " + rootMessage(e), e);
        }
    }

    /** The URL without its password, for messages. */
    private static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String withH2Settings(String url) {
        StringBuilder full = new StringBuilder(url);
        for (String setting : H2_SETTINGS.substring(1).split(";")) {
            String key = setting.substring(0, setting.indexOf('=') + 1);
            if (!url.toUpperCase(java.util.Locale.ROOT).contains(";" + key)) {
                full.append(';').append(setting);
            }
        }
        return full.toString();
    }

    public DataSource dataSource() {
        return pool;
    }

    public boolean isPostgres() {
        return postgres;
    }

    @Override
    public void close() {
        pool.close();
    }
}
