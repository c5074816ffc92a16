package jp.konbini.central.apply;

import java.time.Instant;
import jp.konbini.wire.Heartbeat;

/** Keeps each kiosk's latest heartbeat for the fleet page. */
public interface HeartbeatLog {

    void save(String kioskId, Heartbeat heartbeat, Instant receivedAt);
}
