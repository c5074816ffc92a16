package jp.konbini.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The central server in a process of its own, started from this same jar, with one kiosk
 * registered: so that a benchmark of the kiosk measures the kiosk's process alone, as in a store,
 * where the server is far away.
 */
final class CentralProcess implements AutoCloseable {

    private final Process process;
    private final URI url;
    private final Path secretFile;

    private CentralProcess(Process process, URI url, Path secretFile) {
        this.process = process;
        this.url = url;
        this.secretFile = secretFile;
    }

    /** The jar this code runs from, if it runs from one (not from a classes directory in a test). */
    static Optional<Path> ownJar() {
        try {
            Path p = Path.of(CentralProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }

    static CentralProcess start(Path jar, Path dir, String kioskId) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        String db = "jdbc:h2:file:" + dir.resolve("central").toAbsolutePath();
        Path secret = dir.resolve("kiosk.secret");
        Process register = new ProcessBuilder(java(jar, "central", "register-kiosk", "--db", db, "--kiosk-id", kioskId,
                "--secret-out", secret.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("register.log").toFile()).start();
        if (!register.waitFor(60, TimeUnit.SECONDS) || register.exitValue() != 0) {
            throw new IOException("central register-kiosk failed: " + Files.readString(dir.resolve("register.log")));
        }
        Process server = new ProcessBuilder(java(jar, "central", "--db", db, "--port", "0", "--open-lines"))
                .redirectError(dir.resolve("central.log").toFile()).start();
        String ready = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
        int at = ready == null ? -1 : ready.indexOf("http://");
        if (at < 0) {
            server.destroyForcibly();
            throw new IOException("central server did not start: " + ready + " " + Files.readString(dir.resolve("central.log")));
        }
        return new CentralProcess(server, URI.create(ready.substring(at, ready.indexOf('"', at))), secret);
    }

    private static List<String> java(Path jar, String... args) {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    URI url() {
        return url;
    }

    Path secretFile() {
        return secretFile;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
