package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, headless: the demo starts its simulators, central server, UI and control window and reaches the attract screen. */
class DemoJarIT {

    private static final Path JAR = Path.of(System.getProperty("konbini.jar", "target/konbini-kiosk.jar"));

    @TempDir
    Path dir;

    @Test
    void theDemoStartsAndServesCustomers() throws Exception {
        Process demo = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfazecast.jSerialComm.appid=konbini-it", "-jar", JAR.toString(), "demo", "--headless", "--data", dir.resolve("demo").toString()))
                .redirectError(dir.resolve("demo.err").toFile()).start();
        try {
            String ready = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(ready != null && ready.contains("\"ready\":true"),
                    ready + "\n" + Files.readString(dir.resolve("demo.err")));
            assertTrue(demo.isAlive(), "the demo keeps running until its window is closed");
        } finally {
            demo.destroy();
            assertTrue(demo.waitFor(60, TimeUnit.SECONDS));
        }
    }
}
