package jp.konbini.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.device.acceptor.sim.AcceptorSimulator;
import jp.konbini.device.acceptor.sim.ConsoleCommands;
import jp.konbini.device.acceptor.sim.DeviceIdentity;
import jp.konbini.device.acceptor.sim.PtyAcceptorSimulator;
import jp.konbini.device.acceptor.sim.ReplyFault;
import jp.konbini.device.acceptor.sim.SimCurrencyTables;
import jp.konbini.device.acceptor.sim.SimTimings;
import jp.konbini.device.acceptor.sim.SimulatorSettings;
import jp.konbini.domain.money.Denomination;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sim <device>}: a device simulator on a new pseudo-terminal, for bench work, demos and driver tests. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Device simulators that speak the real byte protocol on a new pseudo-terminal.",
        subcommands = {SimCommand.Acceptor.class, SimPrinterCommand.class})
final class SimCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A JCM ID-003 bank-note acceptor; prints its port path on the first line, then obeys stdin. */
    @Command(name = "acceptor", mixinStandardHelpOptions = true,
            description = "A JCM ID-003 bank-note acceptor on a new pseudo-terminal (open it at 9600 8E1). Prints the port path on the "
                    + "first line of stdout, then reads one command per line on stdin (insert 1000, reject 0x72, jam, jam-stacker, "
                    + "open-stacker, close-stacker, power-cycle, echo on|off, status, cashbox, help, quit ...) and answers each with one "
                    + "JSON line. Ends on quit or at the end of input.")
    static final class Acceptor implements Callable<Integer> {

        @Option(names = "--codes", paramLabel = "YEN=CODE,...", split = ",",
                description = "Escrow codes of the yen table, e.g. 1000=0x65,10000=0x61 (others keep 0x61 ¥1,000, 0x62 ¥2,000, 0x63 ¥5,000, 0x64 ¥10,000).")
        Map<String, String> codes = new LinkedHashMap<>();

        @Option(names = "--currency", defaultValue = "jpy", paramLabel = "jpy|eur",
                description = "Currency table: jpy (default; with non-minimal encodings) or eur (the table captured from a real EUR unit).")
        String currency;

        @Option(names = "--seed", paramLabel = "N", description = "Seed for every random choice (default: from the clock; shown by status).")
        Long seed;

        @Option(names = "--link", paramLabel = "PATH", description = "Also give the port this stable name (a symbolic link, kept across replug).")
        Path link;

        @Option(names = "--timings", defaultValue = "realistic", paramLabel = "realistic|fast",
                description = "realistic (a real unit's seconds) or fast (milliseconds, for scripts); default ${DEFAULT-VALUE}.")
        String timings;

        @Option(names = "--initialize", paramLabel = "DURATION", converter = DurationConverter.class, description = "INITIALIZE after RESET, e.g. 2s.")
        Duration initialize;

        @Option(names = "--escrow-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "ESCROW without a decision, then REJECTING 0x79 (default 10s).")
        Duration escrowTimeout;

        @Option(names = "--hold-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "HOLDING without a decision, then REJECTING 0x79; 0 holds until decided (default 10s).")
        Duration holdTimeout;

        @Option(names = "--watchdog", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "Host silent this long while a note is accepted or in escrow: the note is given back (default 3s).")
        Duration watchdog;

        @Option(names = "--stacking", paramLabel = "DURATION", converter = DurationConverter.class, description = "STACK to VEND VALID.")
        Duration stacking;

        @Option(names = "--stacked", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "How long STACKED shows after the ACK; 0 = never shown.")
        Duration stacked;

        @Option(names = "--wedge", paramLabel = "DURATION", converter = DurationConverter.class,
                description = "An un-ACKed VEND VALID this long silences the unit until RESET; 0 = never (default 60s).")
        Duration wedge;

        @Option(names = "--reply-delay", paramLabel = "DURATION", converter = DurationConverter.class, description = "Fixed latency before each reply.")
        Duration replyDelay;

        @Option(names = "--stacked-skip", paramLabel = "P", description = "Probability that STACKED is not shown at all (default 0.5).")
        Double stackedSkip;

        @Option(names = "--reject-rate", paramLabel = "P", defaultValue = "0", description = "Probability that a genuine note is rejected (e.g. 0.01).")
        double rejectRate;

        @Option(names = "--capacity", paramLabel = "N", defaultValue = "500", description = "Notes the cash box holds (default ${DEFAULT-VALUE}).")
        int capacity;

        @Option(names = "--fault-rate", paramLabel = "P", defaultValue = "0",
                description = "Probability that a reply is corrupted, dropped, preceded by garbage, split, joined or truncated.")
        double faultRate;

        @Option(names = "--echo", description = "The line echoes every host byte back (wiring fault).")
        boolean echo;

        @Option(names = "--bad-crc", paramLabel = "no-reply|comm-error|reply", defaultValue = "no-reply",
                description = "What the unit does with a host frame whose CRC fails (default ${DEFAULT-VALUE}).")
        String badCrc;

        @Option(names = "--disabled-after-reinsertion", description = "The unit comes back inhibited (C3 = 1) after the cash box is re-inserted.")
        boolean disabledAfterReinsertion;

        @Option(names = "--trace", description = "Print every simulator event on stderr.")
        boolean trace;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long chosenSeed = seed != null ? seed : System.nanoTime();
            AcceptorSimulator sim;
            try {
                sim = new AcceptorSimulator("cli", settings(), new SplittableRandom(chosenSeed));
                configureLine(sim);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (trace) {
                sim.events().addListener(e -> {
                    err.println("sim: " + e);
                    err.flush();
                });
            }
            try (PtyAcceptorSimulator port = PtyAcceptorSimulator.start(sim, Optional.ofNullable(link))) {
                out.println(port.portPath());
                out.flush();
                Map<String, Object> about = new LinkedHashMap<>();
                about.put("seed", chosenSeed);
                about.put("timings", timings);
                ConsoleCommands console = new ConsoleCommands(sim, Optional.of(port), about);
                JsonOutput json = new JsonOutput(out);
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.isBlank()) {
                        continue;
                    }
                    ConsoleCommands.Reply reply = console.execute(line);
                    json.line(reply.body());
                    if (reply.quit()) {
                        break;
                    }
                }
            }
            return ExitCodes.OK;
        }

        private SimulatorSettings settings() {
            SimTimings t = switch (timings.toLowerCase(Locale.ROOT)) {
                case "realistic" -> SimTimings.realistic();
                case "fast" -> SimTimings.fast();
                default -> throw new IllegalArgumentException("--timings is realistic or fast, not " + timings);
            };
            t = initialize != null ? t.withInitialize(initialize) : t;
            t = escrowTimeout != null ? t.withEscrowTimeout(escrowTimeout) : t;
            t = holdTimeout != null ? t.withHoldTimeout(holdTimeout) : t;
            t = watchdog != null ? t.withPollWatchdog(watchdog) : t;
            t = stacking != null ? t.withStacking(stacking) : t;
            t = stacked != null ? t.withStacked(stacked) : t;
            t = wedge != null ? t.withVendValidWedge(wedge) : t;
            t = replyDelay != null ? t.withReplyLatency(replyDelay, t.replyJitter()) : t;
            SimulatorSettings s = SimulatorSettings.realistic().withTimings(t).withIdentity(DeviceIdentity.defaultYen().withCurrencyTable(table()))
                    .withRandomRejectRate(rejectRate).withStackerCapacity(capacity).withDisabledAfterReinsertion(disabledAfterReinsertion);
            return stackedSkip != null ? s.withStackedSkipRate(stackedSkip) : s;
        }

        private CurrencyTable table() {
            switch (currency.toLowerCase(Locale.ROOT)) {
                case "eur" -> {
                    if (!codes.isEmpty()) {
                        throw new IllegalArgumentException("--codes applies to the yen table, not to --currency eur");
                    }
                    return SimCurrencyTables.euroCaptured();
                }
                case "jpy" -> {
                    Map<Denomination, Integer> chosen = new EnumMap<>(SimCurrencyTables.DEFAULT_YEN_CODES);
                    codes.forEach((yen, code) -> chosen.put(denomination(yen), escrowCode(code)));
                    return SimCurrencyTables.yen(chosen);
                }
                default -> throw new IllegalArgumentException("--currency is jpy or eur, not " + currency);
            }
        }

        private void configureLine(AcceptorSimulator sim) {
            sim.linkFaults().echo(echo);
            sim.linkFaults().badCrcPolicy(ConsoleCommands.badCrcPolicy(badCrc));
            if (faultRate > 0) {
                sim.linkFaults().randomFaults(faultRate, ReplyFault.CORRUPT, ReplyFault.DROP, ReplyFault.GARBAGE, ReplyFault.SPLIT,
                        ReplyFault.JOIN, ReplyFault.TRUNCATE);
            }
        }

        private static Denomination denomination(String yen) {
            try {
                return Denomination.ofYen(Long.parseLong(yen.trim()))
                        .orElseThrow(() -> new IllegalArgumentException("--codes: no ¥" + yen + " note; notes are 1000, 2000, 5000, 10000"));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--codes: not an amount of yen: " + yen);
            }
        }

        private static int escrowCode(String code) {
            try {
                return Integer.decode(code.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--codes: not an escrow code: " + code);
            }
        }
    }

    /** Durations as people write them: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 1m}, {@code 0}. */
    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            try {
                Duration d;
                if (v.equals("0")) {
                    d = Duration.ZERO;
                } else if (v.endsWith("ms")) {
                    d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                } else if (v.endsWith("s")) {
                    d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
                } else if (v.endsWith("m")) {
                    d = Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 60_000));
                } else {
                    throw new NumberFormatException(v);
                }
                if (d.isNegative()) {
                    throw new NumberFormatException(v);
                }
                return d;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 500ms, 2s or 1m");
            }
        }
    }
}
