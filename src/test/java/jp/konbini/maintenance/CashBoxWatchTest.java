package jp.konbini.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.domain.money.Denomination;
import jp.konbini.journal.AuditRecord;
import jp.konbini.journal.CashCollectionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cash box taken out of the acceptor, on the real journal: a collection with staff in, an audited removal without. */
class CashBoxWatchTest {

    private static final AcceptorEvent BOX_OUT = status(AcceptorState.OUT_OF_SERVICE, Optional.of(FaultKind.STACKER_OPEN));
    private static final AcceptorEvent BOX_IN = status(AcceptorState.INHIBITED, Optional.empty());

    @TempDir
    Path dir;

    private static AcceptorEvent status(AcceptorState state, Optional<FaultKind> fault) {
        return new AcceptorEvent.StatusChanged(new AcceptorStatus(state, fault, "", Optional.of("SIM")));
    }

    @Test
    void staffTakingTheBoxOutStartsTheCollectionWithTheJournalsFiguresOnce() {
        try (DeskFixture f = new DeskFixture(dir)) {
            f.pay(3000, 1000, 2000);
            List<CashCollectionRecord> told = new ArrayList<>();
            CashBoxWatch watch = new CashBoxWatch(f.desk, f.collections, f.journal.maintenance(), Runnable::run);
            watch.onCollectionStarted(told::add);
            f.enter(DeskFixture.STAFF_PIN);

            watch.on(BOX_OUT);
            watch.on(BOX_OUT);   // the driver repeats its status only on a change, but a second listener path must not double it

            assertEquals(1, told.size());
            CashCollectionRecord c = told.get(0);
            assertEquals(Optional.of(c), f.collections.inProgress(), "the collection is open, figures frozen");
            assertEquals(List.of(1, 1, 0), List.of(c.journalCounts().getOrDefault(Denomination.YEN_1000, 0),
                    c.journalCounts().getOrDefault(Denomination.YEN_2000, 0), c.journalCounts().getOrDefault(Denomination.YEN_5000, 0)));
            List<AuditRecord> audit = audit(f);
            AuditRecord started = audit.get(audit.size() - 1);
            assertEquals(List.of("tanaka", "COLLECTION_STARTED", "cash box removed"), List.of(started.actor(), started.action(), started.before()));
            assertEquals(1, audit.stream().filter(a -> a.action().equals("COLLECTION_STARTED")).count());
        }
    }

    @Test
    void theBoxOutAgainAfterItWentBackResumesTheOpenCollectionRatherThanStartingASecond() {
        try (DeskFixture f = new DeskFixture(dir)) {
            List<CashCollectionRecord> told = new ArrayList<>();
            CashBoxWatch watch = new CashBoxWatch(f.desk, f.collections, f.journal.maintenance(), Runnable::run);
            watch.onCollectionStarted(told::add);
            f.enter(DeskFixture.TECH_PIN);
            watch.on(BOX_OUT);
            watch.on(BOX_IN);
            watch.on(BOX_OUT);
            assertEquals(2, told.size(), "each removal is told");
            assertEquals(told.get(0).no(), told.get(1).no(), "the same open collection");
        }
    }

    @Test
    void aRemovalWithNobodyInMaintenanceModeIsAuditedAndStartsNothing() {
        try (DeskFixture f = new DeskFixture(dir)) {
            List<CashCollectionRecord> told = new ArrayList<>();
            CashBoxWatch watch = new CashBoxWatch(f.desk, f.collections, f.journal.maintenance(), Runnable::run);
            watch.onCollectionStarted(told::add);
            watch.on(BOX_OUT);
            assertTrue(told.isEmpty());
            assertTrue(f.journal.maintenance().openCollection().isEmpty());
            AuditRecord removed = audit(f).get(0);
            assertEquals(List.of("-", "NONE", "CASH_BOX_REMOVED", "outside maintenance mode"),
                    List.of(removed.actor(), removed.role(), removed.action(), removed.after()));
        }
    }

    private static List<AuditRecord> audit(DeskFixture f) {
        return f.journal.maintenance().auditAfter(0, 100).stream().map(e -> e.record()).toList();
    }
}
