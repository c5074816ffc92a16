package jp.konbini.flow;

import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.receipt.ReceiptStatus;
import jp.konbini.sync.Confirmation;

/** Prints the receipt that fits how a paid top-up was confirmed: a sale receipt, or a credit note when refused. */
final class ReceiptDelivery {

    private final ReceiptPrinting printing;

    ReceiptDelivery(ReceiptPrinting printing) {
        this.printing = printing;
    }

    PrintOutcome print(Confirmation confirmation) {
        long seq = confirmation.seq();
        return switch (confirmation.status()) {
            case APPLIED -> printing.printSale(seq, new ReceiptStatus.Applied(confirmation.newExpiry()));
            case PENDING -> printing.printSale(seq, new ReceiptStatus.Pending());
            case REFUSED -> printing.printCredit(seq);
        };
    }

    /** The credit note of a session that ended with money held under its claim code. */
    PrintOutcome printCredit(long seq) {
        return printing.printCredit(seq);
    }
}
