package jp.konbini.device.acceptor.sim;

import static jp.konbini.device.acceptor.sim.TestHost.HEX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003FrameReader;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.acceptor.sim.SimFixture.Transport;
import jp.konbini.device.serial.InMemorySerialLine;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialLinkException;
import jp.konbini.device.serial.SerialPortSpec;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The line between host and unit: damaged replies, echo, bad host frames, one frame in flight, unplug and replug (reference §6.1). */
class LinkFaultsTest {

    private static final byte[] POWER_UP = Id003Status.POWER_UP.frame().encode();
    private static final byte[] POLL = Id003Command.STATUS_REQUEST.frame().encode();
    private static final Duration QUIET = Duration.ofMillis(250);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aCorruptedReplyFailsItsCrcAndTheNextIsClean(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, SimulatorSettings.fast())) {
            f.sim.linkFaults().once(ReplyFault.CORRUPT);
            byte[] reply = f.host.exchangeBytes(Id003Command.STATUS_REQUEST.frame());
            assertEquals(5, reply.length, HEX.formatHex(reply));
            assertEquals(1, differingBits(POWER_UP, reply), "one bit flipped: " + HEX.formatHex(reply));
            assertThrows(IllegalArgumentException.class, () -> Id003Frame.decode(reply));
            assertArrayEquals(POWER_UP, f.host.exchangeBytes(Id003Command.STATUS_REQUEST.frame()));
        }
    }

    @Test
    void aDroppedReplyHidesThatTheUnitActed() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast().withTimings(SimTimings.fast().withStacking(Duration.ofSeconds(2))))) {
            f.host.resetAndEnable();
            f.sim.insert(Yen.of(1000));
            f.host.pollUntil(Id003Status.ESCROW);
            f.sim.linkFaults().once(ReplyFault.DROP);
            assertEquals(Optional.empty(), f.host.exchange(Id003Command.STACK_1.frame(), QUIET), "no ACK came");
            assertEquals(Id003Status.STACKING.frame(), f.host.poll(), "but the note is being stacked");
            assertEquals(Id003Status.INVALID_COMMAND.frame(), f.host.request(Id003Command.STACK_1), "a retried STACK is refused");
        }
    }

    @Test
    void garbageBeforeTheSync() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            for (int i = 0; i < 5; i++) {
                f.sim.linkFaults().once(ReplyFault.GARBAGE);
                f.host.send(POLL);
                byte[] got = f.host.readFor(QUIET);
                int garbage = got.length - POWER_UP.length;
                assertTrue(garbage >= 1 && garbage <= 8, HEX.formatHex(got));
                for (int b = 0; b < garbage; b++) {
                    assertTrue((got[b] & 0xFF) != 0xFC, "garbage is never SYNC: " + HEX.formatHex(got));
                }
                assertArrayEquals(POWER_UP, Arrays.copyOfRange(got, garbage, got.length));
                Id003FrameReader reader = new Id003FrameReader();
                reader.feed(got, 0, got.length);
                assertEquals(Optional.of(Id003Status.POWER_UP.frame()), reader.next(), "a re-synchronising reader finds the frame");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void aReplySplitAcrossWritesWithAGap(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, SimulatorSettings.fast())) {
            f.sim.linkFaults().splitGap(Duration.ofMillis(300));
            f.sim.linkFaults().once(ReplyFault.SPLIT);
            f.host.send(POLL);
            byte[] first = f.host.readFor(Duration.ofMillis(150));
            assertTrue(first.length >= 1 && first.length < POWER_UP.length, "only the first piece so far: " + HEX.formatHex(first));
            byte[] rest = f.host.readBytes(POWER_UP.length - first.length, Duration.ofSeconds(3));
            byte[] all = Arrays.copyOf(first, first.length + rest.length);
            System.arraycopy(rest, 0, all, first.length, rest.length);
            assertArrayEquals(POWER_UP, all);
        }
    }

    @Test
    void aHeldBackReplyArrivesJoinedToTheNextOneInOneWrite() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, longInitialize())) {
            f.host.request(Id003Command.RESET);
            f.sim.linkFaults().once(ReplyFault.JOIN);
            assertEquals(Optional.empty(), f.host.exchange(Id003Command.GET_INHIBIT.frame(), QUIET));
            f.host.send(POLL);
            byte[] buffer = new byte[64];
            int n = f.host.link().read(buffer, 0, buffer.length, Duration.ofSeconds(2));
            byte[] expected = concat(Id003Frame.of(0x83, 0x01).encode(), Id003Status.INITIALIZE.frame().encode());
            assertEquals(HEX.formatHex(expected), HEX.formatHex(buffer, 0, n), "the late reply and the new one, one read");
            assertTrue(f.sim.protocolViolations().isEmpty(), "the host waited; no violation");
        }
    }

    @Test
    void aTruncatedReply() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.sim.linkFaults().once(ReplyFault.TRUNCATE);
            f.host.send(POLL);
            byte[] got = f.host.readFor(QUIET);
            assertTrue(got.length >= 1 && got.length < POWER_UP.length, HEX.formatHex(got));
            assertArrayEquals(Arrays.copyOf(POWER_UP, got.length), got);
            assertArrayEquals(POWER_UP, f.host.exchangeBytes(Id003Command.STATUS_REQUEST.frame()));
        }
    }

    @Test
    void aSlowReplyAndAnImpatientHostMakeAProtocolViolation() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.sim.linkFaults().slowDelay(Duration.ofMillis(500));
            f.sim.linkFaults().once(ReplyFault.SLOW);
            f.host.send(POLL);
            assertEquals(0, f.host.readFor(Duration.ofMillis(100)).length, "not yet");
            f.host.send(POLL);
            assertArrayEquals(POWER_UP, f.host.readBytes(POWER_UP.length, Duration.ofSeconds(3)), "the late reply to the first poll");
            assertEquals(0, f.host.readFor(QUIET).length, "the second poll was dropped, not answered");
            List<SimEvent> violations = f.sim.protocolViolations();
            assertEquals(1, violations.size(), violations.toString());
            assertTrue(violations.get(0).detail().contains("before the reply"), violations.toString());
        }
    }

    @Test
    void configuredReplyLatencyIsObserved() throws Exception {
        SimulatorSettings slow = SimulatorSettings.fast().withTimings(SimTimings.fast().withReplyLatency(Duration.ofMillis(150), Duration.ofMillis(50)));
        try (SimFixture f = SimFixture.start(Transport.MEMORY, slow)) {
            f.host.send(POLL);
            assertEquals(0, f.host.readFor(Duration.ofMillis(60)).length, "not before the latency");
            assertArrayEquals(POWER_UP, f.host.readBytes(5, Duration.ofSeconds(3)));
            f.host.send(POLL);
            TestHost.sleep(40);
            f.host.send(POLL);
            f.host.readBytes(5, Duration.ofSeconds(3));
            assertEquals(1, f.sim.protocolViolations().size(), "a frame while a reply is still owed");
        }
    }

    @Test
    void twoHostFramesInOneWriteGetOneReplyAndAViolation() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.send(concat(POLL, POLL));
            assertArrayEquals(POWER_UP, f.host.readFor(QUIET));
            assertEquals(1, f.sim.protocolViolations().size());
            f.host.send(concat(Id003Command.ACK.frame().encode(), POLL));
            assertArrayEquals(POWER_UP, f.host.readFor(QUIET), "an ACK wants no reply, so a frame right after it is fine");
            assertEquals(1, f.sim.protocolViolations().size());
        }
    }

    @ParameterizedTest
    @EnumSource(Transport.class)
    void anEchoingLineCopiesEveryHostByteBeforeTheReply(Transport transport) throws Exception {
        try (SimFixture f = SimFixture.start(transport, SimulatorSettings.fast())) {
            f.sim.linkFaults().echo(true);
            byte[] reset = Id003Command.RESET.frame().encode();
            f.host.send(reset);
            assertEquals("FC 05 40 2B 15 FC 05 50 AA 05", HEX.formatHex(f.host.readBytes(10, Duration.ofSeconds(2))),
                    "the echoed RESET is byte-identical to POWER UP, then the real ACK (J9)");
            f.host.send(POLL);
            byte[] got = f.host.readBytes(10, Duration.ofSeconds(2));
            assertEquals("FC 05 11 27 56 FC 05 1B 7D F9", HEX.formatHex(got), "an echoed poll reads as IDLING, then INITIALIZE");
            f.host.send(Id003Command.ACK.frame().encode());
            assertEquals("FC 05 50 AA 05", HEX.formatHex(f.host.readFor(QUIET)), "the host's ACK: echo only");
            f.host.send(new byte[] {0x00, 0x13});
            assertEquals("00 13", HEX.formatHex(f.host.readFor(QUIET)), "garbage is echoed too");
            f.sim.linkFaults().echo(false);
            f.host.send(POLL);
            byte[] clean = f.host.readFor(QUIET);
            assertEquals(5, clean.length, "echo off: the reply alone, " + HEX.formatHex(clean));
            assertTrue(List.of(Id003Status.INITIALIZE.frame(), Id003Status.DISABLED.frame()).contains(Id003Frame.decode(clean)));
        }
    }

    @ParameterizedTest
    @EnumSource(BadCrcPolicy.class)
    void aHostFrameWithABadCrc(BadCrcPolicy policy) throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.sim.linkFaults().badCrcPolicy(policy);
            f.host.send(TestHost.HEX.parseHex("FC 05 11 27 57"));
            byte[] got = f.host.readFor(QUIET);
            switch (policy) {
                case NO_REPLY -> assertEquals("", HEX.formatHex(got));
                case COMMUNICATION_ERROR -> assertEquals(HEX.formatHex(Id003Status.COMMUNICATION_ERROR.frame().encode()), HEX.formatHex(got));
                case REPLY_ANYWAY -> assertEquals(HEX.formatHex(POWER_UP), HEX.formatHex(got), "the poll acted upon");
            }
            assertEquals(1, f.sim.events().ofType(SimEvent.Type.BAD_HOST_FRAME).size());
            assertArrayEquals(POWER_UP, f.host.exchangeBytes(Id003Command.STATUS_REQUEST.frame()), "a good frame after it is answered");
        }
    }

    @Test
    void replyAnywayActsOnACorruptedReset() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, longInitialize())) {
            f.sim.linkFaults().badCrcPolicy(BadCrcPolicy.REPLY_ANYWAY);
            f.host.send(TestHost.HEX.parseHex("FC 05 40 2B 16"));
            assertEquals("FC 05 50 AA 05", HEX.formatHex(f.host.readFor(QUIET)));
            assertEquals(Id003Status.INITIALIZE.frame(), f.host.poll());
        }
    }

    @Test
    void hostFramesSplitOrPrecededByGarbageAreReassembledAndAnAbandonedPartIsDropped() throws Exception {
        try (SimFixture f = SimFixture.start(Transport.MEMORY, SimulatorSettings.fast())) {
            f.host.send(TestHost.HEX.parseHex("00 FF 13 FC 05"));
            TestHost.sleep(20);
            f.host.send(TestHost.HEX.parseHex("11 27 56"));
            assertArrayEquals(POWER_UP, f.host.readBytes(5, Duration.ofSeconds(2)));
            f.host.send(TestHost.HEX.parseHex("FC 05 11"));
            TestHost.sleep(400);
            f.host.send(POLL);
            assertArrayEquals(POWER_UP, f.host.readBytes(5, Duration.ofSeconds(2)), "the stale half-frame did not swallow the poll");
            assertEquals(1, f.sim.events().ofType(SimEvent.Type.PARTIAL_HOST_FRAME).size());
        }
    }

    @Test
    void aReplugUnderAStableNameKeepsTheUnitsStateForANewHostProcess() throws Exception {
        Path name = dir.resolve("kiosk-acceptor");
        AcceptorSimulator sim = new AcceptorSimulator("replug", SimulatorSettings.fast(), new SplittableRandom(1));
        try (PtyAcceptorSimulator port = PtyAcceptorSimulator.start(sim, Optional.of(name))) {
            assertEquals(name.toString(), port.portPath());
            assertTrue(Files.isSymbolicLink(name));
            String firstDevice = port.devicePath();
            try (TestHost host = new TestHost(JSerialCommLink.open(SerialPortSpec.of(name.toString()), TestHost.ID003_LINE))) {
                host.resetAndEnable();
                sim.insert(Yen.of(1000));
                host.pollUntil(Id003Status.ESCROW);
            }
            port.replug();
            assertTrue(!port.devicePath().equals(firstDevice) || Files.exists(name), "a new terminal under the same name");
            try (TestHost host = new TestHost(JSerialCommLink.open(SerialPortSpec.of(name.toString()), TestHost.ID003_LINE))) {
                assertEquals(Id003Status.ESCROW.frame(0x61), host.poll(), "the restarted host finds the note still in escrow");
                host.request(Id003Command.STACK_1);
                host.pollUntil(Id003Status.VEND_VALID);
                host.send(Id003Command.ACK.frame());
                host.pollUntil(Id003Status.IDLING);
            }
            assertEquals(List.of(Yen.of(1000)), sim.cashBox());

            port.replug(); // a pseudo-terminal opens with even parity only once (platform-notes §3)
            try (TestHost host = new TestHost(JSerialCommLink.open(SerialPortSpec.of(name.toString()), TestHost.ID003_LINE))) {
                port.unplug();
                assertThrows(SerialLinkException.class, () -> host.readFor(Duration.ofMillis(300)), "the port vanished under the host");
            }
        }
        assertTrue(Files.notExists(name), "the stable name is removed on close");
    }

    @Test
    void theUnitKeepsRunningWhileUnpluggedFromTheInMemoryLine() throws Exception {
        AcceptorSimulator sim = new AcceptorSimulator("unplugged", SimulatorSettings.fast()
                .withTimings(SimTimings.fast().withEscrowTimeout(Duration.ofMillis(300))), new SplittableRandom(2));
        InMemorySerialLine first = new InMemorySerialLine();
        sim.plugIn(first.device());
        sim.start();
        try (TestHost host = new TestHost(first.host())) {
            host.resetAndEnable();
            sim.insert(Yen.of(1000));
            host.pollUntil(Id003Status.ESCROW);
            long mark = sim.events().lastSeq();
            first.unplug();
            assertTrue(sim.events().await(mark, SimEvent.Type.LINK_LOST, Duration.ofSeconds(5)).isPresent());
            assertTrue(sim.events().await(mark, SimEvent.Type.NOTE_REJECTED, Duration.ofSeconds(5)).isPresent(), "escrow timed out meanwhile");
            InMemorySerialLine second = new InMemorySerialLine();
            sim.plugIn(second.device());
            try (TestHost again = new TestHost(second.host())) {
                assertEquals(Id003Status.IDLING.frame(), again.poll());
            }
        } finally {
            sim.close();
        }
    }

    private static SimulatorSettings longInitialize() {
        return SimulatorSettings.fast().withTimings(SimTimings.fast().withInitialize(Duration.ofSeconds(5)));
    }

    private static int differingBits(byte[] a, byte[] b) {
        int bits = 0;
        for (int i = 0; i < a.length; i++) {
            bits += Integer.bitCount((a[i] ^ b[i]) & 0xFF);
        }
        return bits;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
