package jp.konbini.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.sim.PaperRenderer;
import jp.konbini.device.printer.sim.PrintedReceipt;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.PseudoTerminal;
import jp.konbini.support.fonts.AwtFonts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sim printer}: an ESC/POS receipt printer simulator on a new pseudo-terminal. The first
 * line printed is the port path (for {@code printer-test --port}); then one JSON line per receipt
 * cut. Runs until stopped (Ctrl-C, SIGTERM) or until {@code --receipts} receipts have been cut.
 */
@Command(name = "printer", mixinStandardHelpOptions = true,
        description = "Simulated ESC/POS receipt printer on a new pseudo-terminal (port path on the first line).")
final class SimPrinterCommand implements Callable<Integer> {

    @Option(names = "--profile", paramLabel = "FILE", description = "Printer profile to behave like (default: drivers/epson-tm-t88-jp.properties).")
    Path profileFile = PrinterWiring.DEFAULT_PROFILE;

    @Option(names = "--link", paramLabel = "PATH", description = "Also make PATH a symbolic link to the port (a stable name, as udev gives one).")
    Path link;

    @Option(names = "--png-dir", paramLabel = "DIR", description = "Write each receipt cut as DIR/receipt-N.png.")
    Path pngDir;

    @Option(names = "--receipts", paramLabel = "N", description = "Stop after N receipts have been cut (default: run until stopped).")
    int receipts;

    @Option(names = "--paper-near-end", description = "Start with the paper near its end (prints; reported as a warning).")
    boolean nearEnd;

    @Option(names = "--paper-out", description = "Start without paper.")
    boolean paperOut;

    @Option(names = "--paper-out-after-lines", paramLabel = "N", description = "Run out of paper after N more lines (in the middle of a receipt).")
    Integer paperOutAfter;

    @Option(names = "--cover-open", description = "Start with the cover open.")
    boolean coverOpen;

    @Option(names = "--offline", description = "Start offline.")
    boolean offline;

    @Option(names = "--silent", description = "Take no bytes and answer nothing (a printer that is off).")
    boolean silent;

    @Option(names = "--instant", description = "Print instantly (only the line speed limits a job).")
    boolean instant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CapabilityProfile profile = PrinterWiring.profile(profileFile);
        SimulatorOptions options = SimulatorOptions.like(profile);
        if (instant) {
            options = options.instantPrint();
        }
        AwtFonts fonts = pngDir != null ? AwtFonts.load() : null;
        if (pngDir != null) {
            Files.createDirectories(pngDir);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try (PseudoTerminal pty = PseudoTerminal.create(); PrinterSimulator sim = PrinterSimulator.start(pty, profile, options)) {
            if (link != null) {
                pty.linkAs(link);
            }
            sim.setPaperNearEnd(nearEnd);
            if (paperOut) {
                sim.paperOut();
            }
            if (paperOutAfter != null) {
                sim.paperOutAfterLines(paperOutAfter);
            }
            sim.setCoverOpen(coverOpen);
            sim.setOffline(offline);
            sim.setAnswering(!silent);
            Thread hook = new Thread(stopped::countDown, "sim-printer-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            JsonOutput out = new JsonOutput(spec.commandLine().getOut());
            spec.commandLine().getOut().println(pty.devicePath());
            spec.commandLine().getOut().flush();
            int reported = 0;
            while (!stopped.await(100, TimeUnit.MILLISECONDS)) {
                List<PrintedReceipt> cut = sim.paper().receipts();
                for (; reported < cut.size(); reported++) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    PrintedReceipt r = cut.get(reported);
                    line.put("receipt", reported + 1);
                    line.put("textLines", r.textLines().size());
                    line.put("rasterBands", r.rasters().size());
                    line.put("qr", r.qrCodes().stream().map(q -> q.payload()).toList());
                    if (pngDir != null) {
                        Path png = pngDir.resolve("receipt-" + (reported + 1) + ".png");
                        new PaperRenderer(profile, fonts).writePng(r, png);
                        line.put("png", png.toString());
                    }
                    out.line(line);
                }
                if (receipts > 0 && reported >= receipts) {
                    break;
                }
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Stopped by a signal: the hook is running.
            }
            if (!sim.problems().isEmpty()) {
                spec.commandLine().getErr().println("ESC/POS problems seen: " + sim.problems());
            }
        }
        return ExitCodes.OK;
    }
}
