package jp.konbini.flow;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.konbini.config.KioskConfig;
import jp.konbini.config.KioskSetup;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.domain.catalog.Catalog;
import jp.konbini.domain.money.Yen;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.Journal;
import jp.konbini.journal.JournalFault;
import jp.konbini.journal.JournalStatus;
import jp.konbini.journal.JournalUnavailableException;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.JournalNoteLedger;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.receipt.ReceiptFactory;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.sync.CashAcceptance;
import jp.konbini.sync.StopReason;

/**
 * The real session flow on a real H2 journal and the real receipt path (ESC/POS driver and the
 * byte-level printer simulator on an in-memory line), with the acceptor and the central server
 * moved by the test, all in virtual time. {@link #crashAndRestart()} starts a new flow on the same
 * journal, as a new process after a crash would.
 */
public final class FlowHarness implements AutoCloseable {

    public static final KioskSetup SETUP = KioskSetup.load(Path.of("kiosk-config"));
    public static final KioskConfig CONFIG = SETUP.config();
    public static final CapabilityProfile PRINTER_PROFILE = CapabilityProfiles.load(Path.of("drivers/epson-tm-t88-jp.properties"));
    private static final AwtFonts FONTS = AwtFonts.load();
    public static final Instant START = Instant.parse("2026-11-22T05:00:00Z");

    private final Path dir;
    public final VirtualTime time = new VirtualTime(START);
    private final FlowSettings settings;
    private volatile CashAcceptance cash = online(Yen.of(100_000));
    private volatile Catalog catalog = SETUP.catalog();

    private H2Journal journal;
    private volatile boolean journalBroken;
    private InMemorySerialLine printerLine;
    private PrinterSimulator printer;
    private EscPosPrinter printerDriver;
    private ReceiptPrinting printing;
    private ScriptedAcceptor acceptor;
    private FakeConfirmer confirmer;
    private SessionFlow flow;
    private final List<SessionView> views = new ArrayList<>();

    public FlowHarness(Path dir) {
        this(dir, settingsFrom(CONFIG));
    }

    public FlowHarness(Path dir, FlowSettings settings) {
        this.dir = dir;
        this.settings = settings;
        boot();
    }

    public static FlowSettings settingsFrom(KioskConfig c) {
        return new FlowSettings(Duration.ofSeconds(c.timeouts().inactivitySeconds()), Duration.ofSeconds(c.timeouts().warningSeconds()),
                Duration.ofSeconds(c.timeouts().confirmationSeconds()), Duration.ofSeconds(10), Duration.ofSeconds(60),
                Duration.ofSeconds(5), c.acceptedNotes(), c.languages(), c.defaultLanguage());
    }

    public static CashAcceptance online(Yen largest) {
        return new CashAcceptance(true, List.of(), largest, true, new OfflineExposure(0, 0, Yen.ZERO, 0, Optional.empty()));
    }

    public static CashAcceptance offline(Yen largest) {
        return new CashAcceptance(true, List.of(), largest, false, new OfflineExposure(0, 0, Yen.ZERO, 0, Optional.empty()));
    }

    public static CashAcceptance stopped(StopReason reason) {
        return new CashAcceptance(false, List.of(reason), Yen.ZERO, false, new OfflineExposure(3, 3, Yen.of(100_000), 0, Optional.empty()));
    }

