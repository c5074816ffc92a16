package jp.konbini.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import jp.konbini.config.KioskSetup;
import jp.konbini.device.printer.PrintJob;
import jp.konbini.device.printer.PrintOutcome;
import jp.konbini.device.printer.PrinterProblem;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.domain.Language;
import jp.konbini.receipt.Receipt;
import jp.konbini.receipt.ReceiptLayout;
import jp.konbini.receipt.SampleReceipts;
import jp.konbini.receipt.pdf.PdfFonts;
import jp.konbini.receipt.pdf.PdfReceiptRenderer;
import jp.konbini.support.fonts.AwtFonts;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code printer-test}: a technician prints a sample receipt (marked as a test print) on the
 * printer at a port and learns whether the printer reports it printed.
 */
@Command(name = "printer-test", mixinStandardHelpOptions = true,
        description = {"Prints a sample receipt (marked TEST PRINT) and reports what the printer says.",
            "Exit 0 printed; 4 paper out, cover open, offline or error (reason on stderr); 3 no answer; 2 bad arguments."})
final class PrinterTestCommand implements Callable<Integer> {

    @Option(names = "--port", required = true, paramLabel = "PATH", description = "Serial port of the printer, e.g. /dev/kiosk-printer.")
    String port;

    @Option(names = "--lang", defaultValue = "ja", paramLabel = "LANG", description = "Language of the sample: ja, en, zh-Hans, zh-Hant or ko (default ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--pdf", paramLabel = "FILE", description = "Also write the sample as a PDF.")
    Path pdf;

    @Option(names = "--config", defaultValue = "kiosk-config", paramLabel = "DIR", description = "Kiosk configuration: issuer, store, product, printer profile (default ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--profile", paramLabel = "FILE", description = "Printer profile (default: printer.profile of the configuration).")
    Path profileFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language language = Language.fromTag(lang).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                "--lang must be one of ja, en, zh-Hans, zh-Hant, ko; got '" + lang + "'"));
        KioskSetup setup = KioskSetup.load(config);
        CapabilityProfile profile = PrinterWiring.profile(profileFile != null ? profileFile : setup.config().printer().profile());
        Receipt sample = SampleReceipts.sale(setup.config(), setup.catalog().products().get(0), language, Instant.now());
        PrintJob job = new ReceiptLayout().layout(sample);
        Map<String, Object> result = new LinkedHashMap<>();
        if (pdf != null) {
            try (PdfFonts fonts = PdfFonts.load()) {
                Files.write(pdf, new PdfReceiptRenderer(fonts).render(job));
            }
            result.put("pdf", pdf.toString());
        }
        try (EscPosPrinter printer = PrinterWiring.open(spec.commandLine(), port, profile, AwtFonts.load())) {
            result.put("printer", printer.name());
            result.put("bytes", printer.encode(job).size());
            PrintOutcome outcome = printer.print(job);
            if (outcome instanceof PrintOutcome.Printed p) {
                result.put("result", "printed");
                result.put("paperNearEnd", p.after().paperNearEnd());
                if (p.after().paperNearEnd()) {
                    spec.commandLine().getErr().println("warning: paper near end");
                }
                new JsonOutput(spec.commandLine().getOut()).line(result);
                return ExitCodes.OK;
            }
            PrintOutcome.Failed f = (PrintOutcome.Failed) outcome;
            result.put("result", "failed");
            result.put("problem", f.problem().name());
            new JsonOutput(spec.commandLine().getOut()).line(result);
            spec.commandLine().getErr().println("printer-test: " + f.problem().describe() + " (" + f.detail() + ")");
            return f.problem() == PrinterProblem.NOT_ANSWERING ? ExitCodes.NO_ANSWER : ExitCodes.DEVICE_FAULT;
        }
    }
}
