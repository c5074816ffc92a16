package jp.konbini.flow;

import jp.konbini.device.printer.PrinterStatus;
import jp.konbini.journal.JournalStatus;
import jp.konbini.sync.CashAcceptance;

/**
 * What the periodic check found: things that must be asked (the printer, the journal, the
 * offline bounds), as opposed to the acceptor, which reports its own changes.
 *
 * @param openReconciliations notes whose fate staff must settle before cash is taken again
 */
record ServiceChecks(PrinterStatus printer, JournalStatus journal, CashAcceptance cash, int openReconciliations) {
}
