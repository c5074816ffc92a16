package jp.konbini.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import jp.konbini.central.CentralServer;
import jp.konbini.central.carrier.SimulatedCarrier;
import jp.konbini.central.store.CentralDatabase;
import jp.konbini.central.store.JdbcFleetReader;
import jp.konbini.central.store.JdbcKiosks;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code central}: the central server, and its administration (register a kiosk, export the ledger). */
@Command(name = "central", mixinStandardHelpOptions = true,
        description = "Run the central server (until stopped), or administer its database.",
        subcommands = {CentralCommand.RegisterKiosk.class, CentralCommand.Export.class})
final class CentralCommand implements Callable<Integer> {

    /** Same form as kiosk.id in kiosk.properties. */
    private static final Pattern KIOSK_ID = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");

    @Option(names = "--db", paramLabel = "URL", description = "jdbc:h2:file:... or jdbc:postgresql://... (default: H2 in ./central-data).")
    String db;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST", description = "Address to listen on (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--catalog", paramLabel = "FILE", description = "The product catalogue (catalog.json) kiosks download.")
    Path catalog;

    @Option(names = "--open-lines", description = "Simulated carrier: open an account for an unknown line instead of refusing it.")
    boolean openLines;

    @Option(names = "--pool", defaultValue = "16", paramLabel = "N", description = "Database connections (default ${DEFAULT-VALUE}).")
    int pool;

    @Spec
    CommandSpec spec;

    static String url(String db, CommandSpec spec) {
        if (db != null && !db.startsWith("jdbc:h2:") && !db.startsWith("jdbc:postgresql:")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--db '" + db + "': expected a jdbc:h2: or jdbc:postgresql: URL");
        }
        return db != null ? db : CentralDatabase.defaultUrl(Path.of("central-data"));
    }

    @Override
    public Integer call() throws Exception {
        Optional<byte[]> published = Optional.empty();
        if (catalog != null) {
            published = Optional.of(Files.readAllBytes(catalog));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (CentralDatabase database = CentralDatabase.open(url(db, spec), pool);
             CentralServer server = CentralServer.start(database, new SimulatedCarrier(openLines), Clock.systemUTC(), host, port, published)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.close();
                database.close();
                stopped.countDown();
            }, "central-shutdown"));
            Map<String, Object> ready = new LinkedHashMap<>();
            ready.put("listening", "http://" + host + ":" + server.port() + "/");
            ready.put("db", database.isPostgres() ? "postgresql" : "h2");
            new JsonOutput(spec.commandLine().getOut()).line(ready);
            stopped.await();
        }
        return ExitCodes.OK;
    }

    /** Creates a kiosk and its secret; the secret file goes to the kiosk (central.secret-file). */
    @Command(name = "register-kiosk", mixinStandardHelpOptions = true,
            description = "Register a kiosk and write its new signing secret to a file (mode 600) for the kiosk's central.secret-file.")
    static final class RegisterKiosk implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "URL", description = "The central database (default: H2 in ./central-data).")
        String db;

        @Option(names = "--kiosk-id", required = true, paramLabel = "ID", description = "The kiosk's kiosk.id, e.g. KSK-TYO-0001.")
        String kioskId;

        @Option(names = "--secret-out", required = true, paramLabel = "FILE", description = "Where to write the secret; must not exist.")
        Path secretOut;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!KIOSK_ID.matcher(kioskId).matches()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--kiosk-id '" + kioskId
                        + "': expected 3 to 32 capital letters, digits or hyphens, e.g. KSK-TYO-0001");
            }
            if (Files.exists(secretOut)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--secret-out " + secretOut + " exists; a secret is never overwritten");
            }
            try (CentralDatabase database = CentralDatabase.open(url(db, spec), 2)) {
                String secret;
                try {
                    secret = new JdbcKiosks(database.dataSource()).register(kioskId, Clock.systemUTC().instant());
                } catch (IllegalStateException e) {
                    spec.commandLine().getErr().println(e.getMessage());
                    return ExitCodes.FAILED;
                }
                writeSecret(secretOut, secret);
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("registered", kioskId);
            out.put("secretFile", secretOut.toAbsolutePath().toString());
            new JsonOutput(spec.commandLine().getOut()).line(out);
            return ExitCodes.OK;
        }

        private static void writeSecret(Path file, String secret) throws IOException {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            } catch (FileAlreadyExistsException e) {
                throw new IOException(file + " appeared while registering; the kiosk is registered, write its secret again with care", e);
            }
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        }
    }

    /** One JSON object per top-up the server holds. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write one JSON object per stored top-up (uuid, kiosk, seq, amount, status, applied-at) to stdout or a file.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "URL", description = "The central database (default: H2 in ./central-data).")
        String db;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format; only jsonl.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
        Path outFile;

        @Spec
        CommandSpec spec;

        enum Format { jsonl }

        @Override
        public Integer call() throws IOException {
            try (CentralDatabase database = CentralDatabase.open(url(db, spec), 2)) {
                JdbcFleetReader reader = new JdbcFleetReader(database.dataSource());
                if (outFile == null) {
                    PrintWriter out = spec.commandLine().getOut();
                    reader.exportJsonl(out);
                    out.flush();
                    return ExitCodes.OK;
                }
                try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                    long n = reader.exportJsonl(w);
                    spec.commandLine().getErr().println("exported " + n + " top-ups to " + outFile);
                }
                return ExitCodes.OK;
            }
        }
    }
}
