package jp.konbini.device.printer;

/** How a print job ended. */
public sealed interface PrintOutcome {

    boolean printed();

    /** The printer reported the whole job printed and cut; {@code after} is its status then (near-end is a warning). */
    record Printed(PrinterStatus after) implements PrintOutcome {
        @Override
        public boolean printed() {
            return true;
        }
    }

    /**
     * The job did not print completely. {@code started} tells whether any of it reached the
     * printer (a partial receipt may be in the tray); either way the whole receipt is reprinted.
     */
    record Failed(PrinterProblem problem, String detail, boolean started) implements PrintOutcome {
        @Override
        public boolean printed() {
            return false;
        }
    }
}
