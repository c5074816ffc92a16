package jp.konbini.maintenance;

import java.util.List;

/** The acceptor as a technician sees it: state, fault and its detail, firmware, and the notes it says it knows. */
public record AcceptorReport(String state, String fault, String detail, String firmware, List<String> noteTable) {

    public AcceptorReport {
        noteTable = List.copyOf(noteTable);
    }
}
