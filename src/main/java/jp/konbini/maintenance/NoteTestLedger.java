package jp.konbini.maintenance;

import java.util.concurrent.atomic.AtomicLong;
import jp.konbini.device.acceptor.ForwardingNoteLedger;
import jp.konbini.device.acceptor.NoteLedger;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.acceptor.PendingNote;
import jp.konbini.domain.money.Yen;

/**
 * The acceptor's ledger with a test session beside the real ones: a note read in the technician's
 * note test ({@link #TEST_SESSION}) is kept in memory and can only go back to them; it can never
 * be sent to the stacker or credited (the ledger refuses, so the driver returns it). Every other
 * session goes to the real ledger unchanged.
 */
public final class NoteTestLedger extends ForwardingNoteLedger {

    /** No top-up has sequence number 0. */
    public static final NoteSession TEST_SESSION = new NoteSession(0);

    private final AtomicLong nextTestId = new AtomicLong(-1);

    public NoteTestLedger(NoteLedger real) {
        super(real);
    }

    private static boolean isTest(long sessionId) {
        return sessionId == TEST_SESSION.id();
    }

    @Override
    public PendingNote escrowed(NoteSession session, Yen value) {
        if (isTest(session.id())) {
            return new PendingNote(nextTestId.getAndDecrement(), session.id(), value, PendingNote.Stage.ESCROWED);
        }
        return super.escrowed(session, value);
    }

    @Override
    public PendingNote stackSent(PendingNote note) {
        if (isTest(note.sessionId())) {
            throw new IllegalStateException("a test note is never sent to the stacker");
        }
        return super.stackSent(note);
    }

    @Override
    public boolean credited(PendingNote note) {
        if (isTest(note.sessionId())) {
            throw new IllegalStateException("a test note is never credited");
        }
        return super.credited(note);
    }

    @Override
    public void returned(PendingNote note) {
        if (!isTest(note.sessionId())) {
            super.returned(note);
        }
    }
}
