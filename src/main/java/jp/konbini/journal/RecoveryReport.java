package jp.konbini.journal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteLifecycle;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.domain.topup.TopUpLifecycle;
import jp.konbini.domain.topup.TopUpState;

/**
 * What a previous run left unfinished, found at start-up and kept as it is: sessions that were
 * still going on (the flow completes them or hands them to staff), and notes whose fate the
 * journal cannot know (STACK was sent, no credit recorded) which staff reconcile with the cash box.
 */
public record RecoveryReport(List<Unfinished> unfinished, List<NoteRecord> undecidedNotes, List<Reconciliation> openReconciliations) {

    public RecoveryReport {
        unfinished = List.copyOf(unfinished);
        undecidedNotes = List.copyOf(undecidedNotes);
        openReconciliations = List.copyOf(openReconciliations);
    }

    /** A session that did not finish, with the notes that were still in the acceptor. */
    public record Unfinished(TopUpRecord topUp, List<NoteRecord> pendingNotes) {

        public Unfinished {
            pendingNotes = List.copyOf(pendingNotes);
        }

        /** Credited cash, or a note that may have become cash: this session must not be dropped. */
        public boolean hasMoneyIn() {
            return topUp.credited().isPositive() || pendingNotes.stream().anyMatch(n -> n.state() == NoteState.STACKING);
        }
    }

    static RecoveryReport read(Connection c) throws SQLException {
        List<Unfinished> unfinished = new ArrayList<>();
        List<TopUpState> inSession = List.of(TopUpState.values()).stream().filter(TopUpLifecycle::isInSession).toList();
        for (TopUpRecord topUp : JournalRows.topUpsInStates(c, inSession)) {
            List<NoteRecord> pending = JournalRows.notes(c, topUp.seq()).stream()
                    .filter(n -> NoteLifecycle.isPending(n.state())).toList();
            unfinished.add(new Unfinished(topUp, pending));
        }
        List<NoteRecord> undecided = JournalRows.allNotes(c).stream().filter(n -> n.state() == NoteState.STACKING).toList();
        List<Reconciliation> open = JournalRows.reconciliations(c).stream().filter(Reconciliation::isOpen).toList();
        return new RecoveryReport(unfinished, undecided, open);
    }

    public boolean isClean() {
        return unfinished.isEmpty() && undecidedNotes.isEmpty() && openReconciliations.isEmpty();
    }

    /** Cash credited to sessions that did not finish. */
    public Yen creditedInUnfinished() {
        return unfinished.stream().map(u -> u.topUp().credited()).reduce(Yen.ZERO, Yen::plus);
    }

    /** One line for the log and the technician. */
    public String summary() {
        if (isClean()) {
            return "journal clean: no unfinished session";
        }
        long withMoney = unfinished.stream().filter(Unfinished::hasMoneyIn).count();
        return unfinished.size() + " unfinished session(s), " + withMoney + " with money in (" + creditedInUnfinished().format()
                + " credited); " + undecidedNotes.size() + " note(s) sent to the stacker without a recorded credit; "
                + openReconciliations.size() + " reconciliation(s) waiting for staff";
    }
}
