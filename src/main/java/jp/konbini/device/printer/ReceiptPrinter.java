package jp.konbini.device.printer;

/**
 * A receipt printer, whatever its protocol. One caller at a time (the flow's or the
 * technician's thread); implementations serialise calls. A driver adds no policy: it reports
 * status and prints what it is given; refusing sessions and reprinting belong to the caller.
 */
public interface ReceiptPrinter extends AutoCloseable {

    /** Where the printer is (port and model), for logs and technicians. */
    String name();

    /** Asks the printer now. Never throws for a silent printer: that is {@link PrinterProblem#NOT_ANSWERING}. */
    PrinterStatus status();

    /**
     * Prints {@code job} if the printer is ready, and reports whether all of it printed. A job
     * the printer refuses before starting returns {@link PrintOutcome.Failed} with
     * {@code started == false}.
     */
    PrintOutcome print(PrintJob job);

    @Override
    void close();
}
