package jp.konbini.app;

import java.nio.file.Path;
import jp.konbini.config.KioskSetup;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Where a command finds the journal: a data directory given directly, or the one a configuration names. */
final class DataDirectory {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Choice choice;

    /** One of the two ways to name the data directory. */
    static final class Choice {
        @Option(names = "--data", paramLabel = "DIR", description = "The kiosk's data directory (holds journal.mv.db).")
        Path data;

        @Option(names = "--config", paramLabel = "DIR", description = "A kiosk configuration directory; its data.dir is used.")
        Path config;
    }

    Path resolve() {
        return choice.data != null ? choice.data : KioskSetup.load(choice.config).config().dataDir();
    }
}
