package jp.konbini.device.acceptor.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.domain.money.Yen;

/** The notes the simulated customer still holds, fed to the unit one at a time. Guarded by the machine's lock. */
final class CustomerHand {

    private final CurrencyTable table;
    private final Deque<SimNote> notes = new ArrayDeque<>();
    private long nextId = 1;

    CustomerHand(CurrencyTable table) {
        this.table = table;
    }

    SimNote genuine(Yen value) {
        int code = table.codeOf(value).orElseThrow(() -> new IllegalArgumentException(
                "the unit's currency table has no note of " + value + " (it has " + table.yenNotes().values() + ")"));
        return add(new SimNote(nextId++, code, Optional.of(value), Optional.empty()));
    }

    SimNote withEscrowCode(int code) {
        if (code < 0x01 || code > 0xFF) {
            throw new IllegalArgumentException("an escrow code is one byte: " + code);
        }
        return add(new SimNote(nextId++, code, table.valueOf(code), Optional.empty()));
    }

    SimNote counterfeit(RejectReason reason) {
        if (reason == RejectReason.UNKNOWN) {
            throw new IllegalArgumentException("a reject reason with a code is needed");
        }
        return add(new SimNote(nextId++, SimNote.NO_CODE, Optional.empty(), Optional.of(reason)));
    }

    boolean isEmpty() {
        return notes.isEmpty();
    }

    SimNote next() {
        return notes.removeFirst();
    }

    int size() {
        return notes.size();
    }

    private SimNote add(SimNote note) {
        notes.addLast(note);
        return note;
    }
}
