package jp.konbini.journal;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.random.RandomGenerator;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.ClaimCode;
import jp.konbini.domain.topup.NoteLifecycle;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.NoteTrigger;
import jp.konbini.domain.topup.TopUpLifecycle;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.domain.topup.TopUpTrigger;
import jp.konbini.support.Ticker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal on H2. Every mutator is one {@link DurableWrites#commit} (commit, then fsync); state
 * changes go through the domain's transition tables, so an illegal step rolls back and writes
 * nothing. Sequence numbers are {@code MAX + 1} inside the same transaction as the row, so they
 * are gap-free and a number that reached the disk is never handed out again. Closing a top-up
 * queues it for the central server in the same transaction ({@link Outbox}).
 */
public final class H2Journal implements Journal, Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(H2Journal.class);

    private final DurableWrites writes;
    private final Clock clock;
    private final RandomGenerator random;
    private final KioskUptime uptime;

    private H2Journal(DurableWrites writes, Clock clock, RandomGenerator random, KioskUptime uptime) {
        this.writes = writes;
        this.clock = clock;
        this.random = random;
        this.uptime = uptime;
    }

    /**
     * Opens (creating if new) the journal of kiosk {@code kioskId} and records this start durably.
     *
     * @throws JournalUnavailableException when it is locked, damaged, not writable or another kiosk's
     */
    public static H2Journal open(JournalLocation location, String kioskId, String software, Clock clock) {
        return open(location, kioskId, software, clock, Ticker.system());
    }

    /** As {@link #open(JournalLocation, String, String, Clock)}, with the monotonic time source for offline ages. */
    public static H2Journal open(JournalLocation location, String kioskId, String software, Clock clock, Ticker ticker) {
        Connection connection = JournalDatabase.openForWriting(location);
        CreditLog creditLog = null;
        try {
            creditLog = CreditLog.open(location);
            DurableWrites writes = new DurableWrites(connection, creditLog);
            JournalDatabase.claimAndRecordBoot(writes, kioskId, software, clock);
            H2Journal journal = new H2Journal(writes, clock, new SecureRandom(), new KioskUptime(ticker, writes.read(SyncRows::uptimeBase)));
            journal.replay(creditLog.entries());
            return journal;
        } catch (SQLException | IOException e) {
            closeQuietly(creditLog);
            JournalDatabase.closeQuietly(connection);
            throw Faults.unavailable(e);
        } catch (RuntimeException e) {
            closeQuietly(creditLog);
            JournalDatabase.closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public List<TopUpRecord> findTopUps(TopUpQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + JournalRows.TOPUP_COLUMNS_OF_T + " FROM topup t WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        query.reference().ifPresent(r -> {
            if (r.matches("[0-9]{1,18}")) {
                sql.append(" AND seq = ?");
                params.add(Long.parseLong(r));
            } else {
                sql.append(" AND LOWER(CAST(uuid AS VARCHAR)) LIKE ?");
                params.add(r.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
            }
        });
        query.claimCode().ifPresent(code -> {
            sql.append(" AND UPPER(REPLACE(claim_code, '-', '')) = ?");
            params.add(code.toUpperCase(Locale.ROOT).replace("-", ""));
        });
        query.lineDigits().ifPresent(d -> {
            sql.append(" AND line_digits = ?");
            params.add(d);
        });
        query.from().ifPresent(f -> {
            sql.append(" AND opened_at >= ?");
            params.add(JournalRows.timestamp(f));
        });
        query.to().ifPresent(t -> {
            sql.append(" AND opened_at < ?");
            params.add(JournalRows.timestamp(t));
        });
        sql.append(" ORDER BY seq DESC LIMIT ").append(query.limit());
        return writes.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                List<TopUpRecord> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(JournalRows.topUpOf(rs));
                    }
                }
                return found;
            }
        });
    }

    /** Maintenance mode's records (audit log, entry lock, cash collections, settlements) in this journal. */
    public MaintenanceRecords maintenance() {
        return new H2MaintenanceRecords(writes, clock);
    }

    @Override
    public JournalStatus status() {
        return writes.status();
    }

    @Override
    public TopUpRecord open(TopUpOrder order) {
        return writes.commit(c -> {
            long seq = nextValue(c, "SELECT COALESCE(MAX(seq), 0) + 1 FROM topup");
            Product product = order.product();
            Instant now = now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO topup (seq, uuid, claim_code, line_kind, line_digits, "
                    + "product_id, carrier, product_name, product_name_ja, validity_days, data_gb, price_yen, tax_category, "
                    + "language, state, credited_yen, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)")) {
                ps.setLong(1, seq);
                ps.setObject(2, UUID.randomUUID());
                ps.setString(3, unusedClaimCode(c).value());
                ps.setString(4, order.line().kind().name());
                ps.setString(5, order.line().digits());
                ps.setString(6, product.id().value());
                ps.setString(7, product.carrier());
                ps.setString(8, product.names().in(order.language()));
                ps.setString(9, product.names().in(Language.JA));
                ps.setInt(10, product.validityDays());
                ps.setBigDecimal(11, product.data().gigabytes());
                ps.setLong(12, product.price().amount());
                ps.setString(13, product.taxCategory().name());
                ps.setString(14, order.language().name());
                ps.setString(15, TopUpState.OPEN.name());
                ps.setObject(16, JournalRows.timestamp(now));
                ps.executeUpdate();
            }
            appendEvent(c, seq, null, MoneyEventKind.TOPUP_OPENED, product.price(), now);
            return JournalRows.requireTopUp(c, seq);
        });
    }

    @Override
    public NoteRef escrowed(long topUpSeq, Yen value) {
        if (!value.isPositive()) {
            throw new IllegalArgumentException("a note is worth more than nothing: " + value);
        }
        return writes.commit(c -> {
            TopUpRecord topUp = JournalRows.requireTopUp(c, topUpSeq);
            if (!TopUpLifecycle.isInSession(topUp.state())) {
                throw new IllegalStateException("top-up " + topUpSeq + " is " + topUp.state() + "; no note can be escrowed for it");
            }
            long id = nextValue(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM note");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO note (id, topup_seq, yen, state) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, topUpSeq);
                ps.setLong(3, value.amount());
                ps.setString(4, NoteState.ESCROWED.name());
                ps.executeUpdate();
            }
            appendEvent(c, topUpSeq, id, MoneyEventKind.NOTE_ESCROWED, value, now());
            return new NoteRef(id, topUpSeq, value);
        });
    }

    @Override
    public void stackSent(NoteRef note) {
        writes.commit(c -> {
            moveNote(c, note, NoteTrigger.STACK_SENT);
            appendEvent(c, note.topUpSeq(), note.id(), MoneyEventKind.STACK_SENT, note.value(), now());
            return null;
        });
    }

    @Override
    public boolean creditPoint(NoteRef note) {
        return writes.creditAhead(note, ChronoUnit.MICROS.between(Instant.EPOCH, now()), c -> {
            NoteRecord stored = requireNote(c, note);
            if (stored.state() == NoteState.CREDITED) {
                return false;
            }
            NoteLifecycle.next(stored.state(), NoteTrigger.CREDITED); // only a note STACK was sent for
            return true;
        });
    }

    @Override
    public Credit credited(NoteRef note) {
        return writes.commit(c -> {
            NoteRecord stored = requireNote(c, note);
            if (stored.state() == NoteState.CREDITED) {
                return new Credit(true, JournalRows.requireTopUp(c, note.topUpSeq()));
            }
            return new Credit(false, credit(c, stored));
        });
    }

    /**
     * Credits every note the credit log holds that the journal rows do not: the kiosk stopped
     * between a credit point's record and its rows. A record for a note credited since, or for a
     * note this journal does not hold as sent to the stacker, changes nothing.
     */
    private void replay(List<CreditLog.Entry> entries) {
        for (CreditLog.Entry e : entries) {
            NoteRef ref = new NoteRef(e.noteId(), e.topUpSeq(), Yen.of(e.yen()));
            Optional<NoteRecord> stored = writes.read(c -> JournalRows.note(c, e.noteId()));
            if (stored.isEmpty() || stored.get().topUpSeq() != e.topUpSeq() || stored.get().value().amount() != e.yen()) {
                LOG.error("credit log record {} names note {} of top-up {} ({} yen), which this journal does not hold; left alone",
                        e.logSeq(), e.noteId(), e.topUpSeq(), e.yen());
            } else if (stored.get().state() == NoteState.STACKING) {
                credited(ref);
                LOG.warn("note {} of top-up {} ({} yen) reached the credit point before the kiosk stopped: credited from the credit log",
                        e.noteId(), e.topUpSeq(), e.yen());
            } else if (stored.get().state() != NoteState.CREDITED) {
                LOG.error("credit log record {} names note {}, which the journal holds as {}; left alone",
                        e.logSeq(), e.noteId(), stored.get().state());
            }
        }
    }

    /** Credits a note that was sent to the stacker to its top-up (whatever state the top-up allows it in). */
    private TopUpRecord credit(Connection c, NoteRecord stored) throws SQLException {
        moveNote(c, stored.ref(), NoteTrigger.CREDITED);
        TopUpRecord topUp = JournalRows.requireTopUp(c, stored.topUpSeq());
        Yen credited = topUp.credited().plus(stored.value());
        TopUpState next = TopUpLifecycle.next(topUp.state(), TopUpLifecycle.creditTrigger(credited, topUp.price()));
        try (PreparedStatement ps = c.prepareStatement("UPDATE topup SET credited_yen = ?, state = ? WHERE seq = ?")) {
            ps.setLong(1, credited.amount());
            ps.setString(2, next.name());
            ps.setLong(3, topUp.seq());
            ps.executeUpdate();
        }
        appendEvent(c, topUp.seq(), stored.id(), MoneyEventKind.NOTE_CREDITED, stored.value(), now());
        return topUp.credited(credited, next);
    }

    @Override
    public void returned(NoteRef note) {
        writes.commit(c -> {
            moveNote(c, note, NoteTrigger.RETURNED);
            appendEvent(c, note.topUpSeq(), note.id(), MoneyEventKind.NOTE_RETURNED, note.value(), now());
            return null;
        });
    }

    @Override
    public TopUpRecord complete(long topUpSeq) {
        return close(topUpSeq, TopUpTrigger.COMPLETE, MoneyEventKind.TOPUP_COMPLETED, true);
    }

    @Override
    public TopUpRecord cancel(long topUpSeq) {
        return close(topUpSeq, TopUpTrigger.CANCEL, MoneyEventKind.TOPUP_CANCELLED, true);
    }

    /** Pending notes stay pending: staff reconcile them against the cash box (never guessed here). */
    @Override
    public TopUpRecord abandon(long topUpSeq) {
        return close(topUpSeq, TopUpTrigger.ABANDON, MoneyEventKind.TOPUP_ABANDONED, false);
    }

    @Override
    public List<NoteRecord> unsettledNotes() {
        return writes.read(c -> JournalRows.allNotes(c).stream().filter(n -> NoteLifecycle.isPending(n.state())).toList());
    }

    @Override
    public Optional<NoteRecord> lastStackedNote() {
        return writes.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT MAX(note_id) FROM money_event WHERE kind = '" + MoneyEventKind.STACK_SENT.name() + "'")) {
                rs.next();
                long id = rs.getLong(1);
                return rs.wasNull() ? Optional.<NoteRecord>empty() : JournalRows.note(c, id);
            }
        });
    }

    @Override
    public Reconciliation openReconciliation(OptionalLong noteId, String reason, String detail) {
        return writes.commit(c -> {
            long id = nextValue(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM reconciliation");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO reconciliation (id, note_id, reason, detail, opened_at) VALUES (?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setObject(2, noteId.isPresent() ? noteId.getAsLong() : null);
                ps.setString(3, reason);
                ps.setString(4, detail.length() > 200 ? detail.substring(0, 200) : detail);
                ps.setObject(5, JournalRows.timestamp(now()));
                ps.executeUpdate();
            }
            return JournalRows.reconciliation(c, id).orElseThrow();
        });
    }

    @Override
    public List<Reconciliation> openReconciliations() {
        return writes.read(c -> JournalRows.reconciliations(c).stream().filter(Reconciliation::isOpen).toList());
    }

    /**
     * Settles a reconciliation with what staff found. A note found in the cash box is credited to
     * its top-up now; one not found went back to the customer.
     */
    @Override
    public Reconciliation resolveReconciliation(long id, Reconciliation.Resolution resolution, String resolvedBy) {
        return writes.commit(c -> {
            Reconciliation open = JournalRows.reconciliation(c, id)
                    .orElseThrow(() -> new IllegalArgumentException("no reconciliation " + id));
            if (!open.isOpen()) {
                throw new IllegalStateException("reconciliation " + id + " was already settled: " + open.resolution().get());
            }
            if (open.noteId().isPresent()) {
                NoteRecord note = JournalRows.note(c, open.noteId().getAsLong()).orElseThrow();
                switch (resolution) {
                    case IN_CASH_BOX -> credit(c, note);
                    case NOT_IN_CASH_BOX -> {
                        moveNote(c, note.ref(), NoteTrigger.RETURNED);
                        appendEvent(c, note.topUpSeq(), note.id(), MoneyEventKind.NOTE_RETURNED, note.value(), now());
                    }
                    case ACKNOWLEDGED -> throw new IllegalArgumentException(
                            "note " + note.id() + " must be found in the cash box or not; it cannot just be acknowledged");
                }
            } else if (resolution != Reconciliation.Resolution.ACKNOWLEDGED) {
                throw new IllegalArgumentException("no note of known value is involved; the case can only be acknowledged");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE reconciliation SET resolution = ?, resolved_by = ?, resolved_at = ? WHERE id = ?")) {
                ps.setString(1, resolution.name());
                ps.setString(2, resolvedBy);
                ps.setObject(3, JournalRows.timestamp(now()));
                ps.setLong(4, id);
                ps.executeUpdate();
            }
            return JournalRows.reconciliation(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<TopUpRecord> topUp(long seq) {
        return writes.read(c -> JournalRows.topUp(c, seq));
    }

    @Override
    public List<NoteRecord> notes(long topUpSeq) {
        return writes.read(c -> JournalRows.notes(c, topUpSeq));
    }

    @Override
    public List<MoneyEvent> events(long topUpSeq) {
        return writes.read(c -> JournalRows.events(c, topUpSeq));
    }

    @Override
    public PrintJobRecord printStarted(PrintJobOrder order) {
        return writes.commit(c -> PrintJobRows.insert(c, order, now()));
    }

    @Override
    public PrintJobRecord printFinished(long jobId) {
        return writes.commit(c -> PrintJobRows.end(c, jobId, PrintJobState.PRINTED, null, null, now()));
    }

    @Override
    public PrintJobRecord printFailed(long jobId, String problem, String detail) {
        return writes.commit(c -> PrintJobRows.end(c, jobId, PrintJobState.FAILED, problem, detail, now()));
    }

    @Override
    public List<PrintJobRecord> printJobs(long topUpSeq) {
        return writes.read(c -> PrintJobRows.ofTopUp(c, topUpSeq));
    }

    @Override
    public List<PrintJobRecord> unprintedReceipts() {
        return writes.read(PrintJobRows::unprinted);
    }

    @Override
    public List<TopUpRecord> receiptsOwed() {
        return writes.read(JournalRows::receiptsOwed);
    }

    @Override
    public RecoveryReport recoveryReport() {
        return writes.read(RecoveryReport::read);
    }

    @Override
    public void close() {
        writes.close();
    }

    private TopUpRecord close(long topUpSeq, TopUpTrigger trigger, MoneyEventKind kind, boolean refuseWithPendingNotes) {
        return writes.commit(c -> {
            TopUpRecord topUp = JournalRows.requireTopUp(c, topUpSeq);
            TopUpState next = TopUpLifecycle.next(topUp.state(), trigger);
            if (refuseWithPendingNotes) {
                for (NoteRecord note : JournalRows.notes(c, topUpSeq)) {
                    if (NoteLifecycle.isPending(note.state())) {
                        throw new IllegalStateException("note " + note.id() + " of top-up " + topUpSeq + " is still "
                                + note.state() + "; it must be credited or returned first");
                    }
                }
            }
            Instant now = now();
            try (PreparedStatement ps = c.prepareStatement("UPDATE topup SET state = ?, closed_at = ? WHERE seq = ?")) {
                ps.setString(1, next.name());
                ps.setObject(2, JournalRows.timestamp(now));
                ps.setLong(3, topUpSeq);
                ps.executeUpdate();
            }
            appendEvent(c, topUpSeq, null, kind, topUp.credited(), now);
            long uptimeMillis = uptime.millis();
            SyncRows.queue(c, topUpSeq, OutboxKind.closedBy(trigger), now, uptimeMillis);
            SyncRows.saveUptime(c, uptimeMillis);
            return topUp.closed(next, now);
        });
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        return writes.read(c -> SyncRows.pending(c, 0, limit));
    }

    @Override
    public List<OutboxEntry> pendingAfter(long afterSeq, int limit) {
        return writes.read(c -> SyncRows.pending(c, afterSeq, limit));
    }

    @Override
    public int record(List<SyncAnswer> answers) {
        if (answers.isEmpty()) {
            return 0;
        }
        return writes.commit(c -> {
            Instant now = now();
            Map<Long, SyncRows.Queued> queued = SyncRows.queued(c, answers.stream().map(SyncAnswer::seq).toList());
            EventBatch events = EventBatch.after(c);
            SyncRows.AnswerBatch updates = new SyncRows.AnswerBatch();
            int changed = 0;
            for (SyncAnswer answer : answers) {
                SyncRows.Queued q = queued.get(answer.seq());
                if (q == null || !q.uuid().equals(answer.uuid())) {
                    LOG.warn("server answer names seq {} / {} which this journal does not hold as a closed record; ignored",
                            answer.seq(), answer.uuid());
                    continue;
                }
                if (q.state() != SyncState.PENDING) {
                    continue; // answered before (a resend's or a replayed answer): nothing changes twice
                }
                queued.put(answer.seq(), recordOne(q, answer, now, events, updates));
                changed++;
            }
            updates.flush(c, now);
            events.flush(c);
            SyncRows.saveUptime(c, uptime.millis());
            return changed;
        });
    }

    @Override
    public Optional<SyncStatus> syncStatus(long seq) {
        return writes.read(c -> SyncRows.status(c, seq));
    }

    @Override
    public OfflineExposure exposure() {
        return writes.read(c -> SyncRows.exposure(c, uptime.millis(), clock.instant()));
    }

    @Override
    public void persistUptime() {
        writes.commit(c -> {
            SyncRows.saveUptime(c, uptime.millis());
            return null;
        });
    }

    /** One answer: the top-up moves through the lifecycle (APPLY / REFUSE) and its sync row is closed. */
    private static SyncRows.Queued recordOne(SyncRows.Queued q, SyncAnswer answer, Instant now, EventBatch events, SyncRows.AnswerBatch updates) {
        ServerOutcome outcome = answer.outcome();
        String reason = answer.reason();
        boolean purchaseOutcome = outcome == ServerOutcome.APPLIED || outcome == ServerOutcome.REFUSED;
        if (purchaseOutcome != (q.kind() == OutboxKind.PURCHASE) && outcome != ServerOutcome.REJECTED) {
            LOG.error("server answered {} for {} record seq {}; kept as rejected for a technician", outcome, q.kind(), answer.seq());
            reason = "server answered " + outcome + " for a " + q.kind() + " record";
            outcome = ServerOutcome.REJECTED;
        }
        if (outcome == ServerOutcome.APPLIED || outcome == ServerOutcome.REFUSED) {
            TopUpTrigger trigger = outcome == ServerOutcome.APPLIED ? TopUpTrigger.APPLY : TopUpTrigger.REFUSE;
            TopUpState next = TopUpLifecycle.next(q.topUpState(), trigger);
            updates.topUpState(q.seq(), next);
            events.add(q.seq(), outcome == ServerOutcome.APPLIED ? MoneyEventKind.TOPUP_APPLIED : MoneyEventKind.TOPUP_REFUSED,
                    q.creditedYen(), now);
        }
        SyncState state = outcome == ServerOutcome.REJECTED ? SyncState.REJECTED : SyncState.SYNCED;
        updates.answer(q.seq(), state, outcome, reason, answer.newExpiry(), answer.appliedAt());
        return new SyncRows.Queued(q.seq(), q.uuid(), q.topUpState(), q.creditedYen(), q.kind(), state);
    }

    private static NoteRecord requireNote(Connection c, NoteRef note) throws SQLException {
        NoteRecord stored = JournalRows.note(c, note.id())
                .orElseThrow(() -> new IllegalArgumentException("no note " + note.id() + " in the journal"));
        if (stored.topUpSeq() != note.topUpSeq() || !stored.value().equals(note.value())) {
            throw new IllegalArgumentException("note " + note.id() + " is " + stored + ", not " + note);
        }
        return stored;
    }

    private static void moveNote(Connection c, NoteRef note, NoteTrigger trigger) throws SQLException {
        NoteRecord stored = requireNote(c, note);
        NoteState next = NoteLifecycle.next(stored.state(), trigger);
        try (PreparedStatement ps = c.prepareStatement("UPDATE note SET state = ? WHERE id = ?")) {
            ps.setString(1, next.name());
            ps.setLong(2, note.id());
            ps.executeUpdate();
        }
    }

    /** Appends a hash-chained money event in the caller's transaction. */
    static void appendEvent(Connection c, long topUpSeq, Long noteId, MoneyEventKind kind, Yen amount, Instant at)
            throws SQLException {
        long seq = 1;
        String previous = EventChain.GENESIS;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, chain_hash FROM money_event ORDER BY seq DESC LIMIT 1")) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                previous = rs.getString(2);
            }
        }
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO money_event (seq, topup_seq, note_id, kind, yen, recorded_at, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setLong(2, topUpSeq);
            ps.setObject(3, noteId);
            ps.setString(4, kind.name());
            ps.setLong(5, amount.amount());
            ps.setObject(6, JournalRows.timestamp(at));
            ps.setString(7, EventChain.next(previous, seq, topUpSeq, noteId, kind, amount.amount(), micros));
            ps.executeUpdate();
        }
    }

    private ClaimCode unusedClaimCode(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM topup WHERE claim_code = ?")) {
            while (true) {
                ClaimCode code = ClaimCode.random(random);
                ps.setString(1, code.value());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return code;
                    }
                }
            }
        }
    }

    private static void closeQuietly(CreditLog log) {
        if (log != null) {
            log.close();
        }
    }

    private static long nextValue(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Journal times are kept to the microsecond, the precision of the column and of the hash. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
