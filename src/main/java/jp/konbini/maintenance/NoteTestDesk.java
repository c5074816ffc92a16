package jp.konbini.maintenance;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorListener;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.device.acceptor.NoteAcceptor;
import jp.konbini.domain.money.Denomination;
import jp.konbini.journal.MaintenanceRecords;

/**
 * The technician's note test: the acceptor takes every note it knows, reads it, and gives each one
 * straight back from escrow. Nothing is credited (the escrow answer is always "return", and the
 * ledger refuses a test note at the stacker). Stops on request and when the technician leaves.
 */
public final class NoteTestDesk implements AcceptorListener {

    private static final int KEPT = 50;

    private final MaintenanceDesk desk;
    private final NoteAcceptor acceptor;
    private final MaintenanceRecords records;
    private final List<String> seen = new ArrayList<>();
    private boolean running;
    private int read;

    public NoteTestDesk(MaintenanceDesk desk, NoteAcceptor acceptor, MaintenanceRecords records) {
        this.desk = desk;
        this.acceptor = acceptor;
        this.records = records;
        desk.onLeave(this::stopQuietly);
    }

    public synchronized void start() {
        Operator o = desk.require(MaintenanceFunction.NOTE_TEST);
        if (running) {
            return;
        }
        seen.clear();
        read = 0;
        running = true;
        records.audit(AuditTrail.of(o, "NOTE_TEST_STARTED", "acceptor", "", ""));
        acceptor.enable(EnumSet.allOf(Denomination.class), NoteTestLedger.TEST_SESSION, value -> EscrowDecider.Decision.RETURN);
    }

    public synchronized void stop() {
        Operator o = desk.require(MaintenanceFunction.NOTE_TEST);
        if (running) {
            acceptor.disable();
            running = false;
            records.audit(AuditTrail.of(o, "NOTE_TEST_STOPPED", "acceptor", "", read + " note(s) read and returned"));
        }
    }

    public synchronized boolean running() {
        return running;
    }

    /** What the acceptor did with each note, newest last: "¥1,000 read", "returned ¥1,000", "rejected: ...". */
    public synchronized List<String> results() {
        return List.copyOf(seen);
    }

    /** Acceptor events (fanned out by the composition root); only while a test runs are they kept. */
    @Override
    public synchronized void on(AcceptorEvent event) {
        if (!running) {
            return;
        }
        String line = null;
        if (event instanceof AcceptorEvent.Escrowed e) {
            read++;
            line = e.value().format() + " read";
        } else if (event instanceof AcceptorEvent.Returned r) {
            line = "returned " + r.value().format();
        } else if (event instanceof AcceptorEvent.Rejected r) {
            line = "rejected: " + r.reason();
        } else if (event instanceof AcceptorEvent.Credited c) {
            line = "CREDITED " + c.value().format() + " (must never happen in a test)";
        } else if (event instanceof AcceptorEvent.Fault f) {
            line = "fault: " + f.kind() + " " + f.detail();
        }
        if (line != null) {
            if (seen.size() == KEPT) {
                seen.remove(0);
            }
            seen.add(line);
        }
    }

    private synchronized void stopQuietly() {
        if (running) {
            acceptor.disable();
            running = false;
        }
    }
}
