package jp.konbini.maintenance;

import java.nio.file.Path;
import java.util.Map;
import jp.konbini.domain.money.Denomination;
import jp.konbini.journal.CashCollectionRecord;

/**
 * A kiosk process for {@link CollectionKillTest}: sells, lets staff start a cash collection (and in
 * {@code record} mode record it), says so on standard output, then waits to be killed.
 */
public final class CollectionCrashChild {

    private CollectionCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean record = args[1].equals("record");
        DeskFixture f = new DeskFixture(dir);
        f.sell(6000, 1000, 5000);
        f.enter(DeskFixture.STAFF_PIN);
        CashCollectionRecord started = f.collections.start();
        System.out.println("STARTED " + started.no() + " " + started.journalTotal().amount());
        System.out.flush();
        if (record) {
            f.collections.record(started.no(), Map.of(Denomination.YEN_1000, 1, Denomination.YEN_2000, 0, Denomination.YEN_5000, 1,
                    Denomination.YEN_10000, 0));
            System.out.println("RECORDED " + started.no());
            System.out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);   // killed here, journal open, nothing closed
    }
}
