package jp.konbini.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import jp.konbini.central.apply.KioskPosition;
import jp.konbini.central.apply.Ledger;
import jp.konbini.central.apply.LedgerStore;
import jp.konbini.central.apply.LineKey;
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
        final java.util.Set<String> nonces = new java.util.HashSet<>();

        State copy() {
            State s = new State();
            s.kiosks.putAll(kiosks);
            s.byUuid.putAll(byUuid);
            s.bySeq.putAll(bySeq);
            s.lines.putAll(lines);
            s.refundClaims.addAll(refundClaims);
            s.alerts.addAll(alerts);
            s.nonces.addAll(nonces);
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

    /** A unique key violated on insert: like the database, the transaction is rolled back and run again. */
    static final class KeyViolation extends IllegalStateException {
        KeyViolation(String message) {
            super(message);
        }
    }

    @Override
    public <T> T inTransaction(Function<Ledger, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(work);
            } catch (KeyViolation e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    private <T> T attempt(Function<Ledger, T> work) {
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
        public boolean useNonce(String kioskId, String nonce, Instant at) {
            return s.nonces.add(kioskId + "#" + nonce);
        }

        @Override
        public Map<UUID, StoredTopUp> byUuids(Collection<UUID> uuids) {
            Map<UUID, StoredTopUp> found = new HashMap<>();
            uuids.forEach(u -> Optional.ofNullable(s.byUuid.get(u)).ifPresent(t -> found.put(u, t)));
            return found;
        }

        @Override
        public Map<Long, StoredTopUp> bySeqs(String kioskId, Collection<Long> seqs) {
            Map<Long, StoredTopUp> found = new HashMap<>();
            seqs.forEach(q -> Optional.ofNullable(s.bySeq.get(kioskId + "#" + q)).map(s.byUuid::get).ifPresent(t -> found.put(q, t)));
            return found;
        }

        @Override
        public Map<LineKey, LineAccount> lockLines(Collection<LineKey> lines) {
            Map<LineKey, LineAccount> found = new HashMap<>();
            lines.forEach(k -> Optional.ofNullable(s.lines.get(k.kind() + ":" + k.digits())).ifPresent(a -> found.put(k, a)));
            return found;
        }

        @Override
        public void saveLines(Collection<LineAccount> created, Collection<LineAccount> updated) {
            for (LineAccount a : created) {
                if (s.lines.putIfAbsent(a.lineKind() + ":" + a.lineDigits(), a) != null) {
                    throw new IllegalStateException("line created twice: " + a);
                }
            }
            for (LineAccount a : updated) {
                if (s.lines.put(a.lineKind() + ":" + a.lineDigits(), a) == null) {
                    throw new IllegalStateException("updated a line that does not exist: " + a);
                }
            }
        }

        @Override
        public void insertAll(List<StoredTopUp> topUps) {
            for (StoredTopUp t : topUps) {
                if (s.byUuid.containsKey(t.record().uuid()) || s.bySeq.containsKey(t.kioskId() + "#" + t.record().seq())) {
                    throw new KeyViolation("unique key violated: " + t);
                }
                s.byUuid.put(t.record().uuid(), t);
                s.bySeq.put(t.kioskId() + "#" + t.record().seq(), t.record().uuid());
            }
        }

        @Override
        public void openRefundClaims(List<StoredTopUp> topUps, Instant at) {
            topUps.forEach(t -> s.refundClaims.add(t.record().uuid()));
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

    }
}
