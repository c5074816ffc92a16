package jp.konbini.bench;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.konbini.config.KioskSetup;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.EncodedJob;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.device.printer.sim.PrinterSimulator;
import jp.konbini.device.printer.sim.SimulatorOptions;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.PseudoTerminal;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.domain.Language;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.SampleReceipts;
import jp.konbini.receipt.pdf.PdfFonts;
import jp.konbini.receipt.pdf.PdfReceiptRenderer;
import jp.konbini.support.fonts.AwtFonts;

/**
 * Receipt throughput and print time, measured in one run: PDF receipts per second once warm;
 * the ESC/POS bytes of the same receipt and their time on the wire at the profile's baud rate;
 * and the measured end-to-end print time through the whole stack (driver, jSerialComm, a
 * pseudo-terminal, the simulator paced at that baud rate with an instant print head, so the line
 * is the only physical limit). Software overhead is what the end-to-end time adds to the wire
 * time (status queries, polls between chunks, the process-ID round trip, thread hand-offs).
 */
public final class ReceiptBenchmark {

    private final KioskSetup setup;
    private final CapabilityProfile profile;
    private final Language language;
    private final int pdfReceipts;
    private final int pdfWarmUp;
    private final int prints;

    public ReceiptBenchmark(KioskSetup setup, CapabilityProfile profile, Language language, int pdfReceipts, int pdfWarmUp, int prints) {
        this.setup = setup;
        this.profile = profile;
        this.language = language;
        this.pdfReceipts = pdfReceipts;
        this.pdfWarmUp = pdfWarmUp;
        this.prints = prints;
    }

    public Map<String, Object> run() {
        PrintJob job = new ReceiptLayout().layout(SampleReceipts.sale(setup.config(), setup.catalog().products().get(0), language, Instant.now()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "receipt");
        result.put("language", language.tag());
        pdf(job, result);
        escPos(job, result);
        return result;
    }

    private void pdf(PrintJob job, Map<String, Object> result) {
        try (PdfFonts fonts = PdfFonts.load()) {
            PdfReceiptRenderer renderer = new PdfReceiptRenderer(fonts);
            int bytes = 0;
            for (int i = 0; i < pdfWarmUp; i++) {
                bytes = renderer.render(job).length;
            }
            long[] nanos = new long[pdfReceipts];
            long start = System.nanoTime();
            for (int i = 0; i < pdfReceipts; i++) {
                long t = System.nanoTime();
                renderer.render(job);
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            result.put("pdfReceiptsPerSecondWarm", round(pdfReceipts / seconds));
            result.put("pdfMsP50", round(nanos[nanos.length / 2] / 1e6));
            result.put("pdfMsP99", round(nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1e6));
            result.put("pdfBytes", bytes);
            result.put("pdfMeasured", pdfReceipts);
        }
    }

    private void escPos(PrintJob job, Map<String, Object> result) {
        AwtFonts fonts = AwtFonts.load();
        EscPosJobEncoder encoder = new EscPosJobEncoder(profile, new TextRasterizer(fonts));
        EncodedJob encoded = encoder.encode(job);
        long wireNanos = profile.line().wireNanos(encoded.size());
        result.put("profile", profile.id());
        result.put("line", profile.line().toString());
        result.put("escposBytesPerReceipt", encoded.size());
        result.put("rasterLines", encoded.rasterLines());
        result.put("wireMs", round(wireNanos / 1e6));
        long[] e2e = new long[prints];
        try (PseudoTerminal pty = PseudoTerminal.create();
             PrinterSimulator sim = PrinterSimulator.start(pty, profile, SimulatorOptions.like(profile).instantPrint());
             EscPosPrinter printer = new EscPosPrinter(JSerialCommLink.open(SerialPortSpec.of(pty.devicePath()), profile.line()), encoder)) {
            require(printer.print(job)); // warm-up: JIT, fonts, the first raster glyphs
            for (int i = 0; i < prints; i++) {
                long t = System.nanoTime();
                require(printer.print(job));
                e2e[i] = System.nanoTime() - t;
            }
            if (!sim.problems().isEmpty() || sim.droppedBytes() > 0) {
                throw new IllegalStateException("simulator saw problems " + sim.problems() + ", dropped " + sim.droppedBytes());
            }
        }
        Arrays.sort(e2e);
        long median = e2e[e2e.length / 2];
        result.put("endToEndMsMedian", round(median / 1e6));
        result.put("endToEndMsMin", round(e2e[0] / 1e6));
        result.put("endToEndMsMax", round(e2e[e2e.length - 1] / 1e6));
        result.put("prints", prints);
        result.put("softwareOverheadPercent", round((median - wireNanos) * 100.0 / wireNanos));
        result.put("targetOverheadPercent", 10);
        result.put("simulator", "pseudo-terminal via jSerialComm, paced at " + profile.line().baud() + " baud, instant print head");
    }

    private static void require(PrintOutcome outcome) {
        if (!outcome.printed()) {
            throw new IllegalStateException("benchmark print failed: " + outcome);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
