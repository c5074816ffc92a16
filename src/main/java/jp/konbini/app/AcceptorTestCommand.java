package jp.konbini.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import jp.konbini.config.ConfigException;
import jp.konbini.device.acceptor.AcceptorEvent;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.device.acceptor.InMemoryNoteLedger;
import jp.konbini.device.acceptor.NoteLedger;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.Id003Link;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.domain.money.Denomination;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.JournalNoteLedger;
import jp.konbini.journal.TopUpRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code acceptor-test}: a technician's check of a bank-note acceptor on a serial port. Enables
 * every note, stacks each one (or returns each with {@code --return-all}) and prints one JSON
 * object per event. With {@code --journal} every credit is durable first, so a run killed at any
 * moment and started again never loses or repeats a credit.
 */
@Command(name = "acceptor-test", mixinStandardHelpOptions = true,
        description = {"Test a bank-note acceptor: take N notes and print each event as JSON.",
                "Exit 0 after N notes, 1 on timeout, 2 bad arguments, 3 when the device cannot be initialised."})
final class AcceptorTestCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port of the acceptor.")
    String port;

    @Option(names = "--protocol", defaultValue = "id003", paramLabel = "NAME", description = "Protocol (only id003).")
    String protocol;

    @Option(names = "--profile", defaultValue = "drivers/jcm-id003.properties", paramLabel = "FILE",
            description = "Device profile (default ${DEFAULT-VALUE}).")
    Path profile;

    @Option(names = "--notes", defaultValue = "1", paramLabel = "N", description = "Notes to take (default ${DEFAULT-VALUE}).")
    int notes;

    @Option(names = "--timeout", defaultValue = "120", paramLabel = "SECONDS", description = "Give up after this long (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--return-all", description = "Return every note from escrow instead of stacking it (nothing is credited).")
    boolean returnAll;

    @Option(names = "--journal", paramLabel = "DIR", description = "Record every note durably in the journal in DIR.")
    Path journalDir;

    @Option(names = "--kiosk-id", defaultValue = "ACCEPTOR-TEST", paramLabel = "ID", description = "Kiosk id of that journal.")
    String kioskId;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (!protocol.equals("id003")) {
            spec.commandLine().getErr().println("unsupported protocol '" + protocol + "'; supported: id003");
            return ExitCodes.BAD_INPUT;
        }
        if (notes < 1 || timeoutSeconds < 1) {
            spec.commandLine().getErr().println("--notes and --timeout must be at least 1");
            return ExitCodes.BAD_INPUT;
        }
        Id003Profile device;
        try {
            device = Id003Profile.load(profile);
        } catch (ConfigException e) {
            spec.commandLine().getErr().println("profile error: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        JsonOutput out = new JsonOutput(spec.commandLine().getOut());
        if (journalDir == null) {
            return run(device, new InMemoryNoteLedger(), new NoteSession(0), out);
        }
        try (H2Journal journal = H2Journal.open(JournalLocation.in(journalDir), kioskId, SoftwareVersion.current(), Clock.systemUTC())) {
            TopUpRecord session = new TechnicianTestSession(journal).current();
            int code = run(device, new JournalNoteLedger(journal), new NoteSession(session.seq()), out);
            if (code == ExitCodes.OK && !returnAll) {
                TopUpRecord held = new TechnicianTestSession(journal).finish(session.seq());
                out.line(Map.of("event", "journal", "topUpSeq", held.seq(), "creditedYen", held.credited().amount(),
                        "claimCode", held.claimCode().display()));
            }
            return code;
        }
    }

    private int run(Id003Profile device, NoteLedger ledger, NoteSession session, JsonOutput out) throws InterruptedException {
        BlockingQueue<AcceptorEvent> events = new LinkedBlockingQueue<>();
        SerialPortSpec spec = SerialPortSpec.of(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long initialiseDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.min(timeoutSeconds, 30));
        int done = 0;
        boolean ready = false;
        String lastFault = "no answer from " + port;
        try (Id003Acceptor acceptor = new Id003Acceptor(() -> JSerialCommLink.open(spec, device.line()), device.settings(), ledger,
                events::add, Id003Link.FrameTrace.NONE)) {
            acceptor.start();
            acceptor.enable(EnumSet.allOf(Denomination.class), session,
                    value -> returnAll ? EscrowDecider.Decision.RETURN : EscrowDecider.Decision.STACK);
            while (done < notes) {
                long now = System.nanoTime();
                if (!ready && now > initialiseDeadline) {
                    this.spec.commandLine().getErr().println("the acceptor could not be initialised: " + lastFault);
                    return ExitCodes.NO_ANSWER;
                }
                if (now > deadline) {
                    this.spec.commandLine().getErr().println("timed out after " + timeoutSeconds + " s with " + done + " of " + notes + " notes");
                    return ExitCodes.FAILED;
                }
                AcceptorEvent event = events.poll(Math.min(200, TimeUnit.NANOSECONDS.toMillis(deadline - now) + 1), TimeUnit.MILLISECONDS);
                if (event == null) {
                    continue;
                }
                out.line(json(event));
                if (event instanceof AcceptorEvent.StatusChanged s && s.status().canTakeNotes()) {
                    ready = true;
                }
                if (event instanceof AcceptorEvent.Fault f) {
                    lastFault = f.kind().description() + (f.detail().isEmpty() ? "" : " (" + f.detail() + ")");
                }
                if (returnAll ? event instanceof AcceptorEvent.Returned : event instanceof AcceptorEvent.Credited) {
                    done++;
                }
            }
            acceptor.disable();
            awaitInhibited(acceptor);
            return ExitCodes.OK;
        }
    }

    /** Leaves the acceptor inhibited, as it must be outside a payment. */
    private static void awaitInhibited(Id003Acceptor acceptor) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (acceptor.status().state() != AcceptorState.INHIBITED && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    static Map<String, Object> json(AcceptorEvent event) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (event instanceof AcceptorEvent.Credited c) {
            m.put("event", "credit");
            m.put("yen", c.value().amount());
        } else if (event instanceof AcceptorEvent.Escrowed e) {
            m.put("event", "escrow");
            m.put("yen", e.value().amount());
        } else if (event instanceof AcceptorEvent.Rejected r) {
            m.put("event", "reject");
            m.put("reason", r.reason());
        } else if (event instanceof AcceptorEvent.Returned r) {
            m.put("event", "returned");
            m.put("yen", r.value().amount());
        } else if (event instanceof AcceptorEvent.Fault f) {
            m.put("event", "fault");
            m.put("kind", f.kind().name());
            m.put("detail", f.detail());
        } else if (event instanceof AcceptorEvent.StatusChanged s) {
            m.put("event", "status");
            m.put("state", s.status().state().name());
            s.status().fault().ifPresent(k -> m.put("fault", k.name()));
            s.status().firmware().ifPresent(f -> m.put("firmware", f));
        }
        return m;
    }
}
