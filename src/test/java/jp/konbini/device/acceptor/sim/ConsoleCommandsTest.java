package jp.konbini.device.acceptor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import jp.konbini.domain.money.Yen;
import org.junit.jupiter.api.Test;

/** The text command language: every command answers once, errors say why and change nothing. */
class ConsoleCommandsTest {

    private final AcceptorSimulator sim = new AcceptorSimulator("console", SimulatorSettings.fast(), new SplittableRandom(1));
    private final AtomicInteger unplugs = new AtomicInteger();
    private final AtomicInteger replugs = new AtomicInteger();
    private final PortControl port = new PortControl() {
        @Override
        public String portPath() {
            return "/dev/kiosk-acceptor";
        }

        @Override
        public void unplug() {
            unplugs.incrementAndGet();
        }

        @Override
        public void replug() {
            replugs.incrementAndGet();
        }
    };
    private final ConsoleCommands console = new ConsoleCommands(sim, Optional.of(port), Map.of("seed", 1L));

    private Map<String, Object> ok(String line) {
        ConsoleCommands.Reply reply = console.execute(line);
        assertEquals(true, reply.body().get("ok"), line + " -> " + reply.body());
        assertFalse(reply.quit());
        return reply.body();
    }

    private String error(String line) {
        Map<String, Object> body = console.execute(line).body();
        assertEquals(false, body.get("ok"), line + " -> " + body);
        return (String) body.get("error");
    }

    @Test
    void customerCommandsQueueNotes() {
        assertEquals(List.of(1L, 2L), ok("insert 1000 2").get("notes"));
        ok("insert ¥10,000");
        ok("insert-code 0x6A");
        ok("reject 0x72");
        assertEquals(5, sim.state().queued());
        assertTrue(error("insert 500").contains("no note of ¥500"));
        assertTrue(error("reject 0x70").contains("unknown reject reason"));
        assertTrue(error("insert lots").contains("not an amount"));
        assertEquals(5, sim.state().queued(), "errors change nothing");
    }

    @Test
    void linkAndPortCommands() {
        ok("echo on");
        assertTrue(sim.linkFaults().echo());
        ok("echo off");
        ok("fault drop 3");
        ok("fault-rate corrupt 0.01");
        ok("fault-rate all 0.005");
        ok("bad-crc comm-error");
        assertEquals(BadCrcPolicy.COMMUNICATION_ERROR, sim.linkFaults().badCrcPolicy());
        ok("slow-delay 250");
        ok("split-gap 40");
        ok("faults-clear");
        assertEquals(BadCrcPolicy.NO_REPLY, sim.linkFaults().badCrcPolicy());
        assertTrue(error("fault wobble").contains("unknown fault"));
        assertTrue(error("fault-rate drop 1.5").contains("probability"));
        assertTrue(error("echo maybe").contains("on or off"));
        ok("unplug");
        assertEquals("/dev/kiosk-acceptor", ok("replug").get("port"));
        assertEquals(1, unplugs.get());
        assertEquals(1, replugs.get());
    }

    @Test
    void mechanicsPowerAndFaultCommands() {
        assertTrue(error("failure 0xA2").contains("on and reset"), "not before RESET");
        assertEquals(false, ok("jam").get("jammedNow"), "armed for the next note");
        assertEquals(false, ok("jam-stacker after").get("jammedNow"));
        assertEquals(false, ok("jam").get("jammedNow"), "arming twice is harmless");
        ok("open-stacker");
        assertTrue(error("open-stacker").contains("already out"));
        ok("close-stacker");
        assertEquals(0, ok("empty-stacker").get("taken"));
        ok("capacity 3");
        assertEquals(200L, ok("power-cycle").get("offMs"));
        assertTrue(error("power-off").contains("already off"), "still in its 200 ms off");
        ok("power-on");
        ok("power-off");
        ok("power-on stack-vend-valid");
        assertTrue(error("power-cycle 10 sideways").contains("unknown outcome"));
        assertTrue(error("clear-jam").contains("no jam"));
        assertTrue(error("second-note").contains("second note"));
        assertTrue(error("failure 0x01").contains("unknown failure code"));
        assertTrue(error("clear-fault").contains("no failure"));
    }

    @Test
    void viewsAndQuit() {
        ok("insert 1000");
        Map<String, Object> status = ok("status");
        assertEquals(1L, status.get("seed"));
        assertEquals("/dev/kiosk-acceptor", status.get("port"));
        @SuppressWarnings("unchecked")
        Map<String, Object> state = (Map<String, Object>) status.get("state");
        assertEquals("POWER_UP", state.get("status"));
        assertEquals(0, ok("cashbox").get("count"));
        assertEquals(0, ok("truth").get("vendValidsAcked"));
        assertFalse(((List<?>) ok("events 5").get("events")).isEmpty());
        assertEquals(List.of(), ok("violations").get("violations"));
        assertFalse(((List<?>) ok("help").get("commands")).isEmpty());
        assertTrue(error("fly").contains("unknown command"));
        ok("# a comment");
        assertTrue(console.execute("quit").quit());
        assertTrue(console.execute("EXIT").quit());
        assertEquals(Yen.ZERO, sim.cashBoxTotal());
    }

    @Test
    void withoutAPortTheCableCannotBePulled() {
        ConsoleCommands memory = new ConsoleCommands(sim, Optional.empty(), Map.of());
        assertTrue(((String) memory.execute("unplug").body().get("error")).contains("no port"));
    }
}
