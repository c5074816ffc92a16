package jp.konbini.sync;

import jp.konbini.wire.UploadResponse;

/**
 * An upload that has been sent and whose answer is still to come, so the uploader can record the
 * previous batch's answers in the journal while this one is on the wire.
 */
@FunctionalInterface
public interface UploadInFlight {

    /** Waits for the answer (at most the client's request timeout). */
    UploadResponse await() throws CentralException;
}
