package jp.konbini.wire;

/** The answer to a heartbeat: the server's clock, so a kiosk can see how far its own is off. */
public record ServerTime(String serverTime) {
}
