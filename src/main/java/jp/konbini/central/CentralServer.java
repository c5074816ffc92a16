package jp.konbini.central;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import jp.konbini.central.apply.AuditReceiver;
import jp.konbini.central.apply.BatchApplier;
import jp.konbini.central.auth.RequestAuthenticator;
import jp.konbini.central.carrier.CarrierGateway;
import jp.konbini.central.http.CentralHttp;
import jp.konbini.central.http.Listening;
import jp.konbini.central.store.CentralDatabase;
import jp.konbini.central.store.JdbcAuditStore;
import jp.konbini.central.store.JdbcFleetReader;
import jp.konbini.central.store.JdbcKiosks;
import jp.konbini.central.store.JdbcLedgerStore;

/**
 * The central server's parts wired together over one database: store, apply, authentication and
 * HTTP. Built by the composition root ({@code app}) and by tests and benchmarks the same way.
 */
public final class CentralServer implements AutoCloseable {

    private final CentralDatabase database;
    private final JdbcKiosks kiosks;
    private final Listening http;

    private CentralServer(CentralDatabase database, JdbcKiosks kiosks, Listening http) {
        this.database = database;
        this.kiosks = kiosks;
        this.http = http;
    }

    /**
     * Opens the database (migrating it) and starts serving.
     *
     * @param port    0 for any free port
     * @param catalog the catalogue kiosks may download, if one is published
     */
    public static CentralServer start(CentralDatabase database, CarrierGateway carrier, Clock clock, String host, int port,
                                      Optional<byte[]> catalog) {
        JdbcKiosks kiosks = new JdbcKiosks(database.dataSource());
        BatchApplier applier = new BatchApplier(new JdbcLedgerStore(database.dataSource()), carrier, clock);
        RequestAuthenticator authenticator = new RequestAuthenticator(kiosks, kiosks, clock);
        JdbcAuditStore audit = new JdbcAuditStore(database.dataSource());
        CentralHttp api = new CentralHttp(applier, authenticator, kiosks, new JdbcFleetReader(database.dataSource()), catalog, clock,
                new AuditReceiver(audit, clock), audit);
        return new CentralServer(database, kiosks, api.start(host, port));
    }

    public int port() {
        return http.port();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public JdbcKiosks kiosks() {
        return kiosks;
    }

    public CentralDatabase database() {
        return database;
    }

    /** Stops serving; the database stays open (its owner closes it). */
    @Override
    public void close() {
        http.close();
    }
}
