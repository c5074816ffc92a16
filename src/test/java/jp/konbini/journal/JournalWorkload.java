package jp.konbini.journal;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpState;

/**
 * Random but realistic customer sessions against a journal, reporting every call that returned as
 * an {@link Ack}: paid top-ups, cancels, returned notes, abandoned sessions and repeated credits
 * (the acceptor repeats VEND VALID until acknowledged). Also finishes what a crash left behind,
 * as the kiosk's flow would at start-up.
 */
final class JournalWorkload {

    private static final long[] PRICES = {1000, 2000, 3000, 5000, 9000};
    private static final long[] NOTES = {1000, 2000, 5000, 10000};

    private final Journal journal;
    private final Random random;
    private final Consumer<Ack> acks;

    JournalWorkload(Journal journal, Random random, Consumer<Ack> acks) {
        this.journal = journal;
        this.random = random;
        this.acks = acks;
    }

    /** Returns escrowed notes, abandons sessions with money in and cancels the rest. */
    void finishWhatWasLeft() {
        for (RecoveryReport.Unfinished u : journal.recoveryReport().unfinished()) {
            long seq = u.topUp().seq();
            for (NoteRecord n : u.pendingNotes()) {
                if (n.state() == NoteState.ESCROWED) {
                    journal.returned(n.ref());
                    acks.accept(Ack.of(MoneyEventKind.NOTE_RETURNED, seq, n.id(), n.value().amount()));
                }
            }
            TopUpRecord now = journal.topUp(seq).orElseThrow();
            if (now.state() == TopUpState.PAID && u.pendingNotes().stream().noneMatch(n -> n.state() == NoteState.STACKING)) {
                journal.complete(seq);
                acks.accept(Ack.of(MoneyEventKind.TOPUP_COMPLETED, seq, null, now.credited().amount()));
            } else if (u.hasMoneyIn() || now.state() != TopUpState.OPEN) {
                journal.abandon(seq);
                acks.accept(Ack.of(MoneyEventKind.TOPUP_ABANDONED, seq, null, now.credited().amount()));
            } else {
                journal.cancel(seq);
                acks.accept(Ack.of(MoneyEventKind.TOPUP_CANCELLED, seq, null, 0));
            }
        }
    }

    void sessions(int count) {
        for (int i = 0; i < count; i++) {
            session();
        }
    }

    void session() {
        long price = PRICES[random.nextInt(PRICES.length)];
        TopUpRecord t = journal.open(JournalFixture.order(price));
        acks.accept(new Ack(MoneyEventKind.TOPUP_OPENED, t.seq(), null, price, t.uuid()));
        int shape = random.nextInt(20);
        if (shape == 0) {
            cancel(t.seq());
            return;
        }
        if (shape == 1) {
            NoteRef note = escrow(t.seq(), 1000);
            journal.returned(note);
            acks.accept(Ack.of(MoneyEventKind.NOTE_RETURNED, t.seq(), note.id(), 1000));
            cancel(t.seq());
            return;
        }
        long due = price;
        while (due > 0) {
            long yen = noteNotAbove(due);
            NoteRef note = escrow(t.seq(), yen);
            journal.stackSent(note);
            acks.accept(Ack.of(MoneyEventKind.STACK_SENT, t.seq(), note.id(), yen));
            journal.creditPoint(note);
            acks.accept(Ack.of(MoneyEventKind.NOTE_CREDITED, t.seq(), note.id(), yen)); // the acceptor's ACK
            journal.credited(note);
            if (random.nextInt(10) == 0) {
                // a repeated VEND VALID: acknowledged, never counted again
                journal.creditPoint(note);
                journal.credited(note);
            }
            due -= yen;
            if (due > 0 && random.nextInt(25) == 0) {
                journal.abandon(t.seq());
                acks.accept(Ack.of(MoneyEventKind.TOPUP_ABANDONED, t.seq(), null, price - due));
                return;
            }
        }
        journal.complete(t.seq());
        acks.accept(Ack.of(MoneyEventKind.TOPUP_COMPLETED, t.seq(), null, price));
    }

    private NoteRef escrow(long seq, long yen) {
        NoteRef note = journal.escrowed(seq, Yen.of(yen));
        acks.accept(Ack.of(MoneyEventKind.NOTE_ESCROWED, seq, note.id(), yen));
        return note;
    }

    private void cancel(long seq) {
        journal.cancel(seq);
        acks.accept(Ack.of(MoneyEventKind.TOPUP_CANCELLED, seq, null, 0));
    }

    private long noteNotAbove(long due) {
        List<Long> fitting = java.util.Arrays.stream(NOTES).filter(n -> n <= due).boxed().toList();
        return fitting.get(random.nextInt(fitting.size()));
    }
}
