package jp.konbini.wire;

import java.util.List;

/** {@code POST /v1/topups}: records of the signing kiosk, in sequence order. */
public record UploadRequest(List<TopUpSubmission> topUps) {
}
