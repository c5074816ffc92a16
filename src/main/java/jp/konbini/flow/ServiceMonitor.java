package jp.konbini.flow;

import java.util.function.Supplier;
import jp.konbini.device.printer.PrinterStatus;
import jp.konbini.journal.Journal;
import jp.konbini.journal.JournalFault;
import jp.konbini.journal.JournalStatus;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.sync.CashAcceptance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the printer, the journal and the offline bounds whether a session could end well now.
 * Runs off the flow thread (a printer that does not answer takes its full timeout).
 */
final class ServiceMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceMonitor.class);

    private final ReceiptPrinting printing;
    private final Journal journal;
    private final Supplier<CashAcceptance> cashAcceptance;

    ServiceMonitor(ReceiptPrinting printing, Journal journal, Supplier<CashAcceptance> cashAcceptance) {
        this.printing = printing;
        this.journal = journal;
        this.cashAcceptance = cashAcceptance;
    }

    ServiceChecks check() {
        PrinterStatus printer = printerStatus();
        JournalStatus status = journal.status();
        if (!status.acceptsCash()) {
            return new ServiceChecks(printer, status, null, 0);
        }
        try {
            return new ServiceChecks(printer, status, cashAcceptance.get(), journal.openReconciliations().size());
        } catch (JournalUnavailableException e) {
            JournalStatus now = journal.status();
            return new ServiceChecks(printer, now.acceptsCash() ? JournalStatus.unavailable(JournalFault.IO_ERROR, e.getMessage()) : now,
                    null, 0);
        }
    }

    private PrinterStatus printerStatus() {
        try {
            return printing.readiness();
        } catch (RuntimeException e) {
            LOG.warn("printer status not read: {}", e.toString());
            return PrinterStatus.notAnswering();
        }
    }
}
