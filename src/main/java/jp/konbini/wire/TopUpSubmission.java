package jp.konbini.wire;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One journalled record as the kiosk sends it. The server keys it by {@code uuid} and by
 * (kiosk, {@code seq}); a resend carries exactly the same fields, so a body that differs under a
 * known UUID is a bug or tampering, never a retry.
 *
 * @param lineKind {@code PHONE} or {@code ICCID}
 * @param openedAt ISO-8601 instant, kiosk clock
 * @param closedAt ISO-8601 instant, kiosk clock
 */
public record TopUpSubmission(
        UUID uuid,
        long seq,
        RecordKind kind,
        String lineKind,
        String lineDigits,
        String productId,
        String carrier,
        int validityDays,
        BigDecimal dataGb,
        long priceYen,
        long creditedYen,
        String claimCode,
        String openedAt,
        String closedAt) {
}
