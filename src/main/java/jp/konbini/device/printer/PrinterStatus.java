package jp.konbini.device.printer;

import java.util.Optional;

/**
 * What the printer reported about itself, in neutral terms. The flow asks
 * {@link #acceptsJobs()} before it takes cash (no session starts that could not end with a
 * receipt) and shows a warning to staff when {@link #paperNearEnd()}.
 */
public record PrinterStatus(
        boolean answering,
        boolean online,
        boolean coverOpen,
        boolean paperNearEnd,
        boolean paperOut,
        boolean cutterError,
        boolean unrecoverableError,
        boolean recoverableError) {

    public static PrinterStatus notAnswering() {
        return new PrinterStatus(false, false, false, false, false, false, false, false);
    }

    public static PrinterStatus ready() {
        return new PrinterStatus(true, true, false, false, false, false, false, false);
    }

    /** The most specific reason the printer cannot print, if any. */
    public Optional<PrinterProblem> problem() {
        if (!answering) {
            return Optional.of(PrinterProblem.NOT_ANSWERING);
        }
        if (paperOut) {
            return Optional.of(PrinterProblem.PAPER_OUT);
        }
        if (coverOpen) {
            return Optional.of(PrinterProblem.COVER_OPEN);
        }
        if (cutterError) {
            return Optional.of(PrinterProblem.CUTTER_ERROR);
        }
        if (unrecoverableError) {
            return Optional.of(PrinterProblem.UNRECOVERABLE_ERROR);
        }
        if (recoverableError) {
            return Optional.of(PrinterProblem.RECOVERABLE_ERROR);
        }
        if (!online) {
            return Optional.of(PrinterProblem.OFFLINE);
        }
        return Optional.empty();
    }

    /** Whether a receipt can be printed now (a near-end roll still prints). */
    public boolean acceptsJobs() {
        return problem().isEmpty();
    }

    @Override
    public String toString() {
        return problem().map(PrinterProblem::describe).orElse(paperNearEnd ? "ready, paper near end" : "ready");
    }
}
