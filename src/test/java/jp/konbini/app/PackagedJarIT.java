package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar, as the README runs it: {@code java -jar target/konbini-kiosk.jar ...}. */
class PackagedJarIT {

    private static final Path JAR = Path.of(System.getProperty("konbini.jar", "target/konbini-kiosk.jar"));

    @TempDir
    Path dir;

    @Test
    void helpListsTheCommands() throws Exception {
        Result help = run("--help");
        assertEquals(0, help.code, help.err);
        assertTrue(help.out.contains("journal") && help.out.contains("bench"), help.out);
        Result version = run("--version");
        assertTrue(version.out.startsWith("konbini-kiosk 0."), version.out);
    }

    @Test
    void theJournalDemoRunsFromTheJarAndVerifies() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Path data = dir.resolve("data");
        Files.copy(Path.of("kiosk-config/catalog.json"), config.resolve("catalog.json"));
        Files.writeString(config.resolve("kiosk.properties"),
                Files.readString(Path.of("kiosk-config/kiosk.properties")).replace("data.dir=../data", "data.dir=" + data)
                .replace("drivers.dir=../drivers", "drivers.dir=" + Path.of("drivers").toAbsolutePath()));
        Result demo = run("journal", "demo", "--config", config.toString(), "--sessions", "3");
        assertEquals(0, demo.code, demo.err);
        assertTrue(demo.out.contains("{\"ok\":true,\"topUps\":3"), demo.out);
        Result verify = run("journal", "verify", "--data", data.toString());
        assertEquals(0, verify.code, verify.err);
        assertTrue(verify.out.startsWith("{\"ok\":true"), verify.out);
    }

    @Test
    void theCentralServerRunsFromTheJarOnItsOwnDatabase() throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("central/central");
        Result register = run("central", "register-kiosk", "--db", db, "--kiosk-id", "KSK-JAR-0001", "--secret-out", dir.resolve("k.secret").toString());
        assertEquals(0, register.code, register.err);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
                "central", "--db", db, "--port", "0"));
        Process server = new ProcessBuilder(command).redirectError(dir.resolve("central.err").toFile()).start();
        try {
            String ready = new java.io.BufferedReader(new java.io.InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertTrue(ready != null && ready.startsWith("{\"listening\":\"http://127.0.0.1:"), ready + " " + Files.readString(dir.resolve("central.err")));
            String url = ready.substring(ready.indexOf("http://"), ready.indexOf("/\"", ready.indexOf("http://")) + 1);
            java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "v1/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            assertEquals("{\"ok\":true}", health.body());
        } finally {
            server.destroy();
            assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        }
        Result export = run("central", "export", "--db", db, "--format", "jsonl");
        assertEquals(0, export.code, export.err);
        assertEquals("", export.out);
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
