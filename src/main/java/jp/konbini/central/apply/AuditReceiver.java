package jp.konbini.central.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.konbini.domain.audit.AuditChain;
import jp.konbini.wire.AuditResponse;
import jp.konbini.wire.AuditSubmission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a kiosk's audit log exactly once, in one transaction per batch: the kiosk's position is
 * locked, every entry's hash is recomputed ({@link AuditChain}) from the one before it (the stored
 * one for the batch's first entry), entries the server holds already must carry the stored hash
 * (a resend after a lost answer stores nothing twice), and the first new entry must follow the
 * last one held. Anything else refuses the whole batch, stores none of it, and raises an alert.
 */
public final class AuditReceiver {

    private static final Logger LOG = LoggerFactory.getLogger(AuditReceiver.class);

    private final AuditStore store;
    private final Clock clock;

    public AuditReceiver(AuditStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param batch consecutive entries in ascending order, each in form (the HTTP layer checks that)
     */
    public AuditResponse receive(String kioskId, List<AuditSubmission> batch) {
        if (batch.isEmpty()) {
            throw new IllegalArgumentException("an audit batch has at least one entry");
        }
        return store.inTransaction(book -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            AuditPosition held = book.lockPosition(kioskId);
            long first = batch.get(0).seq();
            long last = batch.get(batch.size() - 1).seq();
            if (first > held.storedThrough() + 1) {
                return refuse(book, kioskId, AuditResponse.GAP, "entries " + (held.storedThrough() + 1) + ".." + (first - 1)
                        + " are missing: the server holds the log through " + held.storedThrough() + ", the batch starts at " + first, held, now);
            }
            Map<Long, String> stored = first <= held.storedThrough()
                    ? book.hashes(kioskId, Math.max(1, first - 1), Math.min(last, held.storedThrough()))
                    : Map.of();
            String previous = first == 1 ? AuditChain.GENESIS : first - 1 == held.storedThrough() ? held.lastHash() : stored.get(first - 1);
            if (previous == null) {
                throw new IllegalStateException("the audit log of " + kioskId + " has no entry " + (first - 1) + " below " + held.storedThrough());
            }
            List<AuditSubmission> fresh = new ArrayList<>();
            int duplicates = 0;
            for (AuditSubmission e : batch) {
                String expected = AuditChain.next(previous, e.seq(), Instant.parse(e.at()), e.actor(), e.role(), e.action(), e.subject(),
                        e.before(), e.after());
                if (!expected.equals(e.chainHash())) {
                    return refuse(book, kioskId, AuditResponse.CHAIN_BROKEN, "entry " + e.seq() + " does not link to entry " + (e.seq() - 1)
                            + " (its hash " + e.chainHash() + " is not the " + expected + " its fields and the previous hash give)", held, now);
                }
                if (e.seq() <= held.storedThrough()) {
                    String mine = stored.get(e.seq());
                    if (!e.chainHash().equals(mine)) {
                        return refuse(book, kioskId, AuditResponse.CONFLICT, "entry " + e.seq() + " is held with hash " + mine
                                + " and arrived with " + e.chainHash() + " (a restored or cloned kiosk?)", held, now);
                    }
                    duplicates++;
                } else {
                    fresh.add(e);
                }
                previous = e.chainHash();
            }
            if (fresh.isEmpty()) {
                return AuditResponse.stored(held.storedThrough(), 0, duplicates, now.toString());
            }
            book.insertAll(kioskId, fresh, now);
            AuditSubmission newest = fresh.get(fresh.size() - 1);
            book.savePosition(kioskId, new AuditPosition(newest.seq(), newest.chainHash(), Instant.parse(newest.at()), now));
            return AuditResponse.stored(newest.seq(), fresh.size(), duplicates, now.toString());
        });
    }

    private static AuditResponse refuse(AuditBook book, String kioskId, String error, String detail, AuditPosition held, Instant now) {
        book.raiseAlert(kioskId, error, detail, now);
        LOG.warn("audit batch of {} refused, {}: {}", kioskId, error, detail);
        return AuditResponse.refused(error, detail, held.storedThrough(), now.toString());
    }
}
