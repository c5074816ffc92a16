package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.AuditEntry;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.journal.TopUpQuery;
import jp.konbini.journal.TopUpRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Maintenance mode's functions on the real journal: entry, roles, out of service, collections, transactions, audit. */
class MaintenanceDeskTest {

    @TempDir
    Path dir;

    private static List<String> audit(DeskFixture f) {
        return f.journal.maintenance().auditAfter(0, 100).stream().map(MaintenanceDeskTest::line).toList();
    }

    private static String line(AuditEntry e) {
        return e.record().actor() + " " + e.record().role() + " " + e.record().action() + " [" + e.record().subject() + "] "
                + e.record().before() + " -> " + e.record().after();
    }

    @Test
    void noEntryWhileACustomerHasMoneyInEvenWithTheRightPin() {
        try (DeskFixture f = new DeskFixture(dir)) {
            f.kiosk.moneyIn = true;
            assertFalse(f.desk.mayOffer(), "the keypad is not even offered");
            assertInstanceOf(EntryResult.CustomerPaying.class, f.enter(DeskFixture.TECH_PIN));
            assertTrue(f.desk.operator().isEmpty());
            assertFalse(f.kiosk.takenOver);
            assertEquals("sato TECHNICIAN ENTRY_REFUSED [maintenance]  -> a customer has money in", audit(f).get(1));
        }
    }

    @Test
    void staffUseTheDailyChoresOnlyAndLeavingHandsTheKioskBack() {
        try (DeskFixture f = new DeskFixture(dir)) {
            long held = f.creditHeld(3000, 1000);
            assertInstanceOf(EntryResult.Entered.class, f.enter(DeskFixture.STAFF_PIN));
            assertTrue(f.kiosk.takenOver);
            f.collections.cashBox();
            f.transactions.search(TopUpQuery.byReference(Long.toString(held)));
            NotPermittedException e = assertThrows(NotPermittedException.class, () -> f.transactions.settle(held));
            assertEquals("tanaka (staff) may not use SETTLE_CLAIM", e.getMessage());
            assertThrows(NotPermittedException.class, () -> f.desk.require(MaintenanceFunction.SERIAL_TRAFFIC));
            f.desk.leave();
            assertEquals(1, f.kiosk.handedBack);
            assertThrows(IllegalStateException.class, f.collections::cashBox, "nobody is in maintenance mode");
            assertEquals(List.of("tanaka STAFF ENTERED [maintenance]  -> ", "tanaka STAFF LEFT [maintenance]  -> back to customers"), audit(f));
        }
    }

    @Test
    void outOfServiceIsAuditedWithBeforeAndAfterAndStaysOnLeaving() {
        try (DeskFixture f = new DeskFixture(dir)) {
            f.enter(DeskFixture.STAFF_PIN);
            f.outOfService.set(Optional.of("  清掃中 / cleaning "));
            assertEquals(Optional.of("清掃中 / cleaning"), f.kiosk.reason);
            f.outOfService.set(Optional.of("清掃中 / cleaning"));   // no change, no entry
            assertThrows(IllegalArgumentException.class, () -> f.outOfService.set(Optional.of("x".repeat(81))));
            f.desk.leave();
            f.enter(DeskFixture.TECH_PIN);
            f.outOfService.set(Optional.empty());
            assertEquals(Optional.empty(), f.kiosk.reason);
            assertEquals(List.of(
                    "tanaka STAFF ENTERED [maintenance]  -> ",
                    "tanaka STAFF OUT_OF_SERVICE [kiosk] in service -> 清掃中 / cleaning",
                    "tanaka STAFF LEFT [maintenance]  -> out of service: 清掃中 / cleaning",
                    "sato TECHNICIAN ENTERED [maintenance]  -> ",
                    "sato TECHNICIAN OUT_OF_SERVICE [kiosk] 清掃中 / cleaning -> in service"), audit(f));
        }
    }

    @Test
    void aCollectionIsRecordedBeforeItsSlipAndPdfAndFlagsEveryDifference() {
        try (DeskFixture f = new DeskFixture(dir)) {
            f.sell(3000, 1000, 2000);
            f.sell(10000, 5000, 5000);
            f.enter(DeskFixture.STAFF_PIN);
            assertEquals(Map.of(Denomination.YEN_1000, 1, Denomination.YEN_2000, 1, Denomination.YEN_5000, 2), f.collections.cashBox());
            CashCollectionRecord started = f.collections.start();
            assertEquals(Yen.of(13000), started.journalTotal());
            assertThrows(IllegalArgumentException.class, () -> f.collections.record(started.no(), Map.of(Denomination.YEN_1000, 1)),
                    "every denomination is counted");
            CollectionResult result = f.collections.record(started.no(),
                    Map.of(Denomination.YEN_1000, 2, Denomination.YEN_2000, 1, Denomination.YEN_5000, 1, Denomination.YEN_10000, 0));
            assertEquals(Map.of(Denomination.YEN_1000, 1, Denomination.YEN_5000, -1), result.differences());
            assertEquals(Yen.of(-4000), result.difference());
            assertTrue(result.printed());
            assertEquals(List.of("pdf 1", "print 1 by tanaka"), f.output.calls);
            assertTrue(f.collections.cashBox().values().stream().allMatch(n -> n == 0), "counters reset once recorded");
            assertEquals("tanaka STAFF COLLECTION_RECORDED [collection 1] journal 1000×1, 2000×1, 5000×2, 10000×0 -> counted 1000×2, 2000×1, 5000×1, 10000×0",
                    audit(f).get(2));
        }
    }

