package jp.konbini.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import jp.konbini.central.apply.KioskPosition;
import jp.konbini.central.apply.Ledger;
import jp.konbini.central.apply.LedgerStore;
import jp.konbini.central.apply.StoredTopUp;
import jp.konbini.central.carrier.LineAccount;

/**
 * The central ledger in memory for the simulation: a transaction works on a copy and replaces
 * the state only when it completes, so a server crash mid-transaction keeps nothing of it.
 */
final class SimLedgerStore implements LedgerStore {

    /** Everything the server keeps. Copied for each transaction. */
    static final class State {
        final Map<String, KioskPosition> kiosks = new HashMap<>();
        final Map<UUID, StoredTopUp> byUuid = new HashMap<>();
        final Map<String, UUID> bySeq = new HashMap<>();
        final Map<String, LineAccount> lines = new HashMap<>();
        final List<UUID> refundClaims = new ArrayList<>();
        final List<String> alerts = new ArrayList<>();

        State copy() {
            State s = new State();
            s.kiosks.putAll(kiosks);
            s.byUuid.putAll(byUuid);
            s.bySeq.putAll(bySeq);
            s.lines.putAll(lines);
            s.refundClaims.addAll(refundClaims);
            s.alerts.addAll(alerts);
            return s;
        }
    }

    private State committed = new State();
    /** Set by the simulation: the next transaction dies before it commits (the server crashed). */
    boolean crashNextTransaction;

    State state() {
        return committed;
    }

    void register(String kioskId) {
        committed.kiosks.put(kioskId, new KioskPosition(0, 0));
    }

    void openLine(String kind, String digits) {
        committed.lines.put(kind + ":" + digits, new LineAccount(kind, digits, java.time.LocalDate.of(2026, 11, 1), 0));
    }

    @Override
    public <T> T inTransaction(Function<Ledger, T> work) {
        State draft = committed.copy();
        T result = work.apply(new SimLedger(draft));
        if (crashNextTransaction) {
            crashNextTransaction = false;
            throw new IllegalStateException("server crashed before commit");
        }
        committed = draft;
        return result;
    }

    private record SimLedger(State s) implements Ledger {
        @Override
        public Optional<KioskPosition> lockKiosk(String kioskId) {
            return Optional.ofNullable(s.kiosks.get(kioskId));
        }

        @Override
        public Optional<StoredTopUp> byUuid(UUID uuid) {
            return Optional.ofNullable(s.byUuid.get(uuid));
        }

        @Override
        public Optional<StoredTopUp> bySeq(String kioskId, long seq) {
            return Optional.ofNullable(s.bySeq.get(kioskId + "#" + seq)).map(s.byUuid::get);
        }

        @Override
        public void insert(StoredTopUp t) {
            if (s.byUuid.containsKey(t.record().uuid()) || s.bySeq.containsKey(t.kioskId() + "#" + t.record().seq())) {
                throw new IllegalStateException("unique key violated: " + t);
            }
            s.byUuid.put(t.record().uuid(), t);
            s.bySeq.put(t.kioskId() + "#" + t.record().seq(), t.record().uuid());
        }

        @Override
        public void openRefundClaim(StoredTopUp topUp, Instant at) {
            s.refundClaims.add(topUp.record().uuid());
        }

        @Override
        public void raiseAlert(String kioskId, String kind, String detail, Instant at) {
            s.alerts.add(kind + ": " + detail);
        }

        @Override
        public long contiguousFrom(String kioskId, long from) {
            long h = from;
            while (s.bySeq.containsKey(kioskId + "#" + (h + 1))) {
                h++;
            }
            return h;
        }

        @Override
        public void savePosition(String kioskId, KioskPosition position) {
            s.kiosks.put(kioskId, position);
        }

        @Override
        public Optional<LineAccount> findForUpdate(String lineKind, String lineDigits) {
            return Optional.ofNullable(s.lines.get(lineKind + ":" + lineDigits));
        }

        @Override
        public void save(LineAccount account, boolean isNew) {
            s.lines.put(account.lineKind() + ":" + account.lineDigits(), account);
        }
    }
}
