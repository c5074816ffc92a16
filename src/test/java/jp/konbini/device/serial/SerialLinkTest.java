package jp.konbini.device.serial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real bytes through jSerialComm on a fresh pseudo-terminal, and through the in-memory line. */
class SerialLinkTest {

    private static final LineSettings ID003_LINE = new LineSettings(9600, 8, LineSettings.Parity.EVEN,
            LineSettings.StopBits.ONE, LineSettings.FlowControl.NONE);
    private static final byte[] AWKWARD = {(byte) 0xFC, 0x00, (byte) 0xFF, 0x11, 0x13, 0x0D, 0x0A, 0x02, 0x03, 0x7F};

    @TempDir
    Path dir;

    @Test
    void bytesCrossAPseudoTerminalExactlyBothWays() {
        try (PseudoTerminal device = PseudoTerminal.create();
             JSerialCommLink host = JSerialCommLink.open(SerialPortSpec.of(device.devicePath()), ID003_LINE)) {
            host.write(AWKWARD);
            assertArrayEquals(AWKWARD, readExactly(device, AWKWARD.length));
            device.write(AWKWARD);
            assertArrayEquals(AWKWARD, readExactly(host, AWKWARD.length));
            assertEquals(0, host.read(new byte[8], 0, 8, Duration.ofMillis(50)), "nothing more arrived");
        }
    }

    @Test
    void discardingInputDropsWhatArrivedAndNeverWhatWasJustWritten() {
        try (PseudoTerminal device = PseudoTerminal.create();
             JSerialCommLink host = JSerialCommLink.open(SerialPortSpec.of(device.devicePath()), ID003_LINE)) {
            for (int i = 0; i < 20; i++) {
                device.write(new byte[] {9, 9, 9});
                assertArrayEquals(new byte[] {9}, readExactly(host, 1));
                host.write(AWKWARD);
                host.discardInput();
                assertArrayEquals(AWKWARD, readExactly(device, AWKWARD.length), "the bytes just written still go out (round " + i + ")");
                assertEquals(0, host.read(new byte[8], 0, 8, Duration.ofMillis(20)), "the stale input is gone");
            }
        }
    }

    @Test
    void aStableNameFollowsTheDeviceAcrossAReplug() {
        Path name = dir.resolve("kiosk-acceptor");
        try (PseudoTerminal first = PseudoTerminal.create()) {
            first.linkAs(name);
            try (JSerialCommLink host = JSerialCommLink.open(SerialPortSpec.of(name.toString()), ID003_LINE)) {
                host.write(new byte[] {1});
                assertArrayEquals(new byte[] {1}, readExactly(first, 1));
            }
        }
        try (PseudoTerminal second = PseudoTerminal.create()) {
            second.linkAs(name);
            try (JSerialCommLink host = JSerialCommLink.open(SerialPortSpec.of(name.toString()), ID003_LINE)) {
                host.write(new byte[] {2});
                assertArrayEquals(new byte[] {2}, readExactly(second, 1), "the even-parity line opens again on the new terminal");
            }
        }
    }

    @Test
    void closingTheDeviceEndLooksLikeAnUnplugToTheHost() {
        PseudoTerminal device = PseudoTerminal.create();
        try (JSerialCommLink host = JSerialCommLink.open(SerialPortSpec.of(device.devicePath()), ID003_LINE)) {
            device.close();
            assertThrows(SerialLinkException.class, () -> host.read(new byte[8], 0, 8, Duration.ofMillis(200)));
        }
    }

    @Test
    void aMissingPortIsAClearError() {
        SerialLinkException e = assertThrows(SerialLinkException.class,
                () -> JSerialCommLink.open(SerialPortSpec.of(dir.resolve("nothing-here").toString()), ID003_LINE));
        assertTrue(e.getMessage().contains("nothing-here"), e.getMessage());
    }

    @Test
    void theInMemoryLineCarriesBytesAndUnplugs() {
        InMemorySerialLine line = new InMemorySerialLine();
        line.host().write(AWKWARD);
        assertArrayEquals(AWKWARD, readExactly(line.device(), AWKWARD.length));
        line.device().write(new byte[] {5, 6});
        line.host().discardInput();
        assertEquals(0, line.host().read(new byte[4], 0, 4, Duration.ZERO));
        line.unplug();
        assertThrows(SerialLinkException.class, () -> line.host().read(new byte[4], 0, 4, Duration.ofMillis(10)));
        assertThrows(SerialLinkException.class, () -> line.device().write(new byte[] {1}));
    }

    @Test
    void wireTimeFollowsTheLineSettings() {
        assertEquals(11, ID003_LINE.bitsPerByte());
        assertEquals(5_729_166L, ID003_LINE.wireNanos(5), "a 5-byte ID-003 frame takes about 5.7 ms at 9600 8E1");
    }

    static byte[] readExactly(SerialLink link, int count) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64];
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (out.size() < count && System.nanoTime() < deadline) {
            int n = link.read(buffer, 0, Math.min(buffer.length, count - out.size()), Duration.ofMillis(100));
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
