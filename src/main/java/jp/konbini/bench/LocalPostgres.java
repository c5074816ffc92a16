package jp.konbini.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A throw-away PostgreSQL on this machine for benchmarks, from the binaries on Maven Central;
 * commits are durable ({@code synchronous_commit=on}, fsync on), as in production.
 */
final class LocalPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    LocalPostgres() {
        try {
            server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                    .setServerConfig("max_connections", "300").start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a local PostgreSQL", e);
        }
    }

    String url() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
