package jp.konbini.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.DataAllowance;
import jp.konbini.domain.catalog.ProductId;
import jp.konbini.domain.catalog.TaxCategory;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.domain.topup.TopUpLifecycle;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.domain.topup.TopUpTrigger;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.journal.Outbox;
import jp.konbini.journal.OutboxEntry;
import jp.konbini.journal.OutboxKind;
import jp.konbini.journal.ServerOutcome;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.SyncStatus;
import jp.konbini.journal.TopUpRecord;

/**
 * The journal's outbox in memory for the simulation, with the same rules as {@code H2Journal}:
 * everything in it is durable (a kiosk crash loses only the uploader's memory), an answer is
 * recorded once and only when it names the record's UUID and sequence number.
 */
final class SimOutbox implements Outbox {

    private static final Instant T0 = Instant.parse("2026-11-22T05:00:00Z");

    private final Map<Long, TopUpRecord> topUps = new TreeMap<>();
    private final Map<Long, OutboxKind> kinds = new TreeMap<>();
    private final Map<Long, SyncStatus> status = new TreeMap<>();
    private final Random random;

    SimOutbox(Random random) {
        this.random = random;
    }

    /** A session closes on the kiosk: a purchase (for one of a few lines), a cancel or an abandon. */
    void close(List<LineId> lines) {
        long seq = topUps.size() + 1;
        int dice = random.nextInt(10);
        OutboxKind kind = dice == 0 ? OutboxKind.CANCELLED : dice == 1 ? OutboxKind.ABANDONED : OutboxKind.PURCHASE;
        TopUpState state = kind == OutboxKind.PURCHASE ? TopUpState.QUEUED : kind == OutboxKind.CANCELLED ? TopUpState.CANCELLED : TopUpState.ABANDONED;
        long credited = kind == OutboxKind.CANCELLED ? 0 : kind == OutboxKind.ABANDONED ? 1000 : 2000;
        Instant at = T0.plusSeconds(seq);
        topUps.put(seq, new TopUpRecord(seq, new UUID(random.nextLong(), random.nextLong()), ClaimCode.random(random),
                lines.get(random.nextInt(lines.size())), new ProductId("sim-2000"), "b-mobile", "Sim", "シム", 7,
                new DataAllowance(new BigDecimal("1.5")), Yen.of(2000), TaxCategory.NON_TAXABLE, Language.EN, state, Yen.of(credited), at,
                Optional.of(at)));
        kinds.put(seq, kind);
        status.put(seq, new SyncStatus(seq, kind, SyncState.PENDING, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    List<TopUpRecord> all() {
        return new ArrayList<>(topUps.values());
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        return pendingAfter(0, limit);
    }

    @Override
    public List<OutboxEntry> pendingAfter(long afterSeq, int limit) {
        List<OutboxEntry> list = new ArrayList<>();
        for (SyncStatus s : status.values()) {
            if (s.state() == SyncState.PENDING && s.seq() > afterSeq && list.size() < limit) {
                list.add(new OutboxEntry(topUps.get(s.seq()), s.kind()));
            }
        }
        return list;
    }

    @Override
    public int record(List<SyncAnswer> answers) {
        int changed = 0;
        for (SyncAnswer a : answers) {
            TopUpRecord t = topUps.get(a.seq());
            if (t == null || !t.uuid().equals(a.uuid()) || status.get(a.seq()).state() != SyncState.PENDING) {
                continue;
            }
            OutboxKind kind = kinds.get(a.seq());
            ServerOutcome outcome = a.outcome();
            boolean purchaseOutcome = outcome == ServerOutcome.APPLIED || outcome == ServerOutcome.REFUSED;
            if (purchaseOutcome != (kind == OutboxKind.PURCHASE) && outcome != ServerOutcome.REJECTED) {
                outcome = ServerOutcome.REJECTED;
            }
            if (purchaseOutcome && outcome != ServerOutcome.REJECTED) {
                TopUpState next = TopUpLifecycle.next(t.state(), outcome == ServerOutcome.APPLIED ? TopUpTrigger.APPLY : TopUpTrigger.REFUSE);
                topUps.put(t.seq(), new TopUpRecord(t.seq(), t.uuid(), t.claimCode(), t.line(), t.productId(), t.carrier(), t.productName(),
                        t.productNameJa(), t.validityDays(), t.data(), t.price(), t.taxCategory(), t.language(), next, t.credited(), t.openedAt(),
                        t.closedAt()));
            }
            status.put(a.seq(), new SyncStatus(a.seq(), kind, outcome == ServerOutcome.REJECTED ? SyncState.REJECTED : SyncState.SYNCED,
                    Optional.of(outcome), Optional.ofNullable(a.reason()), Optional.ofNullable(a.newExpiry()), Optional.ofNullable(a.appliedAt())));
            changed++;
        }
        return changed;
    }

    @Override
    public Optional<SyncStatus> syncStatus(long seq) {
        return Optional.ofNullable(status.get(seq));
    }

    @Override
    public OfflineExposure exposure() {
        long pending = status.values().stream().filter(s -> s.state() == SyncState.PENDING).count();
        long rejected = status.values().stream().filter(s -> s.state() == SyncState.REJECTED).count();
        return new OfflineExposure(pending, 0, Yen.ZERO, rejected, Optional.empty());
    }

    @Override
    public void persistUptime() {
    }
}
