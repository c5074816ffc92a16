package jp.konbini.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.konbini.config.KioskConfig;
import jp.konbini.config.KioskSetup;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalCompactor;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.sync.AuditRound;
import jp.konbini.sync.Backoff;
import jp.konbini.sync.CashAcceptance;
import jp.konbini.sync.Connectivity;
import jp.konbini.sync.HttpCentralClient;
import jp.konbini.sync.OfflinePolicy;
import jp.konbini.sync.UploadRound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sync push | status}: a technician's view of the kiosk's queue to the central server. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Push the kiosk's queued records to the central server now, or show what is unsynced (stop the kiosk first).",
        subcommands = {SyncCommand.Push.class, SyncCommand.Status.class})
final class SyncCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static H2Journal openJournal(KioskConfig config) {
        JournalLocation location = JournalLocation.in(config.dataDir());
        if (java.nio.file.Files.exists(location.databaseFile())) {
            new JournalCompactor(location).compactIfLargerThan(JournalCompactor.DEFAULT_THRESHOLD_BYTES);
        }
        return H2Journal.open(location, config.kioskId(), SoftwareVersion.current(), Clock.systemUTC());
    }

    static Map<String, Object> describe(CashAcceptance cash) {
        OfflineExposure e = cash.exposure();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("takesCash", cash.takesCash());
        out.put("stopReasons", cash.reasons().stream().map(Enum::name).toList());
        out.put("largestTopUpYen", cash.largestTopUp().amount());
        out.put("online", cash.online());
        out.put("pendingRecords", e.pendingRecords());
        out.put("unsyncedTopUps", e.unsyncedTopUps());
        out.put("unsyncedYen", e.unsyncedYen().amount());
        out.put("rejectedRecords", e.rejected());
        out.put("oldestUnsyncedSeconds", e.oldestAge().map(java.time.Duration::toSeconds).orElse(null));
        return out;
    }

    /** Uploads until the queue is empty or the server cannot be reached; exit 0 when nothing is left pending. */
    @Command(name = "push", mixinStandardHelpOptions = true,
            description = "Upload every queued record now (in order, as the uploader does), then the maintenance audit log. "
                    + "Exit 0 = nothing left pending, 1 = some left.")
    static final class Push implements Callable<Integer> {
        @Option(names = "--config", required = true, paramLabel = "DIR", description = "A kiosk configuration directory.")
        java.nio.file.Path config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            KioskConfig c = KioskSetup.load(config).config();
            HttpCentralClient client = CentralClients.configured(c);
            Connectivity connectivity = new Connectivity();
            try (H2Journal journal = openJournal(c)) {
                UploadRound round = new UploadRound(journal, client, c.sync().batchSize(),
                        new Backoff(c.sync().backoffBase(), c.sync().backoffCap(), new SecureRandom()), connectivity, Clock.systemUTC());
                long recorded = 0;
                while (true) {
                    UploadRound.Result r = round.run();
                    recorded += r.recorded();
                    if (r.idle() || r.recorded() == 0) {
                        break; // done, or the server cannot take it now: a technician does not wait through back-off
                    }
                }
                boolean topUpsLeft = journal.exposure().pendingRecords() > 0;
                AuditRound audit = new AuditRound(journal.maintenance(), client, c.kioskId(), c.sync().batchSize(),
                        new Backoff(c.sync().backoffBase(), c.sync().backoffCap(), new SecureRandom()));
                if (!topUpsLeft) {
                    pushAudit(audit); // top-ups first, always (as the uploader does)
                }
                long auditAcked = journal.maintenance().auditAckedThrough();
                boolean auditLeft = !journal.maintenance().auditAfter(auditAcked, 1).isEmpty();
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("recorded", recorded);
                out.put("lastProblem", connectivity.lastProblem());
                out.putAll(describe(new OfflinePolicy(c.offlineLimits(), journal, connectivity).evaluate()));
                out.put("auditAckedThrough", auditAcked);
                out.put("auditUnsent", auditLeft);
                out.put("auditProblem", audit.lastProblem());
                new JsonOutput(spec.commandLine().getOut()).line(out);
                return topUpsLeft || auditLeft ? ExitCodes.FAILED : ExitCodes.OK;
            }
        }
    }

    /**
     * Sends the audit log until the server holds all of it; stops at the first failure or refusal (a technician
     * does not wait through back-off), or when three attempts in a row move nothing (a server answering gaps it
     * does not fill). What is left unsent the journal says.
     */
    private static void pushAudit(AuditRound audit) {
        int stuck = 0;
        long acked = -1;
        while (stuck < 3) {
            AuditRound.Result r = audit.run();
            if (r.idle() || !r.delay().isZero()) {
                return;
            }
            stuck = r.ackedThrough() > acked ? 0 : stuck + 1;
            acked = Math.max(acked, r.ackedThrough());
        }
    }

    /** What is unsynced and whether the bounds still let the kiosk take cash. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Show the unsynced records and whether the offline bounds let the kiosk take cash (offline assumed).")
    static final class Status implements Callable<Integer> {
        @Option(names = "--config", required = true, paramLabel = "DIR", description = "A kiosk configuration directory.")
        java.nio.file.Path config;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            KioskConfig c = KioskSetup.load(config).config();
            try (H2Journal journal = openJournal(c)) {
                CashAcceptance cash = new OfflinePolicy(c.offlineLimits(), journal, new Connectivity()).evaluate();
                new JsonOutput(spec.commandLine().getOut()).line(describe(cash));
                return ExitCodes.OK;
            }
        }
    }
}
