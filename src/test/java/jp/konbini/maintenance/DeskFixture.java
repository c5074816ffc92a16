package jp.konbini.maintenance;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.konbini.TestProducts;
import jp.konbini.domain.Language;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.NoteRef;
import jp.konbini.journal.TopUpOrder;

/** Maintenance desks on a real journal, with the kiosk, printer and PDF as recording fakes. */
final class DeskFixture implements AutoCloseable {

    static final String STAFF_PIN = "1111";
    static final String TECH_PIN = "2222";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"), ZoneOffset.UTC);
    private static final OperatorDirectory OPERATORS = operators();

    final H2Journal journal;
    final FakeKiosk kiosk = new FakeKiosk();
    final FakeOutput output = new FakeOutput();
    final List<Long> reprinted = new ArrayList<>();
    /** What the receipt printing would say waits for staff. */
    List<Long> forStaff = List.of();
    final MaintenanceDesk desk;
    final CashCollectionDesk collections;
    final TransactionDesk transactions;
    final OutOfServiceSwitch outOfService;

    DeskFixture(Path dir) {
        this(dir, CLOCK);
    }

    DeskFixture(Path dir, Clock clock) {
        journal = H2Journal.open(JournalLocation.in(dir), "KSK-TEST-0001", "test", clock);
        desk = new MaintenanceDesk(new MaintenanceEntry(OPERATORS, journal.maintenance(), clock), kiosk, journal.maintenance());
        output.journalView = journal;
        collections = new CashCollectionDesk(desk, journal.maintenance(), output);
        transactions = new TransactionDesk(desk, journal, journal.maintenance(), seq -> {
            reprinted.add(seq);
            return new ReceiptReprinter.Outcome(true, "");
        }, () -> forStaff);
        outOfService = new OutOfServiceSwitch(desk, kiosk, journal.maintenance());
    }

    private static OperatorDirectory operators() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tanaka", "staff:" + PinHash.of(STAFF_PIN.toCharArray(), 10_000, new SecureRandom()));
        m.put("sato", "technician:" + PinHash.of(TECH_PIN.toCharArray(), 10_000, new SecureRandom()));
        return OperatorDirectory.of(m, "test");
    }

    EntryResult enter(String pin) {
        return desk.enter(pin.toCharArray());
    }

    /** A completed sale paid with these notes; returns its sequence number. */
    long sell(long price, long... notes) {
        long seq = pay(price, notes);
        journal.complete(seq);
        return seq;
    }

    /** A session that ended with this much cash in and no purchase: money held under the claim code. */
    long creditHeld(long price, long... notes) {
        long seq = pay(price, notes);
        journal.abandon(seq);
        return seq;
    }

    long pay(long price, long... notes) {
        long seq = journal.open(new TopUpOrder(TestProducts.PHONE, TestProducts.priced(price), Language.EN)).seq();
        for (long yen : notes) {
            NoteRef note = journal.escrowed(seq, Yen.of(yen));
            journal.stackSent(note);
            journal.creditPoint(note);
            journal.credited(note);
        }
        return seq;
    }

    @Override
    public void close() {
        journal.close();
    }

    static final class FakeKiosk implements KioskControl {
        boolean moneyIn;
        boolean takenOver;
        int handedBack;
        Optional<String> reason = Optional.empty();

        @Override
        public boolean customerHasMoneyIn() {
            return moneyIn;
        }

        @Override
        public boolean takeOver() {
            takenOver = !moneyIn;
            return takenOver;
        }

        @Override
        public void handBack() {
            takenOver = false;
            handedBack++;
        }

        @Override
        public void setOutOfService(Optional<String> r) {
            reason = r;
        }

        @Override
        public Optional<String> outOfServiceReason() {
            return reason;
        }
    }

    /** Prints and saves by remembering; checks that the collection was durable before either happened. */
    static final class FakeOutput implements CollectionOutput {
        H2Journal journalView;
        final List<String> calls = new ArrayList<>();
        boolean printerFails;

        @Override
        public boolean print(CashCollectionRecord record, Operator operator, boolean reprint) {
            requireRecorded(record);
            calls.add((reprint ? "reprint " : "print ") + record.no() + " by " + operator.name());
            return !printerFails;
        }

        @Override
        public Path savePdf(CashCollectionRecord record, Operator operator) {
            requireRecorded(record);
            calls.add("pdf " + record.no());
            return Path.of("collection-" + record.no() + ".pdf");
        }

        private void requireRecorded(CashCollectionRecord record) {
            if (journalView.maintenance().collection(record.no()).orElseThrow().state() != CashCollectionRecord.State.RECORDED) {
                throw new AssertionError("output before the collection was durable");
            }
        }
    }
}
