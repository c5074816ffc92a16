package jp.konbini.central.apply;

/** How far the server holds a kiosk's sequence: 1..highestContiguous all stored; highestSeen the largest stored. */
public record KioskPosition(long highestContiguous, long highestSeen) {
}
