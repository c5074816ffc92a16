package jp.konbini.journal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.konbini.domain.audit.AuditChain;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.topup.TopUpLifecycle;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.domain.topup.TopUpTrigger;

/** {@link MaintenanceRecords} in the journal's H2 database (migration V5), through the journal's one writer. */
final class H2MaintenanceRecords implements MaintenanceRecords {

    private final DurableWrites writes;
    private final Clock clock;

    H2MaintenanceRecords(DurableWrites writes, Clock clock) {
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public AuditEntry audit(AuditRecord record) {
        return writes.commit(c -> append(c, record));
    }

    @Override
    public List<AuditEntry> auditAfter(long afterSeq, int limit) {
        return writes.read(c -> auditQuery(c, "SELECT * FROM audit_event WHERE seq > ? ORDER BY seq LIMIT ?", afterSeq, limit));
    }

    @Override
    public List<AuditEntry> latestAudit(int limit) {
        return writes.read(c -> auditQuery(c, "SELECT * FROM audit_event WHERE seq > ? ORDER BY seq DESC LIMIT ?", 0, limit));
    }

    @Override
    public long auditAckedThrough() {
        return writes.read(c -> longValue(c, "SELECT acked_through FROM audit_sync WHERE id = 1"));
    }

    @Override
    public void auditAcked(long throughSeq) {
        writes.commit(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE audit_sync SET acked_through = ? WHERE id = 1 AND acked_through < ? AND ? <= (SELECT COALESCE(MAX(seq), 0) FROM audit_event)")) {
                ps.setLong(1, throughSeq);
                ps.setLong(2, throughSeq);
                ps.setLong(3, throughSeq);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public EntryLock entryLock() {
        return writes.read(H2MaintenanceRecords::readLock);
    }

    @Override
    public EntryLock wrongPin(int maxAttempts, Duration lockFor, AuditRecord audit) {
        return writes.commit(c -> {
            EntryLock now = readLock(c);
            int attempts = now.failedAttempts() + 1;
            Optional<Instant> until = now.lockedUntil();
            if (attempts >= maxAttempts) {
                until = Optional.of(now().plus(lockFor));
                attempts = 0;
            }
            writeLock(c, attempts, until);
            append(c, audit);
            return new EntryLock(attempts, until);
        });
    }

    @Override
    public void entered(AuditRecord audit) {
        writes.commit(c -> {
            writeLock(c, 0, readLock(c).lockedUntil());
            append(c, audit);
            return null;
        });
    }

    @Override
    public Map<Denomination, Integer> cashBox() {
        return writes.read(c -> creditedNotes(c, lastRecordedThrough(c), Long.MAX_VALUE));
    }

    @Override
    public Optional<CashCollectionRecord> openCollection() {
        return writes.read(H2MaintenanceRecords::readOpenCollection);
    }

    @Override
    public CashCollectionRecord startCollection(AuditRecord audit) {
        return writes.commit(c -> {
            Optional<CashCollectionRecord> open = readOpenCollection(c);
            if (open.isPresent()) {
                return open.get();
            }
            long after = lastRecordedThrough(c);
            long through = Math.max(after, longValue(c, "SELECT COALESCE(MAX(seq), 0) FROM money_event"));
            long no = longValue(c, "SELECT COALESCE(MAX(no), 0) + 1 FROM cash_collection");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO cash_collection (no, state, after_event, through_event, journal_counts, "
                    + "started_at, started_by) VALUES (?, 'STARTED', ?, ?, ?, ?, ?)")) {
                ps.setLong(1, no);
                ps.setLong(2, after);
                ps.setLong(3, through);
                ps.setString(4, format(creditedNotes(c, after, through)));
                ps.setObject(5, JournalRows.timestamp(now()));
                ps.setString(6, audit.actor());
                ps.executeUpdate();
            }
            append(c, audit);
            return readCollection(c, no).orElseThrow();
        });
    }

    @Override
    public CashCollectionRecord recordCollection(long no, Map<Denomination, Integer> counted, AuditRecord audit) {
        if (counted.values().stream().anyMatch(n -> n == null || n < 0)) {
            throw new IllegalArgumentException("counted notes are zero or more: " + counted);
        }
        return writes.commit(c -> {
            CashCollectionRecord open = readCollection(c, no).orElseThrow(() -> new IllegalArgumentException("no cash collection " + no));
            if (open.state() != CashCollectionRecord.State.STARTED) {
                throw new IllegalStateException("cash collection " + no + " is already recorded");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE cash_collection SET state = 'RECORDED', counted_counts = ?, recorded_at = ?, recorded_by = ? WHERE no = ? AND state = 'STARTED'")) {
                ps.setString(1, format(counted));
                ps.setObject(2, JournalRows.timestamp(now()));
                ps.setString(3, audit.actor());
                ps.setLong(4, no);
                ps.executeUpdate();
            }
            append(c, audit);
            return readCollection(c, no).orElseThrow();
        });
    }

    @Override
    public Optional<CashCollectionRecord> collection(long no) {
        return writes.read(c -> readCollection(c, no));
    }

    @Override
    public List<CashCollectionRecord> collections(Instant from, Instant to) {
        return writes.read(c -> {
            List<CashCollectionRecord> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM cash_collection WHERE started_at >= ? AND started_at < ? ORDER BY no")) {
                ps.setObject(1, JournalRows.timestamp(from));
                ps.setObject(2, JournalRows.timestamp(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(collection(rs));
                    }
                }
            }
            return list;
        });
    }

    @Override
    public List<Instant> creditTimes(Instant from, Instant to) {
        return writes.read(c -> {
            List<Instant> times = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT recorded_at FROM money_event WHERE kind = ? AND recorded_at >= ? AND recorded_at < ? ORDER BY seq")) {
                ps.setString(1, MoneyEventKind.NOTE_CREDITED.name());
                ps.setObject(2, JournalRows.timestamp(from));
                ps.setObject(3, JournalRows.timestamp(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        times.add(rs.getObject(1, OffsetDateTime.class).toInstant());
                    }
                }
            }
            return times;
        });
    }

