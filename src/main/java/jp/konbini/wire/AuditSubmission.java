package jp.konbini.wire;

/**
 * One entry of a kiosk's maintenance audit log as the kiosk sends it: its gap-free number, when
 * (ISO-8601 instant, kiosk clock, microseconds), who in what role did what to what, the value before
 * and after ({@code ""} where there is none), and its link in the log's hash chain
 * ({@code jp.konbini.domain.audit.AuditChain}), which the server recomputes.
 */
public record AuditSubmission(
        long seq,
        String at,
        String actor,
        String role,
        String action,
        String subject,
        String before,
        String after,
        String chainHash) {
}
