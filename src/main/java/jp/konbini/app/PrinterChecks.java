package jp.konbini.app;

import java.time.Clock;
import java.util.function.Supplier;
import jp.konbini.config.KioskConfig;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.ReceiptPrinter;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Catalog;
import jp.konbini.maintenance.PrinterCheck;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.SampleReceipts;

/** The technician's printer check: the driver's status, and the sample receipt marked TEST PRINT (as printer-test prints). */
final class PrinterChecks implements PrinterCheck {

    private final ReceiptPrinter printer;
    private final KioskConfig config;
    private final Supplier<Catalog> catalog;
    private final Clock clock;

    PrinterChecks(ReceiptPrinter printer, KioskConfig config, Supplier<Catalog> catalog, Clock clock) {
        this.printer = printer;
        this.config = config;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public String state() {
        return printer.status().toString();
    }

    @Override
    public Outcome testPrint() {
        PrintOutcome outcome = printer.print(new ReceiptLayout().layout(
                SampleReceipts.sale(config, catalog.get().products().get(0), Language.JA, clock.instant())));
        if (outcome instanceof PrintOutcome.Failed f) {
            return new Outcome(false, f.reason());
        }
        return new Outcome(true, printer.status().toString());
    }
}
