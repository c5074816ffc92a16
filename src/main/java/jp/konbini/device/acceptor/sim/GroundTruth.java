package jp.konbini.device.acceptor.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.domain.money.Yen;

/**
 * What really happened to the notes: which are in the cash box, which went back to the customer,
 * which the host was told about with an ACKed VEND VALID. Tests compare the host's credits with
 * this. Thread-safe.
 */
public final class GroundTruth {

    private final List<NoteOutcome> outcomes = new ArrayList<>();
    private final List<NoteOutcome> cashBox = new ArrayList<>();
    private final List<NoteOutcome> collected = new ArrayList<>();
    private final List<SimNote> acked = new ArrayList<>();

    synchronized void record(NoteOutcome outcome) {
        outcomes.add(outcome);
        if (outcome.fate() == NoteFate.CASH_BOX) {
            cashBox.add(outcome);
        }
    }

    /** The host ACKed the VEND VALID of {@code note} (counted now, even if the note's journey ends later). */
    synchronized void vendValidAcked(SimNote note) {
        acked.add(note);
    }

    /** Staff took the notes out of the cash box. */
    synchronized int empty() {
        int n = cashBox.size();
        collected.addAll(cashBox);
        cashBox.clear();
        return n;
    }

    /** Every note whose journey ended, in that order. */
    public synchronized List<NoteOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** The notes now in the cash box. */
    public synchronized List<NoteOutcome> cashBoxNotes() {
        return List.copyOf(cashBox);
    }

    /** The values of the notes now in the cash box (a note of unknown value, stacked anyway, counts in {@link #cashBoxCount()} only). */
    public synchronized List<Yen> cashBox() {
        return values(cashBox);
    }

    public synchronized int cashBoxCount() {
        return cashBox.size();
    }

    public synchronized Yen cashBoxTotal() {
        return values(cashBox).stream().reduce(Yen.ZERO, Yen::plus);
    }

    /** Notes staff took out of the cash box with {@code emptyStacker}. */
    public synchronized List<Yen> collected() {
        return values(collected);
    }

    /** Every note that ever reached the cash box, emptied or not. */
    public synchronized List<Yen> everStacked() {
        List<NoteOutcome> all = new ArrayList<>(collected);
        all.addAll(cashBox);
        return values(all);
    }

    /** Notes given back to the customer without a reject reason. */
    public synchronized List<NoteOutcome> returnedNotes() {
        return outcomes.stream().filter(o -> o.fate() == NoteFate.RETURNED).toList();
    }

    /** Notes given back with a reject reason. */
    public synchronized List<NoteOutcome> rejectedNotes() {
        return outcomes.stream().filter(o -> o.fate() == NoteFate.REJECTED).toList();
    }

    /** How many notes had their VEND VALID ACKed by the host: what a correct host has credited. */
    public synchronized int vendValidsAcked() {
        return acked.size();
    }

    /** The values of the notes whose VEND VALID the host ACKed, in that order. */
    public synchronized List<Yen> ackedValues() {
        return acked.stream().map(SimNote::value).flatMap(Optional::stream).toList();
    }

    /** Notes that reached the cash box without an ACKed VEND VALID: the cases a host must hand to reconciliation. */
    public synchronized List<NoteOutcome> stackedWithoutAckedVendValid() {
        List<NoteOutcome> all = new ArrayList<>(collected);
        all.addAll(cashBox);
        return all.stream().filter(o -> !o.vendValidAcked()).toList();
    }

    private static List<Yen> values(List<NoteOutcome> notes) {
        return notes.stream().map(o -> o.note().value()).flatMap(Optional::stream).toList();
    }
}
