package jp.konbini.central;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.central.store.CentralDatabase;

/** A real central server over loopback on a test database, with kiosks registered on demand. */
public final class CentralFixture implements AutoCloseable {

    private final CentralDatabase database;
    private final CentralServer server;

    private CentralFixture(CentralDatabase database, CentralServer server) {
        this.database = database;
        this.server = server;
    }

    public static CentralFixture start(TestDatabases.Kind kind, Path dir, boolean openLines, Optional<byte[]> catalog) {
        CentralDatabase database = TestDatabases.open(kind, dir);
        return new CentralFixture(database, CentralServer.start(database, new SimulatedCarrier(openLines), Clock.systemUTC(),
                "127.0.0.1", 0, catalog));
    }

    public static CentralFixture start(TestDatabases.Kind kind, Path dir) {
        return start(kind, dir, true, Optional.empty());
    }

    /** Registers the kiosk and returns its secret. */
    public byte[] register(String kioskId) {
        return Base64.getDecoder().decode(server.kiosks().register(kioskId, Clock.systemUTC().instant()));
    }

    public CentralServer server() {
        return server;
    }

    public CentralDatabase database() {
        return database;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
