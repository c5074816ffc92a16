package jp.konbini.device.printer.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import jp.konbini.device.printer.Align;
import jp.konbini.device.printer.escpos.CapabilityProfile;
import jp.konbini.device.printer.escpos.CapabilityProfiles;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.device.serial.SerialLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simulator on its own, driven byte by byte over an in-memory line. */
class PrinterSimulatorTest {

    static final CapabilityProfile PROFILE = CapabilityProfiles.load(Path.of("drivers/epson-tm-t88-jp.properties"));

    private final InMemorySerialLine line = new InMemorySerialLine();
    private PrinterSimulator sim;

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    /** Reads exactly {@code n} bytes the printer sent. */
    private static byte[] read(SerialLink host, int n) {
        byte[] out = new byte[n];
        int got = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (got < n && System.nanoTime() < deadline) {
            got += host.read(out, got, n - got, Duration.ofMillis(100));
        }
        assertEquals(n, got, "the printer did not answer");
        return out;
    }

    @Test
    void statusRepliesFollowTheReferenceTable() {
        sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced());
        SerialLink host = line.host();
        byte[] all = hex("100401 100402 100403 100404");
        host.write(all);
        assertEquals("12121212", HexFormat.of().formatHex(read(host, 4)), "idle");
        sim.setPaperNearEnd(true);
        host.write(all);
        assertEquals("1212121e", HexFormat.of().formatHex(read(host, 4)), "near end");
        sim.paperOut();
        host.write(all);
        assertEquals("1a32127e", HexFormat.of().formatHex(read(host, 4)), "paper out with a near-end sensor: 1A 32 .. 7E");
        sim.reloadPaper();
        sim.setCoverOpen(true);
        host.write(all);
        assertEquals("1a161212", HexFormat.of().formatHex(read(host, 4)), "cover open");
    }

    @Test
    void textIsDecodedAsShiftJisWithStyleAndAlignment() throws Exception {
        sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced().instantPrint());
        line.host().write(hex("1B40 1B5208 1B7401 1C4301 1C26 1B6101 1B4501 1D2111 97CC8EFB8F91 0A 1B6100 1B4500 1D2100 8D878C76205C312C303030 0A"
                + " B1B2 0A 1D564200"));
        PrintedReceipt r = sim.paper().awaitReceipts(1, Duration.ofSeconds(5)).get(0);
        List<PaperItem.TextLine> lines = r.textLines();
        assertEquals("領収書", lines.get(0).text());
        assertEquals(Align.CENTER, lines.get(0).align());
        assertEquals(new Span("領収書", true, 2, 2), lines.get(0).spans().get(0));
        assertEquals("合計 ¥1,000", lines.get(1).text());
        assertEquals(Align.LEFT, lines.get(1).align());
        assertEquals("ｱｲ", lines.get(2).text());
        assertEquals(new PaperItem.Cut(true, true), r.items().get(r.items().size() - 1));
        assertEquals(List.of(), sim.problems());
    }

    @Test
    void justificationOrACutInTheMiddleOfALineIsAProblem() throws Exception {
        sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced().instantPrint());
        line.host().write(hex("1B40 41 1B6101 42 1D564200 0A 1D564200"));
        sim.paper().awaitReceipts(1, Duration.ofSeconds(5));
        assertEquals(2, sim.problems().size(), sim.problems().toString());
    }

    @Test
    void aStatusRequestInsideImageDataIsAnsweredAndTheImageIsIntact() throws Exception {
        sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced().instantPrint());
        // A 16x2 band whose data happens to contain 10 04 01: the printer answers it as it arrives.
        line.host().write(hex("1D763000 0200 0200 100401FF 1D564200"));
        assertEquals(0x12, read(line.host(), 1)[0], "an unsolicited status byte, as real printers send");
        PrintedReceipt r = sim.paper().awaitReceipts(1, Duration.ofSeconds(5)).get(0);
        PaperItem.Raster band = r.rasters().get(0);
        assertEquals(16, band.image().width());
        assertTrue(band.image().isDark(3, 0) && band.image().isDark(13, 0) && band.image().isDark(7, 1) && band.image().isDark(15, 1)
                && !band.image().isDark(0, 0) && !band.image().isDark(6, 1), "the image bytes are as sent");
    }

    @Test
    void clearingTheBuffersDropsWhatWasWaitingAndIsConfirmed() throws Exception {
        sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced().instantPrint());
        sim.paperOut();
        line.host().write(hex("1B40 41 0A 42 0A"));
        line.host().write(hex("1014 0801 0314 0106 0208"));
        assertEquals("372500", HexFormat.of().formatHex(read(line.host(), 3)));
        sim.reloadPaper();
        line.host().write(hex("43 0A 1D564200"));
        PrintedReceipt r = sim.paper().awaitReceipts(1, Duration.ofSeconds(5)).get(0);
        assertEquals(List.of("C"), r.textLines().stream().map(PaperItem.TextLine::text).toList());
    }

    @Test
    void aSlowHeadAndASmallBufferHoldTheLineWithXoffAndLoseNothing() throws Exception {
        // 256-byte buffer, a head at 200 mm/s: 40 lines of 30 bytes cannot all fit, XOFF must hold the rest.
        sim = PrinterSimulator.start(line.device(), PROFILE, SimulatorOptions.like(PROFILE).unpaced().withReceiveBuffer(256).withPrintSpeed(2000));
        StringBuilder job = new StringBuilder("1B40");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = String.format("line %02d abcdefghijklmnopqrstuvw", i);
            expected.add(text);
            job.append(HexFormat.of().formatHex(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII))).append("0A");
        }
        job.append("1D564200");
        line.host().write(hex(job.toString()));
        boolean sawXoff = false;
        byte[] one = new byte[1];
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!sawXoff && System.nanoTime() < deadline) {
            if (line.host().read(one, 0, 1, Duration.ofMillis(50)) == 1 && one[0] == 0x13) {
                sawXoff = true;
            }
        }
        assertTrue(sawXoff, "the printer said XOFF when its buffer filled");
        PrintedReceipt r = sim.paper().awaitReceipts(1, Duration.ofSeconds(20)).get(0);
        assertEquals(expected, r.textLines().stream().map(PaperItem.TextLine::text).toList());
        assertEquals(0, sim.droppedBytes());
    }
}
