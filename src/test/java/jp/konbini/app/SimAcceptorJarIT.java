package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The acceptor simulator from the shaded jar, as a technician starts it. */
class SimAcceptorJarIT {

    private static final Path JAR = Path.of(System.getProperty("konbini.jar", "target/konbini-kiosk.jar"));

    @Test
    void itPrintsItsPortThenAnswersStdinUntilQuit() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", JAR.toString(), "sim", "acceptor", "--timings", "fast", "--seed", "1")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
            String port = out.readLine();
            assertTrue(port != null && port.startsWith("/dev/pts/"), "first line: " + port);
            in.write("insert 1000\nstatus\nquit\n");
            in.flush();
            assertTrue(out.readLine().startsWith("{\"ok\":true,\"command\":\"insert\""));
            assertTrue(out.readLine().contains("\"status\":\"POWER_UP\""));
            assertEquals("{\"ok\":true,\"command\":\"quit\"}", out.readLine());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue());
        } finally {
            p.destroyForcibly();
        }
    }
}
