package jp.konbini.central.carrier;

import java.time.LocalDate;

/** What the carrier did with a top-up: credited the line (with its new expiry), or refused it. */
public sealed interface CarrierAnswer {

    record Applied(LocalDate newExpiry, long dataMb) implements CarrierAnswer {
    }

    record Refused(String reason) implements CarrierAnswer {
    }
}
