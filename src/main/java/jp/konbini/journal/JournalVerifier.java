package jp.konbini.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.konbini.domain.IllegalTransitionException;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteLifecycle;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.NoteTrigger;
import jp.konbini.domain.topup.TopUpLifecycle;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.domain.topup.TopUpTrigger;

/**
 * Checks a journal end to end: gap-free sequences, an unbroken hash chain, and that replaying the
 * events through the domain's state machines gives exactly the stored states and amounts.
 */
final class JournalVerifier {

    private final List<String> problems = new ArrayList<>();

    static VerificationReport verify(Connection c) throws SQLException {
        return new JournalVerifier().run(c);
    }

    private VerificationReport run(Connection c) throws SQLException {
        List<TopUpRecord> topUps;
        try {
            topUps = JournalRows.allTopUps(c);
        } catch (IllegalArgumentException e) {
            problems.add("a top-up row cannot be read: " + e.getMessage());
            return new VerificationReport(0, 0, 0, problems, new RecoveryReport(List.of(), List.of(), List.of()));
        }
        List<NoteRecord> notes = JournalRows.allNotes(c);
        List<MoneyEvent> events = JournalRows.allEvents(c);

        checkGapFree("top-up sequence", topUps.stream().mapToLong(TopUpRecord::seq).toArray());
        checkGapFree("note id", notes.stream().mapToLong(NoteRecord::id).toArray());
        checkGapFree("event sequence", events.stream().mapToLong(MoneyEvent::seq).toArray());
        checkChain(events);

        Map<Long, List<MoneyEvent>> eventsByTopUp = new HashMap<>();
        Map<Long, List<MoneyEvent>> eventsByNote = new HashMap<>();
        for (MoneyEvent e : events) {
            eventsByTopUp.computeIfAbsent(e.topUpSeq(), k -> new ArrayList<>()).add(e);
            e.noteId().ifPresent(id -> eventsByNote.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
        }
        for (TopUpRecord t : topUps) {
            replayTopUp(t, eventsByTopUp.getOrDefault(t.seq(), List.of()));
        }
        for (NoteRecord n : notes) {
            replayNote(n, eventsByNote.getOrDefault(n.id(), List.of()));
        }
        checkReconciliations(JournalRows.reconciliations(c), notes);
        if (SyncCheck.hasOutbox(c)) {
            problems.addAll(SyncCheck.problems(c, topUps));
        }
        return new VerificationReport(topUps.size(), notes.size(), events.size(), problems, RecoveryReport.read(c));
    }

    private void checkGapFree(String what, long[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != i + 1) {
                problems.add(what + " is not gap-free: expected " + (i + 1) + ", found " + values[i]);
                return;
            }
        }
    }

    private void checkChain(List<MoneyEvent> events) {
        String previous = EventChain.GENESIS;
        for (MoneyEvent e : events) {
            long micros = ChronoUnit.MICROS.between(Instant.EPOCH, e.recordedAt());
            Long noteId = e.noteId().isPresent() ? e.noteId().getAsLong() : null;
            String expected = EventChain.next(previous, e.seq(), e.topUpSeq(), noteId, e.kind(), e.amount().amount(), micros);
            if (!expected.equals(e.chainHash())) {
                problems.add("hash chain broken at event " + e.seq() + ": the event or one before it was changed");
                return;
            }
            previous = e.chainHash();
        }
    }

    /** A settled reconciliation left its note where staff said it was. */
    private void checkReconciliations(List<Reconciliation> reconciliations, List<NoteRecord> notes) {
        checkGapFree("reconciliation id", reconciliations.stream().mapToLong(Reconciliation::id).toArray());
        Map<Long, NoteRecord> byId = new HashMap<>();
        notes.forEach(n -> byId.put(n.id(), n));
        for (Reconciliation r : reconciliations) {
            if (r.noteId().isEmpty() || r.resolution().isEmpty()) {
                continue;
            }
            NoteState expected = r.resolution().get() == Reconciliation.Resolution.IN_CASH_BOX ? NoteState.CREDITED : NoteState.RETURNED;
            NoteRecord note = byId.get(r.noteId().getAsLong());
            if (note == null || note.state() != expected) {
                problems.add("reconciliation " + r.id() + " settled " + r.resolution().get() + " but note " + r.noteId().getAsLong()
                        + " is " + (note == null ? "missing" : note.state()));
            }
        }
    }