    private void boot() {
        java.time.Clock wall = new java.time.Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            @Override
            public java.time.Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return time.now();
            }
        };
        journal = H2Journal.open(JournalLocation.in(dir), CONFIG.kioskId(), "test", wall);
        if (printerLine == null) {
            printerLine = new InMemorySerialLine();
            printer = PrinterSimulator.start(printerLine.device(), PRINTER_PROFILE,
                    SimulatorOptions.like(PRINTER_PROFILE).unpaced().instantPrint());
            printerDriver = new EscPosPrinter(printerLine.host(), new EscPosJobEncoder(PRINTER_PROFILE, new TextRasterizer(FONTS)));
        }
        Journal breakable = breakable(journal);
        printing = new ReceiptPrinting(breakable, new ReceiptFactory(CONFIG), new ReceiptLayout(), printerDriver);
        acceptor = new ScriptedAcceptor(new JournalNoteLedger(journal));
        confirmer = new FakeConfirmer(journal);
        FlowPorts ports = new FlowPorts(breakable, acceptor, printing, confirmer, () -> cash, () -> catalog);
        flow = new SessionFlow(ports, settings, time, time.flowThread(), time.background());
        acceptor.connect(flow.acceptorListener());
        flow.subscribe(views::add);
    }

    /**
     * The journal as the flow sees it, which the test can break: then every call fails as a full
     * disk would make it fail, and its status says so. (The acceptor's ledger keeps the real one:
     * the notes' own records are the driver's business, tested with the driver.)
     */
    private Journal breakable(H2Journal real) {
        return (Journal) Proxy.newProxyInstance(Journal.class.getClassLoader(), new Class<?>[] {Journal.class}, (proxy, method, args) -> {
            if (journalBroken) {
                if (method.getName().equals("status")) {
                    return JournalStatus.unavailable(JournalFault.DISK_FULL, "disk full (test)");
                }
                throw new JournalUnavailableException(JournalFault.DISK_FULL, "disk full (test)", null);
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    /** From now on the journal refuses every write (and read), as on a full disk. */
    public void breakJournal() {
        journalBroken = true;
    }

    /** Starts the flow and lets recovery and the first checks finish. */
    public FlowHarness started() {
        flow.start();
        time.runUntilIdle();
        return this;
    }

    /** A new process on the same journal and devices: work not yet run is lost, as in a crash. */
    public FlowHarness crashAndRestart() {
        time.dropBackground();
        time.discardTimers();
        journal.close();
        views.clear();
        boot();
        return this;
    }

    public SessionView view() {
        return flow.view();
    }

    public Screen screen() {
        return flow.view().screen();
    }

    /** Every view published so far, oldest first. */
    public List<SessionView> views() {
        return List.copyOf(views);
    }

    /** A touch, and everything it sets off at this instant. */
    public FlowHarness tap(Intent intent) {
        flow.submit(intent);
        time.runUntilIdle();
        return this;
    }

    public FlowHarness type(String digits) {
        for (char c : digits.toCharArray()) {
            if (Character.isDigit(c)) {
                tap(new Intent.Key(c));
            }
        }
        return this;
    }

    /** The customer pushes in a whole note: escrow, the flow's decision, stacked or returned. */
    public Optional<jp.konbini.device.acceptor.EscrowDecider.Decision> insert(jp.konbini.domain.money.Denomination note) {
        Optional<jp.konbini.device.acceptor.EscrowDecider.Decision> d = acceptor.insert(note);
        time.runUntilIdle();
        return d;
    }

    /** Walks a new customer from the attract screen to the insert-cash screen for {@code product}. */
    public FlowHarness order(String line, jp.konbini.domain.catalog.ProductId product) {
        tap(new Intent.Start());
        tap(new Intent.ChooseLanguage(settings.defaultLanguage()));
        type(line);
        tap(new Intent.SubmitLine());
        tap(new Intent.Confirm());
        tap(new Intent.ChooseProduct(product));
        tap(new Intent.Confirm());
        return this;
    }

    /** The top-up the acceptor was last opened for. */
    public jp.konbini.journal.TopUpRecord lastTopUp() {
        return journal.topUp(acceptor.lastSession()).orElseThrow();
    }

    /** The text of every receipt printed so far. */
    public List<String> receipts() {
        return printer.paper().receipts().stream().map(r -> r.text()).toList();
    }

    public FlowHarness advance(Duration d) {
        time.advance(d);
        return this;
    }

    public SessionFlow flow() {
        return flow;
    }

    public H2Journal journal() {
        return journal;
    }

    public ScriptedAcceptor acceptor() {
        return acceptor;
    }

    /** The flow's receipt printing (journalled jobs on the simulated printer): staff reprints go through it too. */
    public ReceiptPrinting printing() {
        return printing;
    }

    public PrinterSimulator printer() {
        return printer;
    }

    public FakeConfirmer confirmer() {
        return confirmer;
    }

    public FlowSettings settings() {
        return settings;
    }

    public void cash(CashAcceptance c) {
        this.cash = c;
    }

    public void catalog(Catalog c) {
        this.catalog = c;
    }

    public Set<jp.konbini.domain.money.Denomination> enabledNotes() {
        return acceptor.enabled();
    }

    @Override
    public void close() {
        printerDriver.close();
        printer.close();
        journal.close();
    }
}
