package jp.konbini.sync;

import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import jp.konbini.domain.topup.NoteState;
import jp.konbini.journal.NoteRecord;
import jp.konbini.journal.RecoveryReport;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.domain.topup.TopUpState;

/**
 * The kiosk process the kill test shoots: opens its journal, finishes what the last run left
 * (as the flow will at start-up), then sells and uploads until killed, printing
 * {@code CLOSED seq uuid} once a session is closed. With {@code drain} it instead uploads what is
 * pending and exits.
 */
public final class SyncKioskChild {

    private SyncKioskChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        String kioskId = args[1];
        URI central = URI.create(args[2]);
        byte[] secret = Base64.getDecoder().decode(Files.readString(Path.of(args[3])).strip());
        boolean drain = args[4].equals("drain");
        long seed = Long.parseLong(args[5]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.US_ASCII);
        HttpCentralClient client = TestKiosk.client(central, kioskId, secret, Duration.ofSeconds(2));
        try (TestKiosk kiosk = TestKiosk.open(dataDir, kioskId, client, 1 + (int) (Math.abs(seed) % 20), Duration.ofMillis(10),
                Duration.ofMillis(300), seed)) {
            recover(kiosk, out);
            out.println("READY");
            if (drain) {
                kiosk.drainInline(100_000);
                out.println("DRAINED");
                return;
            }
            kiosk.uploader.start();
            while (true) {
                TopUpRecord t = kiosk.randomSession();
                out.println("CLOSED " + t.seq() + " " + t.uuid());
                kiosk.uploader.wake();
            }
        }
    }

    /** Returns escrowed notes; completes a paid session, abandons one with money in, cancels the rest. */
    private static void recover(TestKiosk kiosk, PrintStream out) {
        for (RecoveryReport.Unfinished u : kiosk.journal.recoveryReport().unfinished()) {
            long seq = u.topUp().seq();
            for (NoteRecord n : u.pendingNotes()) {
                if (n.state() == NoteState.ESCROWED) {
                    kiosk.journal.returned(n.ref());
                }
            }
            TopUpRecord now = kiosk.journal.topUp(seq).orElseThrow();
            boolean stacking = u.pendingNotes().stream().anyMatch(n -> n.state() == NoteState.STACKING);
            TopUpRecord closed;
            if (now.state() == TopUpState.PAID && !stacking) {
                closed = kiosk.journal.complete(seq);
            } else if (u.hasMoneyIn() || now.state() != TopUpState.OPEN) {
                closed = kiosk.journal.abandon(seq);
            } else {
                closed = kiosk.journal.cancel(seq);
            }
            out.println("CLOSED " + closed.seq() + " " + closed.uuid());
        }
    }
}
