package jp.konbini.central.carrier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A top-up to credit to a line. {@code idempotencyKey} is the kiosk's top-up UUID: a real
 * carrier adapter passes it on, so a retried call can never credit twice.
 */
public record CarrierRequest(UUID idempotencyKey, String lineKind, String lineDigits, String carrier, String productId,
                             int validityDays, BigDecimal dataGb, Instant at) {
}
