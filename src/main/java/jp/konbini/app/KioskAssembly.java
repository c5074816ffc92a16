package jp.konbini.app;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.konbini.config.ConfigException;
import jp.konbini.config.KioskConfig;
import jp.konbini.device.acceptor.id003.Id003Acceptor;
import jp.konbini.device.acceptor.id003.FrameLog;
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
import jp.konbini.journal.MaintenanceRecords;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.maintenance.BacklogSampler;
import jp.konbini.maintenance.CashBoxWatch;
import jp.konbini.maintenance.CashCollectionDesk;
import jp.konbini.maintenance.ChartsDesk;
import jp.konbini.maintenance.ConfigurationDesk;
import jp.konbini.maintenance.DailyReportBuilder;
import jp.konbini.maintenance.DiagnosticsDesk;
import jp.konbini.maintenance.ExportDesk;
import jp.konbini.maintenance.FlowKioskControl;
import jp.konbini.maintenance.KioskControl;
import jp.konbini.maintenance.MaintenanceDesk;
import jp.konbini.maintenance.MaintenanceEntry;
import jp.konbini.maintenance.MaintenanceMode;
import jp.konbini.maintenance.NoteTestDesk;
import jp.konbini.maintenance.NoteTestLedger;
import jp.konbini.maintenance.OperatorDirectory;
import jp.konbini.maintenance.OutOfServiceSwitch;
import jp.konbini.maintenance.ReceiptsForStaff;
import jp.konbini.maintenance.SyncDesk;
import jp.konbini.maintenance.TransactionDesk;
import jp.konbini.receipt.ReceiptFactory;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.receipt.pdf.PdfFonts;
import jp.konbini.receipt.pdf.PdfReceiptRenderer;
import jp.konbini.report.CollectionSlip;
import jp.konbini.report.DailyReportPdf;
import jp.konbini.report.ReportTexts;
import jp.konbini.report.Site;
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

    /** The acceptor frames the technician's traffic view keeps. */
    private static final int TRAFFIC_FRAMES = 200;
    /** The sync backlog chart: one sample a minute for a day. */
    private static final int BACKLOG_SAMPLES = 24 * 60;
    private static final Duration BACKLOG_EVERY = Duration.ofMinutes(1);

    private final KioskConfig config;
    private final H2Journal journal;
    private final EscPosPrinter printer;
    private final ReceiptsForStaff receiptsForStaff;
    private final Id003Acceptor acceptor;
    private final KioskSync sync;
    private final FlowThread flowThread;
    private final ExecutorService background;
    private final FlowSettings settings;
    private final SessionFlow flow;
    private final MaintenanceMode maintenance;
    private final BacklogSampler backlog;
    private final ScheduledExecutorService sampling = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "konbini-charts");
        t.setDaemon(true);
        return t;
    });

    private KioskAssembly(KioskConfig config, H2Journal journal, EscPosPrinter printer, ReceiptsForStaff receiptsForStaff,
                          Id003Acceptor acceptor, KioskSync sync,
                          FlowThread flowThread, ExecutorService background, FlowSettings settings, SessionFlow flow,
                          MaintenanceMode maintenance, BacklogSampler backlog) {
        this.config = config;
        this.journal = journal;
        this.printer = printer;
        this.receiptsForStaff = receiptsForStaff;
        this.acceptor = acceptor;
        this.sync = sync;
        this.flowThread = flowThread;
        this.background = background;
        this.settings = settings;
        this.flow = flow;
        this.maintenance = maintenance;
        this.backlog = backlog;
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
            ReceiptsForStaff receiptsForStaff = () -> printing.needingStaff().stream().map(PrintJobRecord::topUpSeq).distinct().toList();
            ForwardingAcceptorListener events = new ForwardingAcceptorListener();
            FrameLog acceptorTraffic = new FrameLog(TRAFFIC_FRAMES, clock);
            Id003Acceptor acceptor = new Id003Acceptor(devices.acceptorLink(), devices.acceptorSettings(),
                    new NoteTestLedger(new JournalNoteLedger(journal)), events, acceptorTraffic);
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
            BacklogSampler backlog = new BacklogSampler(() -> journal.exposure().pendingRecords(), clock, BACKLOG_SAMPLES);
            MaintenanceMode maintenance = maintenance(config, journal, flow, printer, printing, receiptsForStaff, clock,
                    new DiagnosticsParts(acceptor, new PrinterChecks(printer, config, catalog::current, clock), acceptorTraffic),
                    new SyncControls(journal, connectivity, uploader, client), backlog, background);
            events.alsoTo(maintenance.noteTest());
            events.alsoTo(maintenance.cashBox());
            return new KioskAssembly(config, journal, printer, receiptsForStaff, acceptor, sync, flowThread, background, settings, flow,
                    maintenance, backlog);
        } catch (RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /** What diagnostics look at: the acceptor driver, the printer check and the acceptor's recent frames. */
    private record DiagnosticsParts(Id003Acceptor acceptor, PrinterChecks printer, FrameLog traffic) {
    }

    private static MaintenanceMode maintenance(KioskConfig config, H2Journal journal, SessionFlow flow, EscPosPrinter printer,
                                               ReceiptPrinting printing, ReceiptsForStaff receiptsForStaff, Clock clock,
                                               DiagnosticsParts devices, SyncControls syncControls,
                                               BacklogSampler backlog, java.util.concurrent.Executor work) {
        OperatorDirectory operators;
        try {
            operators = OperatorDirectory.load(config.maintenance().usersFile());
        } catch (IOException e) {
            throw new ConfigException(config.maintenance().usersFile(), "maintenance.users-file", null,
                    "a readable maintenance users file (" + e.getMessage() + "); make one with konbini-kiosk maintenance-user");
        } catch (IllegalArgumentException e) {
            throw new ConfigException(config.maintenance().usersFile(), "maintenance.users-file", null, e.getMessage());
        }
        MaintenanceRecords records = journal.maintenance();
        KioskControl kiosk = new FlowKioskControl(flow);
        MaintenanceDesk desk = new MaintenanceDesk(new MaintenanceEntry(operators, records, clock), kiosk, records);
        CollectionPrinting collections = new CollectionPrinting(config, printer, Memo.of(() -> new PdfReceiptRenderer(PdfFonts.load())),
                new CollectionSlip(ReportTexts.bundled()), () -> journal.openReconciliations().size(), clock);
        DailyReportBuilder reports = new DailyReportBuilder(journal, records, Site.of(config), clock);
        Memo<DailyReportPdf> reportPdf = Memo.of(() -> new DailyReportPdf(PdfFonts.load(), ReportTexts.bundled()));
        ExportDesk exports = new ExportDesk(desk, records, reports,
                report -> reportPdf.get().render(report), LogFiles.directory(config.dataDir()), config.kioskId(),
                config.maintenance().exportDir(), clock);
        CashCollectionDesk collectionDesk = new CashCollectionDesk(desk, records, collections);
        return new MaintenanceMode(desk, new OutOfServiceSwitch(desk, kiosk, records), collectionDesk,
                new TransactionDesk(desk, journal, records, new ReceiptReprints(printing), receiptsForStaff),
                new DiagnosticsDesk(desk, devices.acceptor(), devices.printer(), devices.traffic()::last, records),
                new SyncDesk(desk, syncControls, records),
                new ConfigurationDesk(desk, EffectiveSettings.of(config), SoftwareVersion.current()), exports,
                new NoteTestDesk(desk, devices.acceptor(), records), new ChartsDesk(desk, records, reports, backlog),
                new CashBoxWatch(desk, collectionDesk, records, work));
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
        sampling.scheduleAtFixedRate(this::sampleBacklog, 0, BACKLOG_EVERY.toSeconds(), TimeUnit.SECONDS);
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

    MaintenanceMode maintenance() {
        return maintenance;
    }

    /** Receipts whose automatic reprint failed too: the kiosk prints them no more by itself, staff reprint them. */
    ReceiptsForStaff receiptsForStaff() {
        return receiptsForStaff;
    }

    private void sampleBacklog() {
        try {
            backlog.sample();
        } catch (RuntimeException e) {
            // A journal that cannot be read shows elsewhere (out of service); the chart just has a gap.
        }
    }

    /** Stops taking notes first, then the flow, sync and devices; the journal closes last. */
    @Override
    public void close() {
        sampling.shutdownNow();
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
