package jp.konbini.central.auth;

import java.time.Instant;

/** Nonces of accepted requests, remembered for as long as their timestamps could still pass. */
public interface NonceLedger {

    /** Records the nonce durably; false when this kiosk has used it before. */
    boolean firstUse(String kioskId, String nonce, Instant seenAt);

    /** Forgets nonces seen before {@code cutoff}: requests that old fail on their timestamp anyway. */
    void forgetBefore(Instant cutoff);
}
