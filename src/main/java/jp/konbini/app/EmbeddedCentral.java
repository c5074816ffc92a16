package jp.konbini.app;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import jp.konbini.central.CentralServer;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.central.store.CentralDatabase;

/**
 * A real central server (HTTP, signed requests, its own H2 database, the simulated carrier) on a
 * free local port, with one kiosk registered: the demo and burn-in sync against it exactly as a
 * kiosk in a store syncs against production.
 */
final class EmbeddedCentral implements AutoCloseable {

    private final CentralDatabase database;
    private final CentralServer server;
    private final byte[] kioskSecret;

    private EmbeddedCentral(CentralDatabase database, CentralServer server, byte[] kioskSecret) {
        this.database = database;
        this.server = server;
        this.kioskSecret = kioskSecret;
    }

    static EmbeddedCentral start(Path dataDir, String kioskId) {
        CentralDatabase database = CentralDatabase.open(CentralDatabase.defaultUrl(dataDir), 4);
        try {
            CentralServer server = CentralServer.start(database, new SimulatedCarrier(true), Clock.systemUTC(), "127.0.0.1", 0, Optional.empty());
            byte[] secret = Base64.getDecoder().decode(server.kiosks().register(kioskId, Clock.systemUTC().instant()));
            return new EmbeddedCentral(database, server, secret);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    URI url() {
        return server.url();
    }

    byte[] kioskSecret() {
        return kioskSecret.clone();
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
