package jp.konbini.central.carrier;

import java.time.LocalDate;

/** A prepaid line at the carrier: when it expires and how much data is left. */
public record LineAccount(String lineKind, String lineDigits, LocalDate expiresOn, long dataMb) {
}
