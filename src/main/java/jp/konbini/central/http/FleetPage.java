package jp.konbini.central.http;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.konbini.central.apply.AuditLogReader;
import jp.konbini.central.apply.FleetReader;

/** Renders the fleet page: kiosks, open refund claims, alerts, recent top-ups and the audit logs, as plain HTML tables. */
final class FleetPage {

    private FleetPage() {
    }

    static String render(FleetReader.Fleet fleet, List<AuditLogReader.KioskAudit> audit, Instant now) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Konbini fleet</title>")
                .append("<style>body{font-family:sans-serif;margin:1.5em}table{border-collapse:collapse;margin-bottom:2em}")
                .append("td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}.bad{color:#b00;font-weight:bold}</style>")
                .append("</head><body><h1>Konbini fleet</h1><p>As of ").append(esc(now.toString())).append("</p>");
        h.append("<h2>Kiosks</h2>");
        table(h, List.of("kiosk", "last heartbeat", "version", "contiguous seq", "highest seq", "unsynced", "unsynced ¥", "oldest unsynced",
                "takes cash", "device alerts", "paper", "cash box ¥"), fleet.kiosks(), k -> List.of(
                k.kioskId(), str(k.lastHeartbeat()), str(k.softwareVersion()), Long.toString(k.highestContiguousSeq()),
                k.highestSeenSeq() > k.highestContiguousSeq() ? "<gap>" + k.highestSeenSeq() : Long.toString(k.highestSeenSeq()),
                str(k.unsyncedCount()), str(k.unsyncedYen()), k.oldestUnsyncedSeconds() == null ? "" : k.oldestUnsyncedSeconds() + " s",
                k.acceptsCash() == null ? "" : k.acceptsCash() ? "yes" : "<no>" + str(k.stopReasons()),
                k.deviceAlerts() == null || k.deviceAlerts().isEmpty() ? "" : "<!>" + k.deviceAlerts(), str(k.paperState()), str(k.cashBoxYen())));
        h.append("<h2>Open refund claims</h2>");
        table(h, List.of("kiosk", "claim code", "amount ¥", "reason", "since"), fleet.openClaims(), c -> List.of(
                c.kioskId(), c.claimCode().substring(0, 4) + "-" + c.claimCode().substring(4, 8) + "-" + c.claimCode().substring(8),
                Long.toString(c.amountYen()), c.reason(), str(c.createdAt())));
        h.append("<h2>Alerts</h2>");
        table(h, List.of("kiosk", "kind", "detail", "raised"), fleet.recentAlerts(), a -> List.of(
                a.kioskId(), "<!>" + a.kind(), a.detail(), str(a.raisedAt())));
        h.append("<h2>Recent top-ups</h2>");
        table(h, List.of("kiosk", "seq", "kind", "amount ¥", "status", "new expiry", "applied at", "uuid"), fleet.recentTopUps(), t -> List.of(
                t.kioskId(), Long.toString(t.seq()), t.kind(), Long.toString(t.creditedYen()), t.status(), str(t.newExpiry()),
                str(t.appliedAt()), t.uuid().toString()));
        AuditSection.render(h, audit);
        return h.append("</body></html>").toString();
    }

    /** Cells starting with a marker ({@code <!>}, {@code <no>}, {@code <gap>}) are shown as problems. */
    private static <T> void table(StringBuilder h, List<String> headers, List<T> rows, Function<T, List<String>> cells) {
        h.append("<table><tr>");
        headers.forEach(x -> h.append("<th>").append(esc(x)).append("</th>"));
        h.append("</tr>");
        for (T row : rows) {
            h.append("<tr>");
            for (String cell : cells.apply(row)) {
                String text = cell == null ? "" : cell;
                boolean bad = text.startsWith("<!>") || text.startsWith("<no>") || text.startsWith("<gap>");
                if (text.startsWith("<!>")) {
                    text = text.substring(3);
                } else if (text.startsWith("<no>")) {
                    text = "no " + text.substring(4);
                } else if (text.startsWith("<gap>")) {
                    text = text.substring(5) + " (gap)";
                }
                h.append(bad ? "<td class=\"bad\">" : "<td>").append(esc(text)).append("</td>");
            }
            h.append("</tr>");
        }
        if (rows.isEmpty()) {
            h.append("<tr><td colspan=\"").append(headers.size()).append("\">none</td></tr>");
        }
        h.append("</table>");
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
