package jp.konbini.central;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.central.store.CentralDatabase;

/**
 * Databases for central-server tests: an H2 file database in a temporary directory, or a fresh
 * database in one real PostgreSQL (embedded binaries from Maven Central) started once per test JVM,
 * with durable commits ({@code synchronous_commit=on}) as in production.
 */
public final class TestDatabases {

    /** Which database a parameterised test runs on. */
    public enum Kind { H2, POSTGRES }

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final Object LOCK = new Object();
    private static final EmbeddedPostgres[] SERVER = new EmbeddedPostgres[1];

    private TestDatabases() {
    }

    public static String url(Kind kind, Path dir) {
        return kind == Kind.H2 ? CentralDatabase.defaultUrl(dir) : newPostgresDatabase();
    }

    public static CentralDatabase open(Kind kind, Path dir) {
        return CentralDatabase.open(url(kind, dir), 8);
    }

    /** A new, empty database in the shared PostgreSQL. */
    public static String newPostgresDatabase() {
        EmbeddedPostgres pg = postgres();
        String name = "central_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres postgres() {
        synchronized (LOCK) {
            if (SERVER[0] == null) {
                try {
                    EmbeddedPostgres pg = EmbeddedPostgres.builder()
                            .setServerConfig("synchronous_commit", "on")
                            .setServerConfig("max_connections", "300")
                            .start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            pg.close();
                        } catch (IOException ignored) {
                            // The JVM is going; the data directory is temporary.
                        }
                    }));
                    SERVER[0] = pg;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return SERVER[0];
        }
    }
}
