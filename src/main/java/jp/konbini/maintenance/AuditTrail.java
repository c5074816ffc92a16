package jp.konbini.maintenance;

import jp.konbini.journal.AuditRecord;

/** Builds the audit record of one operator's action: who, in what role, did what to what, before and after. */
final class AuditTrail {

    private AuditTrail() {
    }

    static AuditRecord of(Operator operator, String action, String subject, String before, String after) {
        return new AuditRecord(operator.name(), operator.role().name(), action, subject, before, after);
    }
}
