package jp.konbini.sync;

import java.util.List;
import java.util.Optional;
import jp.konbini.wire.AuditBatch;
import jp.konbini.wire.AuditResponse;
import jp.konbini.wire.Heartbeat;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;

/** The kiosk's port to the central server. Implementations sign every request. */
public interface CentralClient {

    UploadResponse upload(List<TopUpSubmission> records) throws CentralException;

    /**
     * Sends an upload and returns without waiting for the answer. This default sends it on the calling thread
     * and has the answer ready at once (for clients without an asynchronous transport).
     */
    default UploadInFlight begin(List<TopUpSubmission> records) {
        try {
            UploadResponse response = upload(records);
            return () -> response;
        } catch (CentralException e) {
            return () -> {
                throw e;
            };
        }
    }

    /** The catalogue, unless {@code etag} names the version the server has now. */
    CatalogFetch catalog(Optional<String> etag) throws CentralException;

    void heartbeat(Heartbeat heartbeat) throws CentralException;

    /**
     * Sends entries of the maintenance audit log ({@link AuditRound}). A refused batch (gap, broken
     * chain, conflict) is an answer, not an exception: {@link AuditResponse#accepted()} is false.
     * This default is for clients that cannot send the log: it always fails, so nothing is marked sent.
     */
    default AuditResponse uploadAudit(AuditBatch batch) throws CentralException {
        throw new CentralException(CentralException.Kind.REFUSED, "this client does not send the audit log");
    }
}
