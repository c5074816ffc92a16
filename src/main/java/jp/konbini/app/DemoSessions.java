package jp.konbini.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import jp.konbini.config.KioskSetup;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.Journal;
import jp.konbini.journal.NoteRef;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;

/**
 * Simulated customers for {@code journal demo}: each picks a product, pays with notes not above
 * what is still due (as the acceptor would allow), and completes; one in six cancels first.
 * Every step is a durable journal call.
 */
final class DemoSessions {

    private final Journal journal;
    private final KioskSetup setup;
    private final Random random;
    private final Consumer<Map<String, Object>> report;

    DemoSessions(Journal journal, KioskSetup setup, long seed, Consumer<Map<String, Object>> report) {
        this.journal = journal;
        this.setup = setup;
        this.random = new Random(seed);
        this.report = report;
    }

    void run(int sessions) {
        for (int i = 0; i < sessions; i++) {
            report.accept(session());
        }
    }

    private Map<String, Object> session() {
        List<Product> products = setup.catalog().products();
        Product product = products.get(random.nextInt(products.size()));
        LineId line = LineId.parse(String.format("090%08d", random.nextInt(100_000_000)));
        TopUpRecord topUp = journal.open(new TopUpOrder(line, product, setup.config().defaultLanguage()));
        List<Long> notes = new ArrayList<>();
        if (random.nextInt(6) == 0) {
            topUp = journal.cancel(topUp.seq());
        } else {
            while (topUp.due().isPositive()) {
                Yen note = pick(topUp.due());
                NoteRef ref = journal.escrowed(topUp.seq(), note);
                journal.stackSent(ref);
                topUp = journal.credited(ref).topUp();
                notes.add(note.amount());
            }
            topUp = journal.complete(topUp.seq());
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seq", topUp.seq());
        m.put("uuid", topUp.uuid().toString());
        m.put("line", topUp.line().masked());
        m.put("product", topUp.productName());
        m.put("priceYen", topUp.price().amount());
        m.put("notesYen", notes);
        m.put("state", topUp.state().name());
        m.put("claimCode", topUp.claimCode().display());
        return m;
    }

    private Yen pick(Yen due) {
        List<Denomination> fitting = new ArrayList<>(Denomination.notAbove(due, setup.config().acceptedNotes()));
        return fitting.get(random.nextInt(fitting.size())).value();
    }
}
