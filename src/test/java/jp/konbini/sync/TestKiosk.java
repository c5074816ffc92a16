package jp.konbini.sync;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import jp.konbini.TestProducts;
import jp.konbini.domain.Language;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.NoteRef;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.support.Ticker;

/** A kiosk for sync tests: a real journal, a real HTTP client and a real uploader thread. */
public final class TestKiosk implements AutoCloseable {

    public final String kioskId;
    public final H2Journal journal;
    public final Connectivity connectivity = new Connectivity();
    public final UploadRound round;
    public final Uploader uploader;
    private final Random random;

    private TestKiosk(String kioskId, H2Journal journal, CentralClient client, int batchSize, Duration backoffBase, Duration backoffCap,
                      long seed) {
        this.kioskId = kioskId;
        this.journal = journal;
        this.random = new Random(seed);
        this.round = new UploadRound(journal, client, batchSize, new Backoff(backoffBase, backoffCap, new Random(seed + 1)), connectivity,
                Clock.systemUTC());
        this.uploader = new Uploader(round, Duration.ofMillis(200));
    }

    public static TestKiosk open(Path dataDir, String kioskId, CentralClient client, int batchSize, Duration backoffBase, Duration backoffCap,
                                 long seed) {
        H2Journal journal = H2Journal.open(JournalLocation.in(dataDir), kioskId, "test", Clock.systemUTC(), Ticker.system());
        return new TestKiosk(kioskId, journal, client, batchSize, backoffBase, backoffCap, seed);
    }

    public static TestKiosk open(Path dataDir, String kioskId, URI central, byte[] secret, Duration requestTimeout) {
        return open(dataDir, kioskId, client(central, kioskId, secret, requestTimeout), 100, Duration.ofMillis(20), Duration.ofMillis(500), 7);
    }

    public static HttpCentralClient client(URI central, String kioskId, byte[] secret, Duration requestTimeout) {
        return new HttpCentralClient(central, kioskId, secret, requestTimeout, Optional.empty(), Clock.systemUTC(), new SecureRandom());
    }

    /** A whole paid session: open, pay with ¥1,000 notes, complete (queued for the server). */
    public TopUpRecord sell(long price, LineId line) {
        TopUpRecord t = journal.open(new TopUpOrder(line, TestProducts.priced(price), Language.EN));
        while (t.due().isPositive()) {
            NoteRef note = journal.escrowed(t.seq(), Yen.of(1000));
            journal.stackSent(note);
            t = journal.credited(note).topUp();
        }
        return journal.complete(t.seq());
    }

    public TopUpRecord sell(long price) {
        return sell(price, TestProducts.PHONE);
    }

    /** A session cancelled before any cash. */
    public TopUpRecord cancelled() {
        TopUpRecord t = journal.open(new TopUpOrder(TestProducts.PHONE, TestProducts.priced(1000), Language.EN));
        return journal.cancel(t.seq());
    }

    /** A random mix: mostly purchases, some cancels and abandoned sessions with cash in. */
    public TopUpRecord randomSession() {
        int dice = random.nextInt(10);
        if (dice == 0) {
            return cancelled();
        }
        if (dice == 1) {
            TopUpRecord t = journal.open(new TopUpOrder(TestProducts.PHONE, TestProducts.priced(3000), Language.EN));
            NoteRef note = journal.escrowed(t.seq(), Yen.of(1000));
            journal.stackSent(note);
            journal.credited(note);
            return journal.abandon(t.seq());
        }
        return sell(random.nextInt(4) == 0 ? 2000 : 1000);
    }

    /** Drives rounds on the calling thread until nothing is pending (for tests that want no thread). */
    public void drainInline(int maxRounds) throws InterruptedException {
        for (int i = 0; i < maxRounds; i++) {
            UploadRound.Result r = round.run();
            if (r.idle()) {
                return;
            }
            Thread.sleep(r.delay().toMillis());
        }
        throw new AssertionError(kioskId + ": still records pending after " + maxRounds + " rounds: " + journal.exposure());
    }

    @Override
    public void close() {
        uploader.close();
        journal.close();
    }
}
