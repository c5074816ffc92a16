package jp.konbini.maintenance;

import java.time.Instant;

/** One point of a chart: when, and how many. */
public record ChartPoint(Instant at, long value) {
}
