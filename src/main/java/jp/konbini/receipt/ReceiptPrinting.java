package jp.konbini.receipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.PrinterStatus;
import jp.konbini.device.printer.ReceiptPrinter;
import jp.konbini.journal.Journal;
import jp.konbini.journal.PrintJobOrder;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.TopUpRecord;

/**
 * Printing a top-up's receipt as the kiosk's records require (reference §2.6): the job is
 * journalled before a byte is sent and its end afterwards, durably. A receipt that did not come
 * out whole is printed again <em>whole</em>, from the journal, marked 再発行 / REPRINT with its
 * number; the top-up itself stays complete either way (the receipt is a separate deliverable).
 * One automatic reprint after the printer recovers; after that staff decide (a technician may
 * reprint at any time).
 */
public final class ReceiptPrinting {

    /** Reprints made without anyone asking; after that, the receipt waits for staff. */
    static final int AUTOMATIC_REPRINTS = 1;

    private final Journal journal;
    private final ReceiptFactory factory;
    private final ReceiptLayout layout;
    private final ReceiptPrinter printer;

    public ReceiptPrinting(Journal journal, ReceiptFactory factory, ReceiptLayout layout, ReceiptPrinter printer) {
        this.journal = journal;
        this.factory = factory;
        this.layout = layout;
        this.printer = printer;
    }

    /**
     * Whether a session may start: the flow takes no cash when the printer cannot print (paper
     * out, cover open, not answering), and warns staff on near-end ({@link PrinterStatus#paperNearEnd()}).
     */
    public PrinterStatus readiness() {
        return printer.status();
    }

    /** Prints the receipt of completed top-up {@code topUpSeq} with its delivery status. */
    public PrintOutcome printSale(long topUpSeq, ReceiptStatus status) {
        Optional<java.time.LocalDate> until = status instanceof ReceiptStatus.Applied a ? a.validUntil() : Optional.empty();
        return print(new PrintJobOrder(topUpSeq, ReceiptKind.SALE.name(), Optional.of(status.code()), until, 0));
    }

    /** Prints the credit note of a top-up that took cash without a purchase. */
    public PrintOutcome printCredit(long topUpSeq) {
        return print(new PrintJobOrder(topUpSeq, ReceiptKind.CREDIT.name(), Optional.empty(), Optional.empty(), 0));
    }

    /**
     * After the printer has recovered (paper reloaded, cover closed): prints again, whole and
     * marked as a reprint, every receipt whose last attempt failed and that has not had its
     * automatic reprint. Does nothing while the printer is still not ready.
     */
    public List<PrintOutcome> reprintFailed() {
        List<PrintOutcome> outcomes = new ArrayList<>();
        if (!printer.status().acceptsJobs()) {
            return outcomes;
        }
        for (PrintJobRecord failed : journal.unprintedReceipts()) {
            if (failed.reprintNo() < AUTOMATIC_REPRINTS) {
                outcomes.add(reprint(failed));
            }
        }
        return outcomes;
    }

    /** Receipts that did not come out and are past their automatic reprint: staff must look. */
    public List<PrintJobRecord> needingStaff() {
        return journal.unprintedReceipts().stream().filter(j -> j.reprintNo() >= AUTOMATIC_REPRINTS).toList();
    }

    /** A technician's reprint of the latest receipt of {@code topUpSeq}, whatever became of it. */
    public PrintOutcome reprint(long topUpSeq) {
        List<PrintJobRecord> jobs = journal.printJobs(topUpSeq);
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("top-up " + topUpSeq + " has no receipt to reprint");
        }
        return reprint(jobs.get(jobs.size() - 1));
    }

    /** The receipt a job printed (or would have), as a model: for the PDF of a reprint or of the QR link. */
    public Receipt receiptOf(PrintJobRecord job) {
        TopUpRecord topUp = journal.topUp(job.topUpSeq()).orElseThrow(() -> new IllegalArgumentException("no top-up " + job.topUpSeq()));
        Receipt r = ReceiptKind.valueOf(job.kind()) == ReceiptKind.SALE
                ? factory.sale(topUp, journal.notes(topUp.seq()), status(job))
                : factory.credit(topUp, journal.notes(topUp.seq()));
        return job.reprintNo() == 0 ? r : r.asReprint(new Reprint(job.reprintNo(), job.startedAt()));
    }

    private PrintOutcome reprint(PrintJobRecord previous) {
        List<PrintJobRecord> jobs = journal.printJobs(previous.topUpSeq());
        int number = jobs.stream().mapToInt(PrintJobRecord::reprintNo).max().orElse(0) + 1;
        return print(new PrintJobOrder(previous.topUpSeq(), previous.kind(), previous.delivery(), previous.validUntil(), number));
    }

    private PrintOutcome print(PrintJobOrder order) {
        PrintJobRecord job = journal.printStarted(order);
        Receipt receipt = receiptOf(job);
        PrintOutcome outcome = printer.print(layout.layout(receipt));
        if (outcome instanceof PrintOutcome.Failed f) {
            journal.printFailed(job.id(), f.problem().name(), f.detail());
        } else {
            journal.printFinished(job.id());
        }
        return outcome;
    }

    private static ReceiptStatus status(PrintJobRecord job) {
        return job.delivery().orElseThrow().equals("APPLIED") ? new ReceiptStatus.Applied(job.validUntil()) : new ReceiptStatus.Pending();
    }
}
