package jp.konbini.app;

import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.maintenance.ReceiptReprinter;
import jp.konbini.receipt.ReceiptPrinting;

/** Staff's reprint through the receipt printing (marked as a reprint there), with the printer's reason if it failed. */
final class ReceiptReprints implements ReceiptReprinter {

    private final ReceiptPrinting printing;

    ReceiptReprints(ReceiptPrinting printing) {
        this.printing = printing;
    }

    @Override
    public Outcome reprint(long topUpSeq) {
        PrintOutcome outcome = printing.reprint(topUpSeq);
        if (outcome instanceof PrintOutcome.Failed f) {
            return new Outcome(false, f.reason());
        }
        return new Outcome(true, "");
    }
}
