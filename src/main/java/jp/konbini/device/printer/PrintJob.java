package jp.konbini.device.printer;

import java.util.List;

/**
 * A document to print, laid out once and rendered by each output (a printer protocol, a PDF):
 * the same lines, in the same order, on every medium.
 *
 * @param title what the job is, for logs and document metadata (e.g. "receipt 000123")
 */
public record PrintJob(String title, List<PrintBlock> blocks) {

    public PrintJob {
        blocks = List.copyOf(blocks);
        if (blocks.isEmpty() || !(blocks.get(blocks.size() - 1) instanceof PrintBlock.Cut)) {
            throw new IllegalArgumentException("a print job ends with a cut");
        }
    }
}
