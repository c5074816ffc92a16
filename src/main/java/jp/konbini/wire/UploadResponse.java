package jp.konbini.wire;

import java.util.List;

/**
 * The answer to an upload: one result per record sent, plus the kiosk's highest contiguous
 * sequence number as the server holds it (every record from 1 up to it is stored).
 */
public record UploadResponse(List<RecordResult> results, long highestContiguousSeq, String serverTime) {
}
