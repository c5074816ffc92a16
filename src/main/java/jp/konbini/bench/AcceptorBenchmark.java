package jp.konbini.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.EscrowDecider;
import jp.konbini.device.acceptor.ForwardingNoteLedger;
import jp.konbini.device.acceptor.NoteLedger;
import jp.konbini.device.acceptor.NoteSession;
import jp.konbini.device.acceptor.PendingNote;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Link;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.sim.AcceptorSimulator;
import jp.konbini.device.acceptor.sim.SimTimings;
import jp.konbini.device.acceptor.sim.SimulatorSettings;
import jp.konbini.device.acceptor.sim.PtyAcceptorSimulator;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.JournalNoteLedger;
import jp.konbini.journal.TopUpOrder;
import jp.konbini.journal.TopUpRecord;

/**
 * {@code bench acceptor}: how long the driver holds the acceptor at its credit point. Measured on
 * the driver's own thread from the moment a VEND VALID frame has arrived to the moment its ACK is
 * written, with the credit forced to disk in between (the journal's credit-log record; the journal
 * rows follow the ACK and are reported beside it); beside it, a bare append + fsync of a
 * journal-event-sized record on the same disk, taken after each note after the same idle time the
 * credit had (from the previous journal write to the credit):
 * on this kind of virtual disk an fsync after idle costs several times one right after another,
 * so both sides must see the same. Target: the p99 within 2 ms of the bare fsync's p99.
 */
public final class AcceptorBenchmark {

    private static final byte[] VEND_VALID = Id003Status.VEND_VALID.frame().encode();
    private static final byte[] ACK = Id003Command.ACK.frame().encode();
    private static final byte[] RAW_RECORD = ("000001|00001|000001|NOTE_CREDITED|10000|1795000000000000|" + "0".repeat(64) + "\n")
            .getBytes(StandardCharsets.US_ASCII);
    private static final double TARGET_MILLIS = 2.0;

    /** The wire between driver and simulator. */
    public enum Wire {
        /** A pseudo-terminal through jSerialComm, as a kiosk's serial port is driven: the kernel's tty layer and the library's reads. */
        PTY,
        /** An in-process byte pipe: the driver and the journal alone. */
        MEMORY
    }

    private final Path dataDir;
    private final int notes;
    private final int warmUp;
    private final Wire wire;

    public AcceptorBenchmark(Path dataDir, int notes, int warmUp, Wire wire) {
        this.dataDir = dataDir;
        this.notes = notes;
        this.warmUp = warmUp;
        this.wire = wire;
    }

    public Map<String, Object> run(Product product, Id003Profile profile) {
        LatencySample creditPoint = new LatencySample(notes);
        LatencySample creditWrite = new LatencySample(notes);
        LatencySample rowsAfterAck = new LatencySample(notes);
        LatencySample raw = new LatencySample(notes);
        CreditPointTimer timer = new CreditPointTimer();
        TimedLedger[] ledger = new TimedLedger[1];
        SimulatorSettings fastMechanics = SimulatorSettings.fast().withStackerCapacity(warmUp + notes + 1).withTimings(SimTimings.fast()
                .withReplyLatency(Duration.ZERO, Duration.ZERO));
        try (H2Journal journal = H2Journal.open(JournalLocation.in(dataDir.resolve("journal-acceptor-bench")), "BENCH-0002", "bench",
                Clock.systemUTC());
             AcceptorSimulator sim = new AcceptorSimulator("bench", fastMechanics, new SplittableRandom(1));
             SimulatorWire simWire = SimulatorWire.connect(wire, sim, profile);
             FileChannel log = FileChannel.open(dataDir.resolve("raw-append-acceptor.log"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             Id003Acceptor driver = new Id003Acceptor(simWire::hostSide, profile.settings().withPollInterval(Duration.ofMillis(2)),
                     ledger[0] = new TimedLedger(new JournalNoteLedger(journal)), event -> { }, timer)) {
            driver.start();
            Denomination[] values = Denomination.values();
            int total = warmUp + notes;
            int inserted = 0;
            while (inserted < total) {
                TopUpRecord topUp = journal.open(new TopUpOrder(LineId.parse("09012345678"), product, Language.EN));
                driver.enable(EnumSet.allOf(Denomination.class), new NoteSession(topUp.seq()), v -> EscrowDecider.Decision.STACK);
                awaitEnabled(driver);
                for (int i = 0; i < 20 && inserted < total; i++, inserted++) {
                    sim.insert(values[inserted % values.length]);
                    awaitSettled(sim, inserted + 1, driver);
                    if (inserted >= warmUp) {
                        creditPoint.add(timer.lastNanos());
                        creditWrite.add(ledger[0].lastCreditNanos());
                        rowsAfterAck.add(ledger[0].lastBooksNanos());
                        idle(ledger[0].lastIdleBeforeCreditNanos());
                        raw.add(appendAndSync(log));
                    }
                }
                if (journal.topUp(topUp.seq()).orElseThrow().state() == TopUpState.PAID) {
                    journal.complete(topUp.seq());
                } else {
                    journal.abandon(topUp.seq());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result(creditPoint, creditWrite, rowsAfterAck, raw);
    }

    private static void awaitEnabled(Id003Acceptor driver) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (driver.status().state() != AcceptorState.ENABLED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the acceptor was not enabled: " + driver.status());
            }
            pause();
        }
    }

    private static void awaitSettled(AcceptorSimulator sim, int count, Id003Acceptor driver) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sim.groundTruth().vendValidsAcked() < count || driver.status().state() == AcceptorState.NOTE_IN_PROGRESS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("note " + count + " was not credited: " + driver.status() + " " + sim.state());
            }
            pause();
        }
    }

