package jp.konbini.device.acceptor.sim;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of the simulated unit, for tests, the control window and stdin's {@code status}.
 *
 * @param power        OFF, POWER_UP (waiting for RESET) or ON
 * @param status       the status a STATUS REQUEST would get now (e.g. ESCROW), or NO_REPLY
 * @param statusCode   its code, or -1 for no reply
 * @param phase        the note's step (NONE, ACCEPTING, ESCROW, ...)
 * @param note         the note inside the unit, or empty text
 * @param queued       notes the customer still holds
 * @param settings     C0–C7 as stored, hex
 * @param conditions   stacker open, jam, failure, cheated, paused, wedged, initializing
 * @param cashBoxCount notes in the cash box
 * @param cashBoxYen   their total value
 * @param capacity     the cash box's capacity
 */
public record SimState(String power, String status, int statusCode, String phase, String note, int queued,
        Map<String, String> settings, Map<String, Object> conditions, int cashBoxCount, long cashBoxYen, int capacity) {

    public Map<String, Object> toMap() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("power", power);
        out.put("status", status);
        out.put("statusCode", statusCode < 0 ? null : String.format("0x%02X", statusCode));
        out.put("phase", phase);
        out.put("note", note);
        out.put("queued", queued);
        out.put("settings", settings);
        out.put("conditions", conditions);
        out.put("cashBoxCount", cashBoxCount);
        out.put("cashBoxYen", cashBoxYen);
        out.put("capacity", capacity);
        return out;
    }
}
