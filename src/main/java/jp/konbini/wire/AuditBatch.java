package jp.konbini.wire;

import java.util.List;

/**
 * {@code POST /v1/audit}: consecutive entries of the signing kiosk's audit log, oldest first. The
 * kiosk id must be the one that signed the request. The server stores each (kiosk, seq) once:
 * entries it holds already are answered as duplicates (after checking they are the same), the
 * first new one must follow the last it holds, and every entry must link to the one before it.
 */
public record AuditBatch(String kioskId, List<AuditSubmission> entries) {
}
