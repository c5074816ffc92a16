package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sim acceptor}'s arguments: listed in the help, refused with exit 2 and a message when wrong (before any port is made). */
class SimCommandTest {

    @Test
    void theHelpListsTheSimulator() {
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().contains("sim"), top.out());
        CliRun sim = CliRun.of("sim", "--help");
        assertEquals(0, sim.exitCode());
        assertTrue(sim.out().contains("acceptor"), sim.out());
        CliRun acceptor = CliRun.of("sim", "acceptor", "--help");
        assertEquals(0, acceptor.exitCode());
        assertTrue(acceptor.out().contains("--codes") && acceptor.out().contains("first line"), acceptor.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--codes 500=0x61              | no ¥500 note",
        "--codes 1000=0x62             | escrow code 0x62 given to two notes",
        "--codes 1000=sixty-one        | not an escrow code",
        "--codes 1000=0x65 --currency eur | --codes applies to the yen table",
        "--currency usd                | --currency is jpy or eur",
        "--timings slow                | --timings is realistic or fast",
        "--reject-rate 1.5             | must be a probability",
        "--stacked-skip -0.1           | must be a probability",
        "--fault-rate 2                | must be a probability",
        "--capacity 0                  | at least one note",
        "--escrow-timeout 10x          | not a duration",
        "--escrow-timeout 0            | must be positive",
        "--bad-crc sometimes           | unknown bad-CRC policy",
        "--seed pi                     | Invalid value",
        "--frobnicate                  | Unknown option",
    })
    void badArgumentsExitTwoWithAMessage(String arguments, String message) {
        String[] args = ("sim acceptor " + arguments.trim()).split("\\s+");
        CliRun run = CliRun.of(args);
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains(message), run.err());
        assertEquals("", run.out(), "no port was printed");
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        SimCommand.DurationConverter converter = new SimCommand.DurationConverter();
        assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
        assertEquals(Duration.ofMillis(1500), converter.convert("1.5s"));
        assertEquals(Duration.ofMinutes(1), converter.convert("1m"));
        assertEquals(Duration.ZERO, converter.convert("0"));
    }
}
