package jp.konbini.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import jp.konbini.bench.JournalBenchmark;
import jp.konbini.config.KioskSetup;
import jp.konbini.domain.catalog.Product;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bench <name>}: benchmarks that print one JSON object with their baseline measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks; each prints one JSON object, its baseline measured in the same run.",
        subcommands = {BenchCommand.Journal.class})
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
}
