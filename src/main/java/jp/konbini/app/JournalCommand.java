package jp.konbini.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.konbini.config.KioskSetup;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalCompactor;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.ReadOnlyJournal;
import jp.konbini.journal.RecoveryReport;
import jp.konbini.journal.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code journal verify | export | demo}: inspect, check and exercise the kiosk's journal. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Inspect, verify and export the kiosk's journal (stop the kiosk first: the journal is single-process).",
        subcommands = {JournalCommand.Verify.class, JournalCommand.Export.class, JournalCommand.Compact.class, JournalCommand.Demo.class})
final class JournalCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Integrity and sequence checks; exit 0 when the journal is sound, 1 when not. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check gap-free sequences, the hash chain and every state against its events. Exit 0 = sound, 1 = problems.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        DataDirectory dataDirectory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            JsonOutput out = new JsonOutput(spec.commandLine().getOut());
            Map<String, Object> result = new LinkedHashMap<>();
            try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dataDirectory.resolve()))) {
                VerificationReport report = journal.verify();
                out.line(summary(report, journal.creditsAwaitingRows().size()));
                return report.ok() ? ExitCodes.OK : ExitCodes.FAILED;
            } catch (jp.konbini.journal.JournalUnavailableException e) {
                result.put("ok", false);
                result.put("error", e.getMessage());
                out.line(result);
                return ExitCodes.FAILED;
            }
        }
    }

    /** One JSON object per top-up with its notes and money events. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write one JSON object per top-up (with its notes and money events) to stdout or a file.")
    static final class Export implements Callable<Integer> {
        @Mixin
        DataDirectory dataDirectory;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Output format; only jsonl.")
        Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of stdout.")
        Path outFile;

        @Spec
        CommandSpec spec;

        enum Format { jsonl }

        @Override
        public Integer call() throws IOException {
            try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dataDirectory.resolve()))) {
                if (outFile == null) {
                    journal.exportJsonl(spec.commandLine().getOut());
                    return ExitCodes.OK;
                }
                try (Writer w = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                    long n = journal.exportJsonl(w);
                    spec.commandLine().getErr().println("exported " + n + " top-ups to " + outFile);
                }
                return ExitCodes.OK;
            }
        }
    }

    /**
     * The result of a verification as one JSON object: {@code journal verify}'s output.
     * {@code creditsAwaitingRows}: notes past the credit point whose rows the kiosk writes when it next starts.
     */
    static Map<String, Object> summary(VerificationReport report, int creditsAwaitingRows) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", report.ok());
        result.put("topUps", report.topUps());
        result.put("notes", report.notes());
        result.put("events", report.events());
        result.put("problems", report.problems());
        result.put("unfinishedSessions", report.recovery().unfinished().size());
        result.put("undecidedNotes", report.recovery().undecidedNotes().size());
        result.put("creditsAwaitingRows", creditsAwaitingRows);
        return result;
    }

    /** Rebuilds the journal file compactly (it never reuses space while the kiosk runs). */
    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = "Rebuild the journal into a compact file; the original is replaced atomically only once the copy verifies.")
    static final class Compact implements Callable<Integer> {
        @Mixin
        DataDirectory dataDirectory;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            JournalCompactor.Result result = new JournalCompactor(JournalLocation.in(dataDirectory.resolve())).compact();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("rebuilt", result.rebuilt());
            out.put("bytesBefore", result.bytesBefore());
            out.put("bytesAfter", result.bytesAfter());
            out.put("events", result.events());
            new JsonOutput(spec.commandLine().getOut()).line(out);
            return ExitCodes.OK;
        }
    }

    /** Runs customer sessions against the configured kiosk's journal and verifies it afterwards. */
    @Command(name = "demo", mixinStandardHelpOptions = true,
            description = "Record simulated cash sessions durably in the configured kiosk's journal, then verify it.")
    static final class Demo implements Callable<Integer> {
        @Option(names = "--config", required = true, paramLabel = "DIR", description = "A kiosk configuration directory.")
        Path config;

        @Option(names = "--sessions", defaultValue = "5", paramLabel = "N", description = "How many sessions (default ${DEFAULT-VALUE}).")
        int sessions;

        @Option(names = "--seed", paramLabel = "N", description = "Random seed, to replay a run.")
        Long seed;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            KioskSetup setup = KioskSetup.load(config);
            PrintWriter err = spec.commandLine().getErr();
            JsonOutput out = new JsonOutput(spec.commandLine().getOut());
            JournalLocation location = JournalLocation.in(setup.config().dataDir());
            if (Files.exists(location.databaseFile())) {
                JournalCompactor.Result compaction = new JournalCompactor(location).compactIfLargerThan(JournalCompactor.DEFAULT_THRESHOLD_BYTES);
                if (compaction.rebuilt()) {
                    err.println("journal rebuilt before start: " + compaction.bytesBefore() + " -> " + compaction.bytesAfter() + " bytes");
                }
            }
            try (H2Journal journal = H2Journal.open(location, setup.config().kioskId(), SoftwareVersion.current(), Clock.systemUTC())) {
                RecoveryReport recovery = journal.recoveryReport();
                err.println("journal " + location.databaseFile() + ": " + journal.status().describe() + "; " + recovery.summary());
                new DemoSessions(journal, setup, seed == null ? System.nanoTime() : seed, out::line).run(sessions);
            }
            try (ReadOnlyJournal journal = ReadOnlyJournal.open(location)) {
                VerificationReport report = journal.verify();
                out.line(summary(report, journal.creditsAwaitingRows().size()));
                return report.ok() ? ExitCodes.OK : ExitCodes.FAILED;
            }
        }
    }

}
