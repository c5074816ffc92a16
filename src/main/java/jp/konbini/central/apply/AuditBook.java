package jp.konbini.central.apply;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.konbini.wire.AuditSubmission;

/** The kiosks' audit logs as the server holds them, inside one transaction. */
public interface AuditBook {

    /**
     * How far the server holds the kiosk's log, locked for the rest of the transaction (one audit
     * batch per kiosk at a time); {@link AuditPosition#NONE} before its first entry.
     */
    AuditPosition lockPosition(String kioskId);

    /** The stored chain hashes of the kiosk's entries {@code from..to} (inclusive), by sequence number. */
    Map<Long, String> hashes(String kioskId, long from, long to);

    /** Stores new entries (each (kiosk, seq) at most once: the key refuses a second). */
    void insertAll(String kioskId, List<AuditSubmission> entries, Instant receivedAt);

    void savePosition(String kioskId, AuditPosition position);

    /** Raises an alert for the fleet page, unless the kiosk's newest alert already says the same. */
    void raiseAlert(String kioskId, String kind, String detail, Instant at);
}
