package jp.konbini.central.apply;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.konbini.central.carrier.LineAccount;

/**
 * The server's books inside one transaction. Reads and writes come a batch at a time (a handful
 * of statements per upload, not a handful per record).
 */
public interface Ledger {

    /** Locks the kiosk's row for the rest of the transaction (one batch per kiosk at a time). */
    Optional<KioskPosition> lockKiosk(String kioskId);

    /** Records a request's nonce; false when this kiosk used it before. */
    boolean useNonce(String kioskId, String nonce, Instant at);

    /** Stored records with any of these UUIDs, from any kiosk. */
    Map<UUID, StoredTopUp> byUuids(Collection<UUID> uuids);

    /** This kiosk's stored records with any of these sequence numbers. */
    Map<Long, StoredTopUp> bySeqs(String kioskId, Collection<Long> seqs);

    /** The accounts of these lines that exist, locked for the rest of the transaction. */
    Map<LineKey, LineAccount> lockLines(Collection<LineKey> lines);

    void saveLines(Collection<LineAccount> created, Collection<LineAccount> updated);

    void insertAll(List<StoredTopUp> topUps);

    void openRefundClaims(List<StoredTopUp> topUps, Instant at);

    void raiseAlert(String kioskId, String kind, String detail, Instant at);

    /** The highest n such that every sequence number from {@code from} + 1 to n is stored ({@code from} when none). */
    long contiguousFrom(String kioskId, long from);

    void savePosition(String kioskId, KioskPosition position);
}
