package jp.konbini.journal;

import java.time.Instant;

/** A written audit log entry: its gap-free number, when, the record, and its link in the hash chain. */
public record AuditEntry(long seq, Instant at, AuditRecord record, String chainHash) {
}
