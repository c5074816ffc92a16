package jp.konbini.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.JournalNoteLedger;
import jp.konbini.receipt.ReceiptFactory;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.ReceiptPrinting;
import jp.konbini.support.fonts.AwtFonts;
import jp.konbini.ui.bench.DrivableKiosk;

/**
 * The real flow in real time, as in production: its own thread ({@link FlowThread} as clock and
 * executor) and one background thread, on a real H2 journal and the real receipt path (ESC/POS
 * driver and printer simulator, instant print). The acceptor is the scripted one, moved on the
 * flow thread so it never races the flow; the central server answers at once. For the UI
 * benchmark's own test; {@link FlowHarness} stays the virtual-time fixture.
 */
public final class RealTimeKiosk implements DrivableKiosk {

    private static final AwtFonts FONTS = AwtFonts.load();

    private final FlowThread flowThread = new FlowThread(Clock.systemUTC());
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "konbini-background-test");
        t.setDaemon(true);
        return t;
    });
    private final H2Journal journal;
    private final PrinterSimulator printer;
    private final EscPosPrinter printerDriver;
    private final ScriptedAcceptor acceptor;
    private final SessionFlow flow;

    public RealTimeKiosk(Path dir) {
        journal = H2Journal.open(JournalLocation.in(dir), FlowHarness.CONFIG.kioskId(), "test", Clock.systemUTC());
        InMemorySerialLine printerLine = new InMemorySerialLine();
        printer = PrinterSimulator.start(printerLine.device(), FlowHarness.PRINTER_PROFILE,
                SimulatorOptions.like(FlowHarness.PRINTER_PROFILE).unpaced().instantPrint());
        printerDriver = new EscPosPrinter(printerLine.host(), new EscPosJobEncoder(FlowHarness.PRINTER_PROFILE, new TextRasterizer(FONTS)));
        ReceiptPrinting printing = new ReceiptPrinting(journal, new ReceiptFactory(FlowHarness.CONFIG), new ReceiptLayout(), printerDriver);
        acceptor = new ScriptedAcceptor(new JournalNoteLedger(journal));
        FlowPorts ports = new FlowPorts(journal, acceptor, printing, new FakeConfirmer(journal), () -> FlowHarness.online(Yen.of(100_000)),
                FlowHarness.SETUP::catalog);
        flow = new SessionFlow(ports, FlowHarness.settingsFrom(FlowHarness.CONFIG), flowThread, flowThread, background);
        acceptor.connect(flow.acceptorListener());
    }

    @Override
    public SessionFlow flow() {
        return flow;
    }

    @Override
    public void insertNote(Denomination note) {
        flowThread.execute(() -> acceptor.insert(note));
    }

    @Override
    public void close() {
        flowThread.close();
        background.shutdownNow();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        printerDriver.close();
        printer.close();
        journal.close();
    }
}
