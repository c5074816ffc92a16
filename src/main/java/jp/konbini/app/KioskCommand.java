package jp.konbini.app;

import jp.konbini.central.store.CentralDatabaseException;
import jp.konbini.config.ConfigException;
import jp.konbini.device.printer.escpos.ProfileException;
import jp.konbini.device.serial.SerialLinkException;
import jp.konbini.journal.JournalUnavailableException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: {@code konbini-kiosk <command>}. Commands appear here only once they work. */
@Command(name = "konbini-kiosk",
        mixinStandardHelpOptions = true,
        versionProvider = KioskCommand.Version.class,
        description = "Konbini Top-up Kiosk: self-service cash top-up of prepaid SIM, eSIM and data cards.",
        subcommands = {JournalCommand.class, AcceptorTestCommand.class, PrinterTestCommand.class, SimCommand.class,
                SyncCommand.class, CentralCommand.class, BenchCommand.class, MaintenanceUserCommand.class, BurnInCommand.class, DemoCommand.class, RunCommand.class, CommandLine.HelpCommand.class})
final class KioskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** The configured command line: one message per failure, never a stack trace, stable exit codes. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new KioskCommand());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("configuration error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof ProfileException) {
                commandLine.getErr().println("printer profile error: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (e instanceof SerialLinkException) {
                commandLine.getErr().println("serial port unusable: " + e.getMessage());
                return ExitCodes.NO_ANSWER;
            }
            if (e instanceof CentralDatabaseException) {
                commandLine.getErr().println("central database unavailable: " + e.getMessage());
                return ExitCodes.FAILED;
            }
            if (e instanceof JournalUnavailableException) {
                commandLine.getErr().println("journal unavailable, no cash can be taken: " + e.getMessage());
                return ExitCodes.JOURNAL_UNAVAILABLE;
            }
            // Anything else is a bug: one line for whoever is at the console, the trace for the log.
            LoggerFactory.getLogger(KioskCommand.class).error("unexpected failure", e);
            commandLine.getErr().println("internal error: " + e);
            return ExitCodes.FAILED;
        });
        return cli;
    }

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"konbini-kiosk " + SoftwareVersion.current()};
        }
    }
}
