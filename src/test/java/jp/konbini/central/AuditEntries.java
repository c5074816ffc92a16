package jp.konbini.central;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.domain.audit.AuditChain;
import jp.konbini.wire.AuditSubmission;

/** Hand-made audit log entries, chained right (or deliberately from the wrong place). */
public final class AuditEntries {

    private static final Instant START = Instant.parse("2026-11-22T01:00:00.000001Z");

    private AuditEntries() {
    }

    /** An entry linked to {@code previous}. */
    public static AuditSubmission entry(String previous, long seq, Instant at, String actor, String role, String action, String subject,
                                        String before, String after) {
        return new AuditSubmission(seq, at.toString(), actor, role, action, subject, before, after,
                AuditChain.next(previous, seq, at, actor, role, action, subject, before, after));
    }

    /** Entries {@code from..from+count-1}, the first linked to {@code previous}, each to the one before. */
    public static List<AuditSubmission> log(String previous, long from, int count) {
        List<AuditSubmission> out = new ArrayList<>();
        String prev = previous;
        for (long seq = from; seq < from + count; seq++) {
            AuditSubmission e = entry(prev, seq, START.plusSeconds(seq * 61).plusNanos(seq * 1000), seq % 2 == 0 ? "sato" : "tanaka",
                    seq % 3 == 0 ? "STAFF" : "TECHNICIAN", String.format("ACT-%02d", seq), "subject " + seq, "before " + seq, "after " + seq);
            out.add(e);
            prev = e.chainHash();
        }
        return out;
    }

    /** The whole log 1..count from genesis. */
    public static List<AuditSubmission> log(int count) {
        return log(AuditChain.GENESIS, 1, count);
    }

    /** The same entry with another hash (its fields no longer give it). */
    public static AuditSubmission withHash(AuditSubmission e, String hash) {
        return new AuditSubmission(e.seq(), e.at(), e.actor(), e.role(), e.action(), e.subject(), e.before(), e.after(), hash);
    }

    /** The same entry with another "after" value but the old hash: a changed entry. */
    public static AuditSubmission tampered(AuditSubmission e, String after) {
        return new AuditSubmission(e.seq(), e.at(), e.actor(), e.role(), e.action(), e.subject(), e.before(), after, e.chainHash());
    }
}
