package jp.konbini.device.acceptor.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.serial.JSerialCommLink;
import jp.konbini.device.serial.SerialPortSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sim acceptor} as a technician runs it: a child JVM that prints its port on the first
 * line, a host on that port through jSerialComm, and commands on the child's stdin answered with
 * one JSON line each.
 */
class SimAcceptorCommandTest {

    private final ObjectMapper json = new ObjectMapper();
    private Process child;
    private BufferedReader out;
    private Writer in;

    @TempDir
    Path dir;

    @AfterEach
    void stopChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aConversationOverThePortDrivenFromStdin() throws Exception {
        Path link = dir.resolve("kiosk-acceptor");
        String path = start("--timings", "fast", "--seed", "5", "--link", link.toString(), "--codes", "1000=0x65");
        assertEquals(link.toString(), path, "the first line is the port path");
        try (TestHost host = open(path)) {
            host.resetAndEnable();
            assertTrue(command("insert 1000").get("ok").asBoolean());
            assertEquals(Id003Status.ESCROW.frame(0x65), TestHost.last(host.pollUntil(Id003Status.ESCROW)), "--codes applied");
            host.request(Id003Command.STACK_1);
            host.pollUntil(Id003Status.VEND_VALID);
            host.send(Id003Command.ACK.frame());
            host.pollUntil(Id003Status.IDLING);
            JsonNode cashbox = command("cashbox");
            assertEquals("[1000]", cashbox.get("notes").toString());
            assertEquals(1000, cashbox.get("total").asInt());

            assertTrue(command("echo on").get("echo").asBoolean());
            host.discard();
            host.send(Id003Command.STATUS_REQUEST.frame());
            assertEquals("FC 05 11 27 56 FC 05 11 27 56", TestHost.HEX.formatHex(host.readBytes(10, Duration.ofSeconds(3))),
                    "the echoed poll, then the IDLING reply: same bytes");
            command("echo off");

            command("jam");
            command("insert 1000");
            host.pollUntil(Id003Status.JAM_IN_ACCEPTOR);
            command("clear-jam");
            command("open-stacker");
            host.pollUntil(Id003Status.STACKER_OPEN);
            command("close-stacker");
            host.pollUntil(Id003Status.IDLING);
            command("reject 0x72");
            assertEquals(Id003Status.REJECTING.frame(0x72), TestHost.last(host.pollUntil(Id003Status.REJECTING)));
            host.pollUntil(Id003Status.IDLING);
            assertTrue(command("power-cycle 0").get("ok").asBoolean());
            assertEquals(Id003Status.POWER_UP.frame(), host.poll());

            JsonNode status = command("status");
            assertEquals("POWER_UP", status.get("state").get("status").asText());
            assertEquals(5, status.get("seed").asInt());
            JsonNode truth = command("truth");
            assertEquals(3, truth.get("outcomes").size(), truth.toString());
            assertEquals(1, truth.get("vendValidsAcked").asInt());
            assertTrue(!command("fly").get("ok").asBoolean(), "an unknown command is answered, not fatal");
        }
        assertEquals(link.toString(), command("replug").get("port").asText());
        try (TestHost host = open(path)) {
            assertEquals(Id003Status.POWER_UP.frame(), host.poll(), "a new terminal under the same name, same unit");
        }
        assertTrue(command("quit").get("ok").asBoolean());
        assertTrue(child.waitFor(20, TimeUnit.SECONDS), "quit ends it");
        assertEquals(0, child.exitValue());
        assertTrue(Files.notExists(link), "the stable name is cleaned up");
    }

    @Test
    void theEndOfStdinEndsItCleanly() throws Exception {
        String path = start("--timings", "fast");
        assertTrue(path.startsWith("/dev/pts/"), path);
        in.close();
        assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        assertEquals(0, child.exitValue());
    }

    private String start(String... options) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the product's classpath: main classes and dependencies, not the tests' logging set-up (which writes to stdout)
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", classPath, "jp.konbini.app.Main", "sim", "acceptor"));
        command.addAll(List.of(options));
        child = new ProcessBuilder(command).redirectError(dir.resolve("stderr.txt").toFile()).start();
        out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        in = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8);
        String first = out.readLine();
        assertNotNull(first, "no port path; stderr: " + Files.readString(dir.resolve("stderr.txt")));
        return first;
    }

    private JsonNode command(String line) throws IOException {
        in.write(line + "\n");
        in.flush();
        String answer = out.readLine();
        assertNotNull(answer, "no answer to " + line);
        return json.readTree(answer);
    }

    private static TestHost open(String path) {
        return new TestHost(JSerialCommLink.open(SerialPortSpec.of(path), TestHost.ID003_LINE));
    }
}
