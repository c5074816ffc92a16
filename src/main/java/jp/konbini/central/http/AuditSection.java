package jp.konbini.central.http;

import java.time.Instant;
import java.util.List;
import jp.konbini.central.apply.AuditLogReader;

/**
 * The fleet page's audit section: per kiosk, how many entries the server holds and the newest
 * one's time, then its latest entries (time, who, role, action, subject, before → after). Every
 * text the kiosk sent is escaped: an operator name or a value is shown, never interpreted.
 */
final class AuditSection {

    /** Entries shown per kiosk. */
    static final int LATEST = 10;

    private AuditSection() {
    }

    static void render(StringBuilder h, List<AuditLogReader.KioskAudit> kiosks) {
        h.append("<h2 id=\"audit\">Maintenance audit log</h2>");
        if (kiosks.isEmpty()) {
            h.append("<p>No kiosk has sent an audit entry.</p>");
            return;
        }
        for (AuditLogReader.KioskAudit k : kiosks) {
            h.append("<h3>").append(FleetPage.esc(k.kioskId())).append("</h3><p class=\"audit-summary\">")
                    .append(k.count()).append(k.count() == 1 ? " entry" : " entries").append(", the last at ")
                    .append(FleetPage.esc(str(k.lastAt()))).append(" (received ").append(FleetPage.esc(str(k.lastReceivedAt()))).append(")</p>");
            h.append("<table class=\"audit\"><tr><th>seq</th><th>time (kiosk)</th><th>who</th><th>role</th><th>action</th><th>subject</th>"
                    + "<th>before → after</th></tr>");
            for (AuditLogReader.AuditRow e : k.latest()) {
                h.append("<tr><td>").append(e.seq()).append("</td>");
                for (String cell : List.of(str(e.at()), e.actor(), e.role(), e.action(), e.subject())) {
                    h.append("<td>").append(FleetPage.esc(cell)).append("</td>");
                }
                h.append("<td>");
                if (!e.before().isEmpty() || !e.after().isEmpty()) {
                    h.append(FleetPage.esc(e.before())).append(" → ").append(FleetPage.esc(e.after()));
                }
                h.append("</td></tr>");
            }
            h.append("</table>");
        }
    }

    private static String str(Instant t) {
        return t == null ? "" : t.toString();
    }
}
