package jp.konbini.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.konbini.TestProducts;
import jp.konbini.domain.Language;

/** Opens journals for tests and drives whole sessions through them. */
final class JournalFixture {

    static final String KIOSK = "KSK-TEST-0001";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T05:00:00Z"), ZoneOffset.UTC);

    private JournalFixture() {
    }

    static H2Journal open(Path dir) {
        return H2Journal.open(JournalLocation.in(dir), KIOSK, "test", CLOCK);
    }

    static TopUpOrder order(long price) {
        return new TopUpOrder(TestProducts.PHONE, TestProducts.priced(price), Language.EN);
    }

    /** Escrow, stack and credit one note: the happy path of the acceptor. */
    static Credit pay(Journal journal, long topUpSeq, long yen) {
        NoteRef note = journal.escrowed(topUpSeq, jp.konbini.domain.money.Yen.of(yen));
        journal.stackSent(note);
        journal.creditPoint(note);
        return journal.credited(note);
    }
}
