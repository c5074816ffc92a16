package jp.konbini.flow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.ServerOutcome;
import jp.konbini.journal.SyncAnswer;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.sync.Confirmation;
import jp.konbini.sync.TopUpConfirmer;

/**
 * The central server's real-time answer, decided by the test. Like the real confirmer it records
 * an answer in the journal (through the outbox) before it returns it, so what the customer is told
 * is what the journal holds.
 */
public final class FakeConfirmer implements TopUpConfirmer {

    /** What the server does with the next top-ups. */
    public enum Answer {
        /** Applied: the line's new expiry comes back. */
        APPLY,
        /** The carrier refuses the top-up. */
        REFUSE,
        /** The network is down: no answer in time, the top-up stays queued. */
        NO_ANSWER,
        /** The confirmer itself fails (a bug, a broken connection). */
        FAIL
    }

    public static final LocalDate NEW_EXPIRY = LocalDate.of(2026, 12, 22);

    private final H2Journal journal;
    private volatile Answer answer = Answer.APPLY;
    private final List<Long> asked = new ArrayList<>();

    public FakeConfirmer(H2Journal journal) {
        this.journal = journal;
    }

    public void answer(Answer a) {
        this.answer = a;
    }

    /** The top-ups asked about, in order. */
    public synchronized List<Long> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Confirmation confirm(long seq) {
        synchronized (this) {
            asked.add(seq);
        }
        TopUpRecord t = journal.topUp(seq).orElseThrow();
        return switch (answer) {
            case APPLY -> {
                journal.record(List.of(new SyncAnswer(seq, t.uuid(), ServerOutcome.APPLIED, null, NEW_EXPIRY, Instant.now())));
                yield new Confirmation(Confirmation.Status.APPLIED, seq, t.claimCode(), Optional.of(NEW_EXPIRY), Optional.empty());
            }
            case REFUSE -> {
                journal.record(List.of(new SyncAnswer(seq, t.uuid(), ServerOutcome.REFUSED, "line suspended", null, Instant.now())));
                yield new Confirmation(Confirmation.Status.REFUSED, seq, t.claimCode(), Optional.empty(), Optional.of("line suspended"));
            }
            case NO_ANSWER -> new Confirmation(Confirmation.Status.PENDING, seq, t.claimCode(), Optional.empty(), Optional.empty());
            case FAIL -> throw new IllegalStateException("confirmer broke (test)");
        };
    }
}
