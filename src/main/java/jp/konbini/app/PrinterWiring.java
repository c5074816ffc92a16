package jp.konbini.app;

import java.nio.file.Files;
import java.nio.file.Path;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.printer.escpos.EscPosJobEncoder;
import jp.konbini.device.printer.escpos.EscPosPrinter;
import jp.konbini.device.printer.escpos.TextRasterizer;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.support.fonts.AwtFonts;
import picocli.CommandLine;

/** Builds the receipt printer stack from a port and a profile (composition root helpers). */
final class PrinterWiring {

    /** The profile a command uses when none is given: the Epson TM-T88 Japanese model. */
    static final Path DEFAULT_PROFILE = Path.of("drivers/epson-tm-t88-jp.properties");

    private PrinterWiring() {
    }

    static CapabilityProfile profile(Path file) {
        return CapabilityProfiles.load(file);
    }

    /**
     * Opens the printer on {@code port}; a path that does not exist is a bad argument (exit 2).
     */
    static EscPosPrinter open(CommandLine cli, String port, CapabilityProfile profile, AwtFonts fonts) {
        if (!Files.exists(Path.of(port))) {
            throw new CommandLine.ParameterException(cli, "no serial port at " + port);
        }
        return new EscPosPrinter(JSerialCommLink.open(SerialPortSpec.of(port), profile.line()),
                new EscPosJobEncoder(profile, new TextRasterizer(fonts)));
    }
}
