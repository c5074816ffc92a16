package jp.konbini.central.apply;

import java.time.Instant;
import jp.konbini.domain.audit.AuditChain;

/**
 * How far the server holds a kiosk's audit log: every entry 1..{@code storedThrough}, the newest
 * one's chain hash and time (kiosk clock), and when it was received (server clock).
 */
public record AuditPosition(long storedThrough, String lastHash, Instant lastAt, Instant lastReceivedAt) {

    /** Nothing held yet: the first entry links to the genesis hash. */
    public static final AuditPosition NONE = new AuditPosition(0, AuditChain.GENESIS, null, null);
}
