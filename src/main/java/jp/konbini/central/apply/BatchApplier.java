package jp.konbini.central.apply;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.konbini.central.carrier.CarrierAnswer;
import jp.konbini.central.carrier.CarrierGateway;
import jp.konbini.central.carrier.CarrierRequest;
import jp.konbini.central.carrier.LineBook;
import jp.konbini.wire.Disposition;
import jp.konbini.wire.Outcome;
import jp.konbini.wire.RecordKind;
import jp.konbini.wire.RecordResult;
import jp.konbini.wire.TopUpSubmission;
import jp.konbini.wire.UploadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a kiosk's batch exactly once, in one transaction: a record is new (stored, and applied
 * to the line if it is a purchase), a duplicate (its stored outcome is answered again, nothing is
 * applied twice), or rejected (same UUID with another body, or its sequence number taken by another
 * record: stored nowhere, alerted). The answer names every record and the kiosk's highest
 * contiguous sequence number. A hole in the sequence raises an alert when it first appears.
 */
public final class BatchApplier {

    public static final String UUID_CONFLICT = "uuid-conflict";
    public static final String SEQUENCE_CONFLICT = "sequence-conflict";
    public static final String SEQUENCE_GAP = "sequence-gap";

    private static final Logger LOG = LoggerFactory.getLogger(BatchApplier.class);

    private final LedgerStore store;
    private final CarrierGateway carrier;
    private final Clock clock;

    public BatchApplier(LedgerStore store, CarrierGateway carrier, Clock clock) {
        this.store = store;
        this.carrier = carrier;
        this.clock = clock;
    }

    /**
     * @throws UnknownKioskException when the kiosk is not registered (authentication normally stops that first)
     */
    public UploadResponse apply(String kioskId, List<TopUpSubmission> batch) {
        return apply(kioskId, Optional.empty(), batch);
    }

