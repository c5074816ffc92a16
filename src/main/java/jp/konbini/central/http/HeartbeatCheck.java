package jp.konbini.central.http;

import java.util.List;
import jp.konbini.wire.Heartbeat;

/** A heartbeat fits the fleet table or is refused (400), never cut short or failed in the database. */
final class HeartbeatCheck {

    private HeartbeatCheck() {
    }

    static Heartbeat check(Heartbeat h) {
        if (h == null || h.stopReasons() == null || h.deviceAlerts() == null) {
            throw new BadRequest("invalid-heartbeat", "stopReasons and deviceAlerts are required (may be empty)");
        }
        within("softwareVersion", h.softwareVersion(), 64);
        within("catalogVersion", h.catalogVersion(), 64);
        within("paperState", h.paperState(), 16);
        within("kioskTime", h.kioskTime(), 40);
        within("stopReasons", joined(h.stopReasons()), 500);
        within("deviceAlerts", joined(h.deviceAlerts()), 500);
        if (h.unsyncedCount() < 0 || h.unsyncedYen() < 0 || h.cashBoxNotes() < 0 || h.cashBoxYen() < 0) {
            throw new BadRequest("invalid-heartbeat", "counts and amounts cannot be negative");
        }
        return h;
    }

    private static String joined(List<String> items) {
        if (items.stream().anyMatch(i -> i == null)) {
            throw new BadRequest("invalid-heartbeat", "lists hold no nulls");
        }
        return String.join(",", items);
    }

    private static void within(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new BadRequest("invalid-heartbeat", field + " is longer than " + max + " characters");
        }
    }
}
