package jp.konbini.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jp.konbini.bench.AcceptorBenchmark;
import jp.konbini.bench.CentralBenchmark;
import jp.konbini.bench.JournalBenchmark;
import jp.konbini.bench.SyncBenchmark;
import jp.konbini.config.KioskSetup;
import jp.konbini.device.acceptor.id003.Id003Profile;
import jp.konbini.domain.catalog.Product;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench <name>}: benchmarks that print one JSON object with their baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each prints one JSON object, its baseline measured in the same run.",
        subcommands = {BenchCommand.Journal.class, BenchCommand.Acceptor.class, BenchCommand.Receipt.class, BenchCommand.Sync.class,
                BenchCommand.Central.class, BenchCommand.Ui.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Removes a benchmark's scratch directory (the journal grows quickly under benchmark load). */
    static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Durable money event latency against a bare append + fsync. */
    @Command(name = "journal", mixinStandardHelpOptions = true,
            description = "p50/p99 of one durable money event beside a bare append+fsync of the same size (target: p99 within 3x).")
    static final class Journal implements Callable<Integer> {
        @Option(names = "--events", defaultValue = "5000", paramLabel = "N", description = "Measured events (default ${DEFAULT-VALUE}).")
        int events;

        @Option(names = "--warm-up", defaultValue = "5000", paramLabel = "N",
                description = "Unmeasured events first, until the JIT has compiled the path (default ${DEFAULT-VALUE}).")
        int warmUp;

        @Option(names = "--dir", paramLabel = "DIR", description = "Directory on the disk to measure, kept afterwards (default: a temporary directory, removed afterwards).")
        Path dir;

        @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR", description = "Configuration whose first product is sold.")
        Path config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Product product = KioskSetup.load(config).catalog().products().get(0);
            Path target = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("konbini-bench-");
            try {
                Map<String, Object> result = new JournalBenchmark(target, events, warmUp).run(product);
                new JsonOutput(spec.commandLine().getOut()).line(result);
                return ExitCodes.OK;
            } finally {
                if (dir == null) {
                    deleteRecursively(target);
                }
            }
        }
    }

    /** The time the acceptor waits at its credit point for the durable credit, beside a bare append + fsync. */
    @Command(name = "acceptor", mixinStandardHelpOptions = true,
            description = "p50/p99 from a VEND VALID arriving to its ACK leaving (the credit fsynced in between), driver against "
                    + "the simulator, beside a bare append+fsync p99 (target: within 2 ms).")
    static final class Acceptor implements Callable<Integer> {
        @Option(names = "--notes", defaultValue = "1000", paramLabel = "N", description = "Measured notes (default ${DEFAULT-VALUE}).")
        int notes;

        @Option(names = "--warm-up", defaultValue = "1000", paramLabel = "N", description = "Unmeasured notes first (default ${DEFAULT-VALUE}).")
        int warmUp;

        @Option(names = "--wire", defaultValue = "PTY", paramLabel = "pty|memory", converter = WireConverter.class,
                description = "pty (default): a pseudo-terminal through jSerialComm, as a kiosk's port is driven; memory: an in-process pipe.")
        AcceptorBenchmark.Wire wire;

        @Option(names = "--dir", paramLabel = "DIR", description = "Directory on the disk to measure, kept afterwards (default: a temporary directory, removed afterwards).")
        Path dir;

        @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR", description = "Configuration (its first product, its acceptor profile).")
        Path config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KioskSetup setup = KioskSetup.load(config);
            Id003Profile profile = Id003Profile.load(setup.config().acceptor().profile());
            Path target = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("konbini-bench-");
            try {
                Map<String, Object> result = new AcceptorBenchmark(target, notes, warmUp, wire).run(setup.catalog().products().get(0), profile);
                new JsonOutput(spec.commandLine().getOut()).line(result);
                return ExitCodes.OK;
            } finally {
                if (dir == null) {
                    deleteRecursively(target);
                }
            }
        }
    }

    /** PDF receipts per second, ESC/POS bytes and wire time, and the measured end-to-end print against the simulator. */
    @Command(name = "receipt", mixinStandardHelpOptions = true,
            description = "PDF receipts/s (warm); ESC/POS bytes per receipt, wire time at the profile's baud and the measured "
                    + "end-to-end print against the simulator (target: software overhead < 10 %% of wire time).")
    static final class Receipt implements Callable<Integer> {
        @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR", description = "Configuration whose issuer and first product are printed.")
        Path config;

        @Option(names = "--profile", paramLabel = "FILE", description = "Printer profile (default: printer.profile of the configuration).")
        Path profile;

        @Option(names = "--lang", defaultValue = "ja", paramLabel = "LANG", description = "Receipt language (default ${DEFAULT-VALUE}).")
        String lang;

        @Option(names = "--pdf-receipts", defaultValue = "300", paramLabel = "N", description = "Measured PDF receipts (default ${DEFAULT-VALUE}).")
        int pdfReceipts;

        @Option(names = "--pdf-warm-up", defaultValue = "100", paramLabel = "N", description = "Unmeasured PDF receipts first (default ${DEFAULT-VALUE}).")
        int pdfWarmUp;

        @Option(names = "--prints", defaultValue = "5", paramLabel = "N", description = "Measured prints through the simulator (default ${DEFAULT-VALUE}).")
        int prints;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            jp.konbini.domain.Language language = jp.konbini.domain.Language.fromTag(lang).orElseThrow(() ->
                    new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be one of ja, en, zh-Hans, zh-Hant, ko"));
            if (pdfReceipts < 1 || prints < 1 || pdfWarmUp < 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--pdf-receipts and --prints must be at least 1");
            }
            KioskSetup setup = KioskSetup.load(config);
            Map<String, Object> result = new jp.konbini.bench.ReceiptBenchmark(setup,
                    PrinterWiring.profile(profile != null ? profile : setup.config().printer().profile()), language, pdfReceipts, pdfWarmUp, prints).run();
            new JsonOutput(spec.commandLine().getOut()).line(result);
            return ExitCodes.OK;
        }
    }
    /** A journal backlog drained into a local central server, beside a bare batched insert of the same rows. */
    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = "Drain a backlog of journalled top-ups to a local central server on H2 and PostgreSQL, beside a bare batched "
                    + "JDBC insert of the same rows (targets: 2,000/s H2, 5,000/s PostgreSQL, at least half the bare rate).")
    static final class Sync implements Callable<Integer> {
        @Option(names = "--records", defaultValue = "10000", paramLabel = "N", description = "Backlog size (default ${DEFAULT-VALUE}).")
        int records;

        @Option(names = "--batch-size", paramLabel = "N", description = "Records per upload (default: the configuration's sync.batch-size, as the kiosk sends).")
        Integer batchSize;

        @Option(names = "--warm-up", defaultValue = "3000", paramLabel = "N",
                description = "Records drained and bare-inserted first, unmeasured, so both run warm (default ${DEFAULT-VALUE}).")
        int warmUp;

        @Option(names = "--postgres", paramLabel = "URL", description = "A PostgreSQL to measure (default: a local one started for the run).")
        String postgres;

        @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR", description = "Configuration whose first product is sold.")
        Path config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            KioskSetup setup = KioskSetup.load(config);
            Product product = setup.catalog().products().get(0);
            int batch = batchSize == null ? setup.config().sync().batchSize() : batchSize;
            Path target = Files.createTempDirectory("konbini-bench-sync-");
            try {
                List<Map<String, Object>> results = new SyncBenchmark(target, records, warmUp, batch, Optional.ofNullable(postgres)).run(product);
                JsonOutput out = new JsonOutput(spec.commandLine().getOut());
                results.forEach(out::line);
                return ExitCodes.OK;
            } finally {
                deleteRecursively(target);
            }
        }
    }

    /** Many simulated kiosks uploading at once. */
    @Command(name = "central", mixinStandardHelpOptions = true,
            description = "Simulated kiosks upload concurrently to a local central server (H2, then PostgreSQL): top-ups/s and batch latency.")
    static final class Central implements Callable<Integer> {
        @Option(names = "--kiosks", defaultValue = "200", paramLabel = "N", description = "Concurrent kiosks (default ${DEFAULT-VALUE}).")
        int kiosks;

        @Option(names = "--batches", defaultValue = "20", paramLabel = "N", description = "Uploads per kiosk (default ${DEFAULT-VALUE}).")
        int batches;

        @Option(names = "--batch-size", defaultValue = "10", paramLabel = "N", description = "Records per upload (default ${DEFAULT-VALUE}).")
        int batchSize;

        @Option(names = "--postgres", paramLabel = "URL", description = "A PostgreSQL to measure (default: a local one started for the run).")
        String postgres;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Path target = Files.createTempDirectory("konbini-bench-central-");
            try {
                List<Map<String, Object>> results = new CentralBenchmark(target, kiosks, batches, batchSize, Optional.ofNullable(postgres)).run();
                JsonOutput out = new JsonOutput(spec.commandLine().getOut());
                results.forEach(out::line);
                return ExitCodes.OK;
            } finally {
                deleteRecursively(target);
            }
        }
    }

    /** The touch UI over the whole simulated kiosk: cold start, memory over many sessions, tap to next screen. */
    @Command(name = "ui", mixinStandardHelpOptions = true,
            description = "Headless (Monocle) kiosk UI over the real flow, drivers and simulators: cold start to the attract screen (ms), "
                    + "resident memory after N whole purchases and its growth over the second half (leak check), p95 tap-to-next-screen "
                    + "(ms). Targets: start < 3 s, RSS < 300 MB, no growth, p95 < 100 ms.")
    static final class Ui implements Callable<Integer> {
        @Option(names = "--sessions", defaultValue = "200", paramLabel = "N", description = "Whole purchases (default ${DEFAULT-VALUE}).")
        int sessions;

        @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR", description = "Kiosk configuration; default ${DEFAULT-VALUE}.")
        Path config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            jp.konbini.config.KioskSetup setup = KioskSetup.load(config);
            jp.konbini.support.fonts.AwtFonts fonts = jp.konbini.support.fonts.AwtFonts.load();
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            Optional<Path> jar = CentralProcess.ownJar();
            Path scratch = Files.createTempDirectory("konbini-bench-ui-central");
            long before = System.currentTimeMillis();
            // The server runs in its own process, as it does for a kiosk in a store: the figures are the kiosk's alone.
            try (CentralProcess central = jar.isPresent() ? CentralProcess.start(jar.get(), scratch, setup.config().kioskId()) : null) {
                long serverStartMs = System.currentTimeMillis() - before;
                Map<String, Object> result = new jp.konbini.ui.bench.UiBenchmark(
                        () -> SimulatedDrivableKiosk.open(setup, fonts, Optional.ofNullable(central)), sessions, jvmStart + serverStartMs).run();
                result.put("centralServer", central != null ? "separate process (its start-up, " + serverStartMs + " ms, not counted)"
                        : "embedded in this process (not run from the jar)");
                result.put("jvm", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
                new JsonOutput(spec.commandLine().getOut()).line(result);
            } finally {
                deleteRecursively(scratch);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code pty} or {@code memory}, as typed. */
    static final class WireConverter implements picocli.CommandLine.ITypeConverter<AcceptorBenchmark.Wire> {
        @Override
        public AcceptorBenchmark.Wire convert(String value) {
            try {
                return AcceptorBenchmark.Wire.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("pty or memory, not '" + value + "'");
            }
        }
    }
}