    @Override
    public ClaimSettlement settleClaim(long topUpSeq, AuditRecord audit) {
        return writes.commit(c -> {
            TopUpRecord t = JournalRows.requireTopUp(c, topUpSeq);
            if (t.state() == TopUpState.SETTLED || readSettlement(c, topUpSeq).isPresent()) {
                throw new IllegalStateException("claim code " + t.claimCode() + " was already paid out");
            }
            if (!t.holdsMoneyUnderClaim()) {
                throw new IllegalStateException("top-up " + topUpSeq + " is " + t.state() + " with " + t.credited().format()
                        + ": only money held under a claim code (a credit, or a refused top-up) is paid out");
            }
            Instant at = now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE topup SET state = ? WHERE seq = ?")) {
                ps.setString(1, TopUpLifecycle.next(t.state(), TopUpTrigger.SETTLE).name());
                ps.setLong(2, topUpSeq);
                ps.executeUpdate();
            }
            H2Journal.appendEvent(c, topUpSeq, null, MoneyEventKind.TOPUP_SETTLED, t.credited(), at);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO claim_settlement (topup_seq, settled_at, settled_by, yen) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, topUpSeq);
                ps.setObject(2, JournalRows.timestamp(at));
                ps.setString(3, audit.actor());
                ps.setLong(4, t.credited().amount());
                ps.executeUpdate();
            }
            append(c, audit);
            return new ClaimSettlement(topUpSeq, at, audit.actor(), t.credited().amount());
        });
    }

    @Override
    public Optional<ClaimSettlement> settlement(long topUpSeq) {
        return writes.read(c -> readSettlement(c, topUpSeq));
    }

    // ---------------------------------------------------------------- rows

    private AuditEntry append(Connection c, AuditRecord r) throws SQLException {
        long seq = 1;
        String previous = EventChain.GENESIS;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT seq, chain_hash FROM audit_event ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
        }
        Instant at = now();
        String hash = chain(previous, seq, at, r);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_event (seq, at, actor, role, action, subject, before_value, "
                + "after_value, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, JournalRows.timestamp(at));
            ps.setString(3, r.actor());
            ps.setString(4, r.role());
            ps.setString(5, r.action());
            ps.setString(6, r.subject());
            ps.setString(7, r.before());
            ps.setString(8, r.after());
            ps.setString(9, hash);
            ps.executeUpdate();
        }
        return new AuditEntry(seq, at, r, hash);
    }

    /** The audit log's hash chain; the central server recomputes it with the same function ({@link AuditChain}). */
    static String chain(String previous, long seq, Instant at, AuditRecord r) {
        return AuditChain.next(previous, seq, at, r.actor(), r.role(), r.action(), r.subject(), r.before(), r.after());
    }

    private static List<AuditEntry> auditQuery(Connection c, String sql, long after, int limit) throws SQLException {
        List<AuditEntry> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, after);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new AuditEntry(rs.getLong("seq"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                            new AuditRecord(rs.getString("actor"), rs.getString("role"), rs.getString("action"), rs.getString("subject"),
                                    rs.getString("before_value"), rs.getString("after_value")), rs.getString("chain_hash")));
                }
            }
        }
        return list;
    }

    private static EntryLock readLock(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT failed_attempts, locked_until FROM maintenance_entry WHERE id = 1")) {
            rs.next();
            OffsetDateTime until = rs.getObject(2, OffsetDateTime.class);
            return new EntryLock(rs.getInt(1), Optional.ofNullable(until).map(OffsetDateTime::toInstant));
        }
    }

    private static void writeLock(Connection c, int attempts, Optional<Instant> until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE maintenance_entry SET failed_attempts = ?, locked_until = ? WHERE id = 1")) {
            ps.setInt(1, attempts);
            ps.setObject(2, until.map(JournalRows::timestamp).orElse(null));
            ps.executeUpdate();
        }
    }

    private static long lastRecordedThrough(Connection c) throws SQLException {
        return longValue(c, "SELECT COALESCE(MAX(through_event), 0) FROM cash_collection WHERE state = 'RECORDED'");
    }

    private static Map<Denomination, Integer> creditedNotes(Connection c, long afterEvent, long throughEvent) throws SQLException {
        Map<Denomination, Integer> counts = new EnumMap<>(Denomination.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT yen, COUNT(*) FROM money_event WHERE kind = ? AND seq > ? AND seq <= ? GROUP BY yen")) {
            ps.setString(1, MoneyEventKind.NOTE_CREDITED.name());
            ps.setLong(2, afterEvent);
            ps.setLong(3, throughEvent);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Denomination d = Denomination.ofYen(rs.getLong(1))
                            .orElseThrow(() -> new IllegalStateException("a credited note of an unknown value in the journal"));
                    counts.put(d, rs.getInt(2));
                }
            }
        }
        return counts;
    }

    private static Optional<CashCollectionRecord> readOpenCollection(Connection c) throws SQLException {
        long no = longValue(c, "SELECT COALESCE(MAX(no), 0) FROM cash_collection WHERE state = 'STARTED'");
        return no == 0 ? Optional.empty() : readCollection(c, no);
    }

    private static Optional<CashCollectionRecord> readCollection(Connection c, long no) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM cash_collection WHERE no = ?")) {
            ps.setLong(1, no);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(collection(rs)) : Optional.empty();
            }
        }
    }

    private static CashCollectionRecord collection(ResultSet rs) throws SQLException {
        OffsetDateTime recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
        return new CashCollectionRecord(rs.getLong("no"), CashCollectionRecord.State.valueOf(rs.getString("state")), rs.getLong("after_event"),
                rs.getLong("through_event"), parse(rs.getString("journal_counts")), Optional.ofNullable(rs.getString("counted_counts")).map(H2MaintenanceRecords::parse),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(), rs.getString("started_by"),
                Optional.ofNullable(recordedAt).map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString("recorded_by")));
    }

    private static Optional<ClaimSettlement> readSettlement(Connection c, long topUpSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT settled_at, settled_by, yen FROM claim_settlement WHERE topup_seq = ?")) {
            ps.setLong(1, topUpSeq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ClaimSettlement(topUpSeq, rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2), rs.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    /** Counts as {@code yen:count,...} in denomination order, every denomination present. */
    static String format(Map<Denomination, Integer> counts) {
        return Arrays.stream(Denomination.values())
                .map(d -> d.value().amount() + ":" + counts.getOrDefault(d, 0)).collect(Collectors.joining(","));
    }

    static Map<Denomination, Integer> parse(String text) {
        Map<Denomination, Integer> counts = new EnumMap<>(Denomination.class);
        for (String pair : text.split(",")) {
            String[] p = pair.split(":");
            counts.put(Denomination.ofYen(Long.parseLong(p[0])).orElseThrow(), Integer.parseInt(p[1]));
        }
        return counts;
    }

    private static long longValue(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
