package jp.konbini.app;

import java.time.Duration;
import jp.konbini.device.acceptor.sim.AcceptorSimulator;
import jp.konbini.device.acceptor.sim.NoteOutcome;
import jp.konbini.device.acceptor.sim.SimNote;
import jp.konbini.domain.money.Denomination;

/**
 * A customer's hand at the simulated acceptor: pushes a note and, if it comes back (the unit had
 * not yet been enabled for it when it went in, as happens to a quick customer), pushes it again.
 */
final class NotePusher {

    private static final int ATTEMPTS = 5;
    /** A person takes the note back and tries again after a moment; by then the unit is usually enabled. */
    private static final long RETRY_PAUSE_MILLIS = 400;
    private static final Duration FATE_WAIT = Duration.ofSeconds(10);

    private final AcceptorSimulator acceptor;

    NotePusher(AcceptorSimulator acceptor) {
        this.acceptor = acceptor;
    }

    /** @return whether the note ended in the cash box */
    boolean push(Denomination note) throws InterruptedException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) {
                Thread.sleep(RETRY_PAUSE_MILLIS);
            }
            SimNote pushed = acceptor.insert(note);
            long deadline = System.nanoTime() + FATE_WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                if (inCashBox(pushed)) {
                    return true;
                }
                if (givenBack(acceptor, pushed)) {
                    break;
                }
                Thread.sleep(5);
            }
        }
        return false;
    }

    private boolean inCashBox(SimNote note) {
        return acceptor.groundTruth().cashBoxNotes().stream().anyMatch(o -> o.note().id() == note.id());
    }

    /** Whether the unit gave {@code note} back to the customer (returned or rejected). */
    static boolean givenBack(AcceptorSimulator acceptor, SimNote note) {
        return acceptor.returnedNotes().stream().map(NoteOutcome::note).anyMatch(n -> n.id() == note.id())
                || acceptor.rejectedNotes().stream().map(NoteOutcome::note).anyMatch(n -> n.id() == note.id());
    }
}
