package jp.konbini.maintenance;

/** Prints a top-up's receipt again, whole and marked as a reprint (the receipt printing, adapted by the composition root). */
public interface ReceiptReprinter {

    /** @return whether it came out; if not, the reason staff are shown */
    Outcome reprint(long topUpSeq);

    record Outcome(boolean printed, String problem) {
    }
}
