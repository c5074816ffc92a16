package jp.konbini.sync;

import java.util.List;

/**
 * The devices' state for the heartbeat, supplied by whoever owns the devices (the flow, later).
 *
 * @param alerts     raised health flags, e.g. {@code acceptor-jam}, {@code cash-box-full}
 * @param paperState {@code ok}, {@code low}, {@code out} or {@code unknown}
 */
public record DeviceSnapshot(List<String> alerts, long cashBoxNotes, long cashBoxYen, String paperState) {

    public DeviceSnapshot {
        alerts = List.copyOf(alerts);
    }

    public static DeviceSnapshot unknown() {
        return new DeviceSnapshot(List.of(), 0, 0, "unknown");
    }
}
