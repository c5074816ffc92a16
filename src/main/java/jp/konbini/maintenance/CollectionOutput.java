package jp.konbini.maintenance;

import java.nio.file.Path;
import jp.konbini.journal.CashCollectionRecord;

/** Where a recorded cash collection goes: the receipt printer, and a PDF kept on the kiosk. */
public interface CollectionOutput {

    /** Prints the collection slip; false when it did not come out (the record stays; it can be printed again). */
    boolean print(CashCollectionRecord record, Operator operator, boolean reprint);

    /** Saves the slip as a PDF (replacing one of the same collection) and returns the file. */
    Path savePdf(CashCollectionRecord record, Operator operator);
}