    /**
     * Applies the batch of a signed request, using up its nonce in the same transaction: the
     * request is accepted whole (nonce and records) or not at all.
     *
     * @throws NonceReusedException when the nonce was used before (nothing is stored)
     */
    public UploadResponse apply(String kioskId, Optional<String> nonce, List<TopUpSubmission> batch) {
        AtomicBoolean lookUpFirst = new AtomicBoolean(false);
        return store.inTransaction(ledger -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            KioskPosition position = ledger.lockKiosk(kioskId).orElseThrow(() -> new UnknownKioskException(kioskId));
            if (nonce.isPresent() && !ledger.useNonce(kioskId, nonce.get(), now)) {
                throw new NonceReusedException();
            }
            boolean lookUp = lookUpFirst.get() || !position.allNew(batch.stream().mapToLong(TopUpSubmission::seq).min().orElse(Long.MAX_VALUE));
            try {
                return applyLocked(ledger, kioskId, position, batch, lookUp, now);
            } catch (RuntimeException e) {
                // Without the look-up, a UUID stored before (under another sequence number or kiosk) shows only as the
                // insert's key violation: the transaction runs again (a race to the store) and this time looks first.
                lookUpFirst.set(true);
                throw e;
            }
        });
    }

    /**
     * @param lookUp whether to read the stored records with the batch's UUIDs and sequence numbers first; without it
     *               every record is taken as new, which holds for a batch wholly beyond anything the kiosk has stored
     *               unless a UUID was stored before under another number (then the insert fails on its key)
     */
    private UploadResponse applyLocked(Ledger ledger, String kioskId, KioskPosition position, List<TopUpSubmission> batch, boolean lookUp,
                                       Instant now) {
        Map<UUID, StoredTopUp> byUuid = new HashMap<>(lookUp ? ledger.byUuids(batch.stream().map(TopUpSubmission::uuid).toList()) : Map.of());
        Map<Long, StoredTopUp> bySeq = new HashMap<>(lookUp ? ledger.bySeqs(kioskId, batch.stream().map(TopUpSubmission::seq).toList()) : Map.of());
        BatchLineBook lines = new BatchLineBook(ledger.lockLines(linesOfNewPurchases(batch, byUuid)));
        List<StoredTopUp> inserted = new ArrayList<>();
        List<StoredTopUp> refused = new ArrayList<>();
        long highestSeen = position.highestSeen();
        List<RecordResult> results = new ArrayList<>(batch.size());
        for (TopUpSubmission record : batch) {
            String hash = BodyHash.of(record);
            StoredTopUp sameUuid = byUuid.get(record.uuid());
            if (sameUuid != null) {
                results.add(answerKnownUuid(ledger, kioskId, record, hash, sameUuid, now));
                continue;
            }
            StoredTopUp sameSeq = bySeq.get(record.seq());
            if (sameSeq != null) {
                String detail = "seq " + record.seq() + " of " + kioskId + " already holds " + sameSeq.record().uuid()
                        + "; refused " + record.uuid() + " (a restored or cloned kiosk?)";
                ledger.raiseAlert(kioskId, SEQUENCE_CONFLICT, detail, now);
                LOG.warn("alert {}: {}", SEQUENCE_CONFLICT, detail);
                results.add(rejected(record, SEQUENCE_CONFLICT + ": seq " + record.seq() + " is taken by another record"));
                continue;
            }
            long expectedNext = Math.max(highestSeen, position.highestContiguous()) + 1;
            if (record.seq() > expectedNext) {
                String detail = kioskId + " sent seq " + record.seq() + " while " + expectedNext + ".." + (record.seq() - 1)
                        + " are missing";
                ledger.raiseAlert(kioskId, SEQUENCE_GAP, detail, now);
                LOG.warn("alert {}: {}", SEQUENCE_GAP, detail);
            }
            StoredTopUp stored = decide(lines, kioskId, record, hash, now);
            inserted.add(stored);
            if (stored.outcome() == Outcome.REFUSED) {
                refused.add(stored);
            }
            byUuid.put(record.uuid(), stored);
            bySeq.put(record.seq(), stored);
            highestSeen = Math.max(highestSeen, record.seq());
            results.add(answer(stored, Disposition.NEW));
        }
        lines.writeTo(ledger);
        if (!inserted.isEmpty()) {
            ledger.insertAll(inserted);
        }
        if (!refused.isEmpty()) {
            ledger.openRefundClaims(refused, now);
        }
        long contiguous = position.nothingBeyond()
                ? position.contiguousWith(inserted.stream().map(t -> t.record().seq()).toList())
                : ledger.contiguousFrom(kioskId, position.highestContiguous());
        ledger.savePosition(kioskId, new KioskPosition(contiguous, highestSeen));
        return new UploadResponse(results, contiguous, now.toString());
    }

    /** The lines a purchase in this batch may credit, in lock order. */
    private static List<LineKey> linesOfNewPurchases(List<TopUpSubmission> batch, Map<UUID, StoredTopUp> known) {
        return batch.stream().filter(r -> r.kind() == RecordKind.PURCHASE && !known.containsKey(r.uuid()))
                .map(r -> new LineKey(r.lineKind(), r.lineDigits())).distinct().sorted().toList();
    }

    private RecordResult answerKnownUuid(Ledger ledger, String kioskId, TopUpSubmission record, String hash, StoredTopUp known, Instant now) {
        if (known.kioskId().equals(kioskId) && known.record().seq() == record.seq() && known.bodyHash().equals(hash)) {
            return answer(known, Disposition.DUPLICATE);
        }
        String detail = record.uuid() + " arrived from " + kioskId + " seq " + record.seq() + " with a body that differs from the one stored "
                + "(from " + known.kioskId() + " seq " + known.record().seq() + ")";
        ledger.raiseAlert(kioskId, UUID_CONFLICT, detail, now);
        LOG.warn("alert {}: {}", UUID_CONFLICT, detail);
        return rejected(record, UUID_CONFLICT + ": this UUID is stored with a different body");
    }

    /** A new record's outcome: a purchase goes to the carrier; anything else is recorded as it is. */
    private StoredTopUp decide(LineBook lines, String kioskId, TopUpSubmission record, String hash, Instant now) {
        if (record.kind() != RecordKind.PURCHASE) {
            return new StoredTopUp(kioskId, record, hash, Outcome.RECORDED, null, null, now);
        }
        CarrierAnswer answer = carrier.topUp(new CarrierRequest(record.uuid(), record.lineKind(), record.lineDigits(), record.carrier(),
                record.productId(), record.validityDays(), record.dataGb(), now), lines);
        if (answer instanceof CarrierAnswer.Applied applied) {
            return new StoredTopUp(kioskId, record, hash, Outcome.APPLIED, null, applied.newExpiry(), now);
        }
        return new StoredTopUp(kioskId, record, hash, Outcome.REFUSED, ((CarrierAnswer.Refused) answer).reason(), null, now);
    }

    private static RecordResult answer(StoredTopUp stored, Disposition disposition) {
        LocalDate expiry = stored.newExpiry();
        return new RecordResult(stored.record().uuid(), stored.record().seq(), disposition, stored.outcome(), stored.reason(),
                expiry == null ? null : expiry.toString(), stored.appliedAt().toString());
    }

    private static RecordResult rejected(TopUpSubmission record, String reason) {
        return new RecordResult(record.uuid(), record.seq(), Disposition.REJECTED, null, reason, null, null);
    }
}