    private void replayTopUp(TopUpRecord t, List<MoneyEvent> events) {
        String name = "top-up " + t.seq();
        if (events.isEmpty() || events.get(0).kind() != MoneyEventKind.TOPUP_OPENED || !events.get(0).amount().equals(t.price())) {
            problems.add(name + ": does not start with TOPUP_OPENED for its price " + t.price());
            return;
        }
        TopUpState state = TopUpState.OPEN;
        Yen credited = Yen.ZERO;
        try {
            for (MoneyEvent e : events.subList(1, events.size())) {
                switch (e.kind()) {
                    case NOTE_CREDITED -> {
                        credited = credited.plus(e.amount());
                        state = TopUpLifecycle.next(state, TopUpLifecycle.creditTrigger(credited, t.price()));
                    }
                    case TOPUP_COMPLETED -> state = close(state, TopUpTrigger.COMPLETE, e, credited, name);
                    case TOPUP_CANCELLED -> state = close(state, TopUpTrigger.CANCEL, e, credited, name);
                    case TOPUP_ABANDONED -> state = close(state, TopUpTrigger.ABANDON, e, credited, name);
                    case TOPUP_APPLIED -> state = close(state, TopUpTrigger.APPLY, e, credited, name);
                    case TOPUP_REFUSED -> state = close(state, TopUpTrigger.REFUSE, e, credited, name);
                    case TOPUP_SETTLED -> state = close(state, TopUpTrigger.SETTLE, e, credited, name);
                    case TOPUP_OPENED -> problems.add(name + ": opened twice (event " + e.seq() + ")");
                    default -> {
                        // Escrow, stack and return events move notes, not the top-up.
                    }
                }
            }
        } catch (IllegalTransitionException e) {
            problems.add(name + ": events do not follow the top-up lifecycle (" + e.getMessage() + ")");
            return;
        }
        if (state != t.state()) {
            problems.add(name + ": stored state " + t.state() + " but its events lead to " + state);
        }
        if (!credited.equals(t.credited())) {
            problems.add(name + ": stored credit " + t.credited() + " but its credit events sum to " + credited);
        }
    }

    private TopUpState close(TopUpState state, TopUpTrigger trigger, MoneyEvent e, Yen credited, String name) {
        if (!e.amount().equals(credited)) {
            problems.add(name + ": " + e.kind() + " records " + e.amount() + " but " + credited + " was credited");
        }
        return TopUpLifecycle.next(state, trigger);
    }

    private void replayNote(NoteRecord n, List<MoneyEvent> events) {
        String name = "note " + n.id();
        if (events.isEmpty() || events.get(0).kind() != MoneyEventKind.NOTE_ESCROWED) {
            problems.add(name + ": does not start with NOTE_ESCROWED");
            return;
        }
        NoteState state = NoteState.ESCROWED;
        try {
            for (MoneyEvent e : events) {
                if (e.topUpSeq() != n.topUpSeq() || !e.amount().equals(n.value())) {
                    problems.add(name + ": event " + e.seq() + " is for " + e.amount() + " of top-up " + e.topUpSeq());
                }
                switch (e.kind()) {
                    case NOTE_ESCROWED -> {
                        if (e != events.get(0)) {
                            problems.add(name + ": escrowed twice (event " + e.seq() + ")");
                        }
                    }
                    case STACK_SENT -> state = NoteLifecycle.next(state, NoteTrigger.STACK_SENT);
                    case NOTE_CREDITED -> state = NoteLifecycle.next(state, NoteTrigger.CREDITED);
                    case NOTE_RETURNED -> state = NoteLifecycle.next(state, NoteTrigger.RETURNED);
                    default -> problems.add(name + ": unexpected " + e.kind() + " (event " + e.seq() + ")");
                }
            }
        } catch (IllegalTransitionException e) {
            problems.add(name + ": events do not follow the note lifecycle (" + e.getMessage() + ")");
            return;
        }
        if (state != n.state()) {
            problems.add(name + ": stored state " + n.state() + " but its events lead to " + state);
        }
    }
}