    @Test
    void aSlipThatDidNotPrintLeavesTheRecordAndCanBePrintedAgain() {
        try (DeskFixture f = new DeskFixture(dir)) {
            f.sell(1000, 1000);
            f.enter(DeskFixture.STAFF_PIN);
            long no = f.collections.start().no();
            f.output.printerFails = true;
            CollectionResult first = f.collections.record(no, Map.of(Denomination.YEN_1000, 1, Denomination.YEN_2000, 0,
                    Denomination.YEN_5000, 0, Denomination.YEN_10000, 0));
            assertFalse(first.printed());
            assertEquals(CashCollectionRecord.State.RECORDED, first.record().state());
            f.output.printerFails = false;
            assertTrue(f.collections.reprint(no).printed());
            assertEquals(List.of("pdf 1", "print 1 by tanaka", "pdf 1", "reprint 1 by tanaka"), f.output.calls);
            assertTrue(first.differences().isEmpty());
        }
    }

    @Test
    void aCollectionLeftHalfwayByACrashIsResumedNotDoubled() {
        long no;
        try (DeskFixture f = new DeskFixture(dir)) {
            f.sell(2000, 2000);
            f.enter(DeskFixture.STAFF_PIN);
            no = f.collections.start().no();
        }   // the kiosk stops here; nothing recorded
        try (DeskFixture f = new DeskFixture(dir)) {
            f.enter(DeskFixture.TECH_PIN);
            CashCollectionRecord open = f.collections.inProgress().orElseThrow();
            assertEquals(no, open.no());
            assertEquals(open, f.collections.start(), "starting again resumes it");
            f.collections.record(no, Map.of(Denomination.YEN_1000, 0, Denomination.YEN_2000, 1, Denomination.YEN_5000, 0, Denomination.YEN_10000, 0));
            assertEquals(1, f.journal.maintenance().collections(DeskFixture.CLOCK.instant(), DeskFixture.CLOCK.instant().plusSeconds(1)).size());
        }
    }

    @Test
    void transactionsAreFoundByReferenceClaimCodeLineAndTimeReprintedAndPaidOutOnce() {
        try (DeskFixture f = new DeskFixture(dir)) {
            long sold = f.sell(1000, 1000);
            long held = f.creditHeld(5000, 2000);
            f.journal.printStarted(new jp.konbini.journal.PrintJobOrder(sold, "SALE", Optional.of("APPLIED"), Optional.empty(), 0));
            f.enter(DeskFixture.TECH_PIN);
            TopUpRecord heldRecord = f.journal.topUp(held).orElseThrow();
            assertEquals(List.of(held), seqs(f.transactions.search(TopUpQuery.byReference(Long.toString(held)))));
            assertEquals(List.of(held), seqs(f.transactions.search(TopUpQuery.byReference(heldRecord.uuid().toString().substring(0, 8).toUpperCase()))));
            assertEquals(List.of(held), seqs(f.transactions.search(TopUpQuery.byClaimCode(heldRecord.claimCode().value().toLowerCase()))));
            assertEquals(List.of(held, sold), seqs(f.transactions.search(TopUpQuery.byLine("090-1234-5678"))));
            assertEquals(List.of(held, sold), seqs(f.transactions.search(TopUpQuery.between(DeskFixture.CLOCK.instant(),
                    DeskFixture.CLOCK.instant().plusSeconds(1)))));
            assertTrue(f.transactions.search(TopUpQuery.byLine("08000000000")).isEmpty());

            TransactionDetail detail = f.transactions.view(held);
            assertTrue(detail.settleable());
            assertFalse(detail.maskedLine().contains("1234-5678"), detail.maskedLine());
            assertEquals(DeskRefusal.Reason.NO_RECEIPT_TO_REPRINT, assertThrows(DeskRefusal.class, () -> f.transactions.reprint(held)).reason());
            assertTrue(f.transactions.reprint(sold).printed());
            assertEquals(List.of(sold), f.reprinted);
            assertEquals(2000, f.transactions.settle(held).yen());
            DeskRefusal twice = assertThrows(DeskRefusal.class, () -> f.transactions.settle(held), "paid out once");
            assertEquals(DeskRefusal.Reason.CLAIM_ALREADY_PAID_OUT, twice.reason());
            assertEquals(heldRecord.claimCode().value(), twice.args()[0]);
            assertEquals(DeskRefusal.Reason.NOTHING_HELD_UNDER_THE_CLAIM,
                    assertThrows(DeskRefusal.class, () -> f.transactions.settle(sold)).reason(), "a sale holds nothing");
            assertFalse(f.transactions.view(held).settleable());
            List<String> audit = audit(f);
            assertTrue(audit.get(1).startsWith("sato TECHNICIAN REPRINT [top-up " + sold + " ("), audit.get(1));
            assertTrue(audit.get(2).contains("CLAIM_PAID_OUT") && audit.get(2).contains("¥2,000 held -> paid out at the register"), audit.get(2));
            assertEquals(3, audit.size());
        }
    }

    private static List<Long> seqs(List<TopUpRecord> records) {
        return records.stream().map(TopUpRecord::seq).toList();
    }

    @Test
    void receiptsLeftToStaffAreListedForWhoeverMayReprint() {
        try (DeskFixture f = new DeskFixture(dir)) {
            long sold = f.sell(1000, 1000);
            f.forStaff = List.of(sold, 999L);   // a number the journal does not hold is skipped
            assertThrows(IllegalStateException.class, f.transactions::receiptsForStaff, "nobody is in");
            f.enter(DeskFixture.STAFF_PIN);
            assertEquals(List.of(sold), f.transactions.receiptsForStaff().stream().map(TopUpRecord::seq).toList());
        }
    }
}
