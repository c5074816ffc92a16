package jp.konbini.journal;

/**
 * One maintenance action as the audit log keeps it: who (name and role), what, on what, and the
 * value before and after ({@code ""} where there is none). Texts are cut to the column sizes.
 */
public record AuditRecord(String actor, String role, String action, String subject, String before, String after) {

    public AuditRecord {
        actor = cut(actor, 64);
        role = cut(role, 12);
        action = cut(action, 40);
        subject = cut(subject, 120);
        before = cut(before, 400);
        after = cut(after, 400);
        if (actor.isBlank() || role.isBlank() || action.isBlank()) {
            throw new IllegalArgumentException("an audit record names who (and in what role) did what");
        }
    }

    private static String cut(String s, int max) {
        String v = s == null ? "" : s;
        return v.length() > max ? v.substring(0, max) : v;
    }
}
