package jp.konbini.report;

import java.time.Instant;

/**
 * A receipt or slip printed again that day.
 *
 * @param reference what was reprinted (a transaction number, a collection number)
 * @param by        who asked for it; "kiosk" for an automatic reprint after a paper fault
 */
public record ReprintEntry(Instant at, String reference, String by) {
}
