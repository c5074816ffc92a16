package jp.konbini.maintenance;

/** The receipt printer as a technician checks it (the driver and the sample receipt, adapted by the composition root). */
public interface PrinterCheck {

    /** The printer's state in a line (ready, paper near end, paper out, cover open, not answering...). */
    String state();

    /** Prints a sample receipt marked TEST PRINT; the printer's answer in a line. */
    Outcome testPrint();

    record Outcome(boolean printed, String detail) {
    }
}
