package jp.konbini.journal;

import java.time.LocalDate;
import java.util.Optional;

/** What a print job will print: enough to print the same receipt again, whole, at any later time. */
public record PrintJobOrder(long topUpSeq, String kind, Optional<String> delivery, Optional<LocalDate> validUntil, int reprintNo) {

    public PrintJobOrder {
        if (!kind.equals("SALE") && !kind.equals("CREDIT")) {
            throw new IllegalArgumentException("a print job is a SALE or CREDIT receipt: " + kind);
        }
        if (kind.equals("SALE") != delivery.isPresent()) {
            throw new IllegalArgumentException("a sale receipt states its delivery, a credit note none");
        }
        if (reprintNo < 0) {
            throw new IllegalArgumentException("reprint number " + reprintNo);
        }
    }
}
