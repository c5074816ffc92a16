package jp.konbini.central.apply;

import java.time.Instant;
import java.util.List;

/** What the fleet page shows of the kiosks' audit logs. */
public interface AuditLogReader {

    /** Per kiosk that sent any entry (by kiosk id): how many it has, the newest time, and its newest entries, newest first. */
    List<KioskAudit> latest(int perKiosk);

    /** The kiosk's stored entries above {@code afterSeq}, oldest first. */
    List<AuditRow> entries(String kioskId, long afterSeq, int limit);

    /** One kiosk's log in brief. */
    record KioskAudit(String kioskId, long count, Instant lastAt, Instant lastReceivedAt, List<AuditRow> latest) {
    }

    /** One stored entry; {@code at} is the kiosk's clock, {@code receivedAt} the server's. */
    record AuditRow(long seq, Instant at, String actor, String role, String action, String subject, String before, String after,
                    String chainHash, Instant receivedAt) {
    }
}
