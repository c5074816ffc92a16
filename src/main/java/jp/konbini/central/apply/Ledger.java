package jp.konbini.central.apply;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.central.carrier.LineBook;

/** The server's books inside one transaction. */
public interface Ledger extends LineBook {

    /** Locks the kiosk's row for the rest of the transaction (one batch per kiosk at a time). */
    Optional<KioskPosition> lockKiosk(String kioskId);

    Optional<StoredTopUp> byUuid(UUID uuid);

    Optional<StoredTopUp> bySeq(String kioskId, long seq);

    void insert(StoredTopUp topUp);

    void openRefundClaim(StoredTopUp topUp, Instant at);

    void raiseAlert(String kioskId, String kind, String detail, Instant at);

    /** The highest n such that every sequence number from {@code from} + 1 to n is stored ({@code from} when none). */
    long contiguousFrom(String kioskId, long from);

    void savePosition(String kioskId, KioskPosition position);
}
