package jp.konbini.wire;

import java.util.List;

/**
 * {@code POST /v1/heartbeat}: how the kiosk is doing, for the fleet page.
 *
 * @param oldestUnsyncedAgeSeconds null when nothing is unsynced
 * @param stopReasons               why the kiosk takes no cash now; empty when it does
 * @param deviceAlerts              device health flags that are raised (e.g. {@code acceptor-jam})
 * @param paperState                {@code ok}, {@code low}, {@code out} or {@code unknown}
 */
public record Heartbeat(
        String softwareVersion,
        String catalogVersion,
        long unsyncedCount,
        long unsyncedYen,
        Long oldestUnsyncedAgeSeconds,
        boolean acceptsCash,
        List<String> stopReasons,
        List<String> deviceAlerts,
        long cashBoxNotes,
        long cashBoxYen,
        String paperState,
        String kioskTime) {
}
