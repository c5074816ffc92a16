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

        /** The problem and the printer's detail in one line, e.g. {@code PAPER_OUT: roll empty}. */
        public String reason() {
            return problem.name() + (detail.isBlank() ? "" : ": " + detail);
        }
    }
}
