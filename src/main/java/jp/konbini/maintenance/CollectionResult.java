package jp.konbini.maintenance;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.CashCollectionRecord;

/** A recorded collection, and whether its slip printed and where its PDF is. */
public record CollectionResult(CashCollectionRecord record, boolean printed, Optional<Path> pdf) {

    /** Counted minus journal, per denomination where they differ: staff must see every difference. */
    public Map<Denomination, Integer> differences() {
        return CashCollectionDesk.differences(record);
    }

    /** Counted minus journal in yen (negative: less cash than the journal says). */
    public Yen difference() {
        return record.countedTotal().orElseThrow().minus(record.journalTotal());
    }
}
