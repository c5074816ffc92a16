package jp.konbini.report;

import java.time.Instant;

/** A device fault of the day, as logged: when, which device, what. */
public record FaultEntry(Instant at, String device, String description) {
}