    private static void idle(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Waits without spinning: a busy loop here would take a core from the driver being measured. */
    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long appendAndSync(FileChannel log) throws IOException {
        ByteBuffer record = ByteBuffer.wrap(RAW_RECORD);
        long start = System.nanoTime();
        while (record.hasRemaining()) {
            log.write(record);
        }
        log.force(true);
        return System.nanoTime() - start;
    }

    private Map<String, Object> result(LatencySample creditPoint, LatencySample creditWrite, LatencySample rowsAfterAck, LatencySample raw) {
        double difference = Math.round((creditPoint.percentileMicros(99) - raw.percentileMicros(99)) / 10.0) / 100.0;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bench", "acceptor");
        out.put("wire", wire.name().toLowerCase(java.util.Locale.ROOT));
        out.put("notes", creditPoint.size());
        out.put("warmUpNotes", warmUp);
        out.put("vendValidToAck", summary(creditPoint));
        out.put("ofWhichCreditLogWrite", summary(creditWrite));
        out.put("journalRowsAfterAck", summary(rowsAfterAck));
        out.put("rawAppendFsyncAfterTheSameIdle", summary(raw));
        out.put("p99DifferenceMs", difference);
        out.put("target", "vendValidToAck.p99 <= rawAppendFsyncAfterTheSameIdle.p99 + " + TARGET_MILLIS + " ms");
        out.put("pass", difference <= TARGET_MILLIS);
        out.put("dataDir", dataDir.toString());
        return out;
    }

    private static Map<String, Object> summary(LatencySample s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50Us", s.percentileMicros(50));
        m.put("p99Us", s.percentileMicros(99));
        m.put("maxUs", s.maxMicros());
        return m;
    }

    /** The journal ledger, timing each credit (the durable write inside the credit point) and the idle time before it. */
    private static final class TimedLedger extends ForwardingNoteLedger {
        private volatile long lastCredit;
        private volatile long lastBooks;
        private volatile long lastWriteEnd;
        private volatile long idleBeforeCredit;

        TimedLedger(NoteLedger ledger) {
            super(ledger);
        }

        long lastCreditNanos() {
            return lastCredit;
        }

        long lastBooksNanos() {
            return lastBooks;
        }

        long lastIdleBeforeCreditNanos() {
            return idleBeforeCredit;
        }

        @Override
        public boolean credited(PendingNote note) {
            long start = System.nanoTime();
            idleBeforeCredit = start - lastWriteEnd;
            boolean fresh = super.credited(note);
            lastCredit = System.nanoTime() - start;
            lastWriteEnd = System.nanoTime();
            return fresh;
        }

        @Override
        public void creditAcknowledged(PendingNote note) {
            long start = System.nanoTime();
            super.creditAcknowledged(note);
            lastWriteEnd = System.nanoTime();
            lastBooks = lastWriteEnd - start;
        }

        @Override
        public PendingNote stackSent(PendingNote note) {
            PendingNote sent = super.stackSent(note);
            lastWriteEnd = System.nanoTime();
            return sent;
        }
    }

    /** The simulator, started and connected to the driver's side of {@link Wire}. */
    private static final class SimulatorWire implements AutoCloseable {
        private final Optional<PtyAcceptorSimulator> pty;
        private final java.util.function.Supplier<SerialLink> hostSide;

        private SimulatorWire(Optional<PtyAcceptorSimulator> pty, java.util.function.Supplier<SerialLink> hostSide) {
            this.pty = pty;
            this.hostSide = hostSide;
        }

        static SimulatorWire connect(Wire wire, AcceptorSimulator sim, Id003Profile profile) {
            if (wire == Wire.PTY) {
                PtyAcceptorSimulator port = PtyAcceptorSimulator.start(sim, Optional.empty());
                SerialPortSpec spec = SerialPortSpec.of(port.portPath());
                return new SimulatorWire(Optional.of(port), () -> JSerialCommLink.open(spec, profile.line()));
            }
            InMemorySerialLine line = new InMemorySerialLine();
            sim.plugIn(line.device());
            sim.start();
            return new SimulatorWire(Optional.empty(), line::host);
        }

        SerialLink hostSide() {
            return hostSide.get();
        }

        @Override
        public void close() {
            pty.ifPresent(PtyAcceptorSimulator::close);
        }
    }

    /** Times the driver from the first VEND VALID of a note arriving to its ACK leaving, on the driver's thread. */
    private static final class CreditPointTimer implements Id003Link.FrameTrace {
        private long vendValidAt;
        private volatile long last;

        @Override
        public void received(byte[] frame) {
            if (vendValidAt == 0 && Arrays.equals(frame, VEND_VALID)) {
                vendValidAt = System.nanoTime();
            }
        }

        @Override
        public void sent(byte[] frame) {
            if (vendValidAt != 0 && Arrays.equals(frame, ACK)) {
                last = System.nanoTime() - vendValidAt;
                vendValidAt = 0;
            }
        }

        long lastNanos() {
            return last;
        }
    }
}
