package jp.konbini.app;

import java.util.List;
import java.util.Optional;
import jp.konbini.sync.CatalogFetch;
import jp.konbini.sync.CentralClient;
import jp.konbini.sync.CentralException;
import jp.konbini.sync.UploadInFlight;
import jp.konbini.wire.Heartbeat;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;

/**
 * The demo's and burn-in's network cable: while cut, every request fails as an unreachable server
 * does, so the kiosk goes offline, queues, and syncs once it is restored.
 */
final class NetworkSwitch implements CentralClient {

    private final CentralClient client;
    private volatile boolean up = true;

    NetworkSwitch(CentralClient client) {
        this.client = client;
    }

    void setUp(boolean up) {
        this.up = up;
    }

    boolean isUp() {
        return up;
    }

    private void check() throws CentralException {
        if (!up) {
            throw new CentralException(CentralException.Kind.UNREACHABLE, "network cut (simulated)");
        }
    }

    @Override
    public UploadResponse upload(List<TopUpSubmission> records) throws CentralException {
        check();
        return client.upload(records);
    }

    @Override
    public UploadInFlight begin(List<TopUpSubmission> records) {
        if (!up) {
            return () -> {
                throw new CentralException(CentralException.Kind.UNREACHABLE, "network cut (simulated)");
            };
        }
        return client.begin(records);
    }

    @Override
    public CatalogFetch catalog(Optional<String> etag) throws CentralException {
        check();
        return client.catalog(etag);
    }

    @Override
    public void heartbeat(Heartbeat heartbeat) throws CentralException {
        check();
        client.heartbeat(heartbeat);
    }

    @Override
    public jp.konbini.wire.AuditResponse uploadAudit(jp.konbini.wire.AuditBatch batch) throws CentralException {
        check();
        return client.uploadAudit(batch);
    }
}
