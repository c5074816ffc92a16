package jp.konbini.app;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.konbini.config.KioskConfig;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.Id003Link;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.domain.catalog.Catalog;
import jp.konbini.flow.FlowPorts;
import jp.konbini.flow.FlowSettings;
import jp.konbini.flow.FlowThread;
import jp.konbini.flow.ServiceIssue;
import jp.konbini.flow.SessionFlow;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalNoteLedger;
import jp.konbini.receipt.ReceiptFactory;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.support.Ticker;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.sync.AuditRound;
import jp.konbini.sync.Backoff;
import jp.konbini.sync.CatalogUpdater;
import jp.konbini.sync.CentralClient;
import jp.konbini.sync.Connectivity;
import jp.konbini.sync.DeviceSnapshot;
import jp.konbini.sync.HeartbeatSender;
import jp.konbini.sync.KioskSync;
import jp.konbini.sync.OfflinePolicy;
import jp.konbini.sync.UploadRound;
import jp.konbini.sync.Uploader;
import jp.konbini.sync.UploaderConfirmer;

/**
 * The composition root of one kiosk: the journal, the two drivers, the receipt path, the sync
 * with the central server and the session flow, wired once, started in order and closed in the
 * reverse order. {@code run}, {@code demo}, {@code burn-in} and {@code bench ui} differ only in the
 * devices and the central client they hand in.
 */
final class KioskAssembly implements AutoCloseable {

    /** How long the done screen stays after its receipt is out. */
    static final Duration RESULT_SCREEN = Duration.ofSeconds(12);
    /** How long the credit-receipt screen stays: the customer must read and keep the claim code. */
    static final Duration CREDIT_SCREEN = Duration.ofSeconds(60);
    /** How often printer, journal and offline bounds are checked between customers. */
    static final Duration SERVICE_CHECK = Duration.ofSeconds(5);
    /** How often the uploader looks for work when nothing woke it. */
    private static final Duration UPLOADER_IDLE_POLL = Duration.ofSeconds(2);

    private final KioskConfig config;
    private final H2Journal journal;
    private final EscPosPrinter printer;
    private final Id003Acceptor acceptor;
    private final KioskSync sync;
    private final FlowThread flowThread;
    private final ExecutorService background;
    private final FlowSettings settings;
    private final SessionFlow flow;

    private KioskAssembly(KioskConfig config, H2Journal journal, EscPosPrinter printer, Id003Acceptor acceptor, KioskSync sync,
                          FlowThread flowThread, ExecutorService background, FlowSettings settings, SessionFlow flow) {
        this.config = config;
        this.journal = journal;
        this.printer = printer;
        this.acceptor = acceptor;
        this.sync = sync;
        this.flowThread = flowThread;
        this.background = background;
        this.settings = settings;
        this.flow = flow;
    }

    static FlowSettings flowSettings(KioskConfig c) {
        return new FlowSettings(Duration.ofSeconds(c.timeouts().inactivitySeconds()), Duration.ofSeconds(c.timeouts().warningSeconds()),
                Duration.ofSeconds(c.timeouts().confirmationSeconds()), RESULT_SCREEN, CREDIT_SCREEN, SERVICE_CHECK, c.acceptedNotes(),
                c.languages(), c.defaultLanguage());
    }

    /** Opens everything (the journal first: without it no cash is taken) but starts nothing yet. */
    static KioskAssembly open(KioskConfig config, Catalog bundled, KioskDevices devices, CentralClient client, AwtFonts fonts) {
        H2Journal journal = SyncCommand.openJournal(config);
        try {
            Clock clock = Clock.systemUTC();
            Connectivity connectivity = new Connectivity();
            UploadRound round = new UploadRound(journal, client, config.sync().batchSize(),
                    new Backoff(config.sync().backoffBase(), config.sync().backoffCap(), new SecureRandom()), connectivity, clock);
            // The maintenance audit log goes after the top-ups, on the uploader's thread and client.
            AuditRound audit = new AuditRound(journal.maintenance(), client, config.kioskId(), config.sync().batchSize(),
                    new Backoff(config.sync().backoffBase(), config.sync().backoffCap(), new SecureRandom()));
            Uploader uploader = new Uploader(round, Optional.of(audit), UPLOADER_IDLE_POLL);
            OfflinePolicy policy = new OfflinePolicy(config.offlineLimits(), journal, connectivity);
            CatalogUpdater catalog = new CatalogUpdater(client, config, config.dataDir().resolve("catalog"), bundled);

            EscPosPrinter printer = new EscPosPrinter(devices.printerLink().get(),
                    new EscPosJobEncoder(devices.printerProfile(), new TextRasterizer(fonts)));
            ReceiptPrinting printing = new ReceiptPrinting(journal, new ReceiptFactory(config), new ReceiptLayout(), printer);
            ForwardingAcceptorListener events = new ForwardingAcceptorListener();
            Id003Acceptor acceptor = new Id003Acceptor(devices.acceptorLink(), devices.acceptorSettings(), new JournalNoteLedger(journal),
                    events, Id003Link.FrameTrace.NONE);
            UploaderConfirmer confirmer = new UploaderConfirmer(journal, journal, uploader,
                    Duration.ofSeconds(config.timeouts().confirmationSeconds()), Ticker.system());

            FlowThread flowThread = new FlowThread(clock);
            // Confirmation, printing and device checks block; one thread keeps them in order and off the flow.
            ExecutorService background = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "konbini-work");
                t.setDaemon(true);
                return t;
            });
            FlowSettings settings = flowSettings(config);
            SessionFlow flow = new SessionFlow(new FlowPorts(journal, acceptor, printing, confirmer, policy::evaluate, catalog::current),
                    settings, flowThread, flowThread, background);
            events.connect(flow.acceptorListener());

            HeartbeatSender heartbeat = new HeartbeatSender(client, policy,
                    () -> {
                        jp.konbini.flow.SessionView now = flow.view();
                        return new DeviceSnapshot(now.serviceIssues().stream().map(ServiceIssue::toString).toList(), 0, 0,
                                now.paperNearEnd() ? "near-end" : "ok");
                    },
                    () -> catalog.current().version(), SoftwareVersion.current(), clock);
            KioskSync sync = new KioskSync(uploader, heartbeat, catalog, journal, connectivity, clock);
            return new KioskAssembly(config, journal, printer, acceptor, sync, flowThread, background, settings, flow);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** Starts syncing, then the flow (which finishes what an earlier run left and starts the acceptor). */
    KioskAssembly start() {
        startSync();
        flow.start();
        return this;
    }

    /** Starts only the sync with the central server; the caller starts the flow once its screen is up. */
    KioskAssembly startSync() {
        sync.start(config.sync().heartbeatInterval(), config.sync().catalogPollInterval());
        return this;
    }

    SessionFlow flow() {
        return flow;
    }

    FlowSettings settings() {
        return settings;
    }

    H2Journal journal() {
        return journal;
    }

    /** Stops taking notes first, then the flow, sync and devices; the journal closes last. */
    @Override
    public void close() {
        acceptor.close();
        flowThread.close();
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sync.close();
        printer.close();
        journal.close();
    }
}
