package jp.konbini.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sim <device>}: a device simulator on a new pseudo-terminal, for bench work and demos. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Runs a device simulator on a new pseudo-terminal; its path is the first line printed.",
        subcommands = {SimPrinterCommand.class})
final class SimCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
