package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import jp.konbini.wire.Heartbeat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * https trusts only the configured CA: a server whose certificate chains to it is reached; one
 * whose certificate is from another CA is refused, however valid. Certificates are made with the
 * JDK's keytool for each run.
 */
class PinnedTlsTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;

    private HttpsServer server;

    @BeforeEach
    void certificates() throws Exception {
        keytool("-genkeypair", "-alias", "ca", "-dname", "CN=Konbini Test CA", "-ext", "bc:c", "-keystore", "ca.p12");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.pem");
        keytool("-genkeypair", "-alias", "other", "-dname", "CN=Some Other CA", "-ext", "bc:c", "-keystore", "other.p12");
        keytool("-exportcert", "-rfc", "-alias", "other", "-keystore", "other.p12", "-file", "other.pem");
        keytool("-genkeypair", "-alias", "server", "-dname", "CN=localhost", "-keystore", "server.p12");
        keytool("-certreq", "-alias", "server", "-keystore", "server.p12", "-file", "server.csr");
        keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "server.csr", "-outfile", "server.pem", "-rfc",
                "-ext", "san=dns:localhost,ip:127.0.0.1");
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", "server.p12");
        keytool("-importcert", "-alias", "server", "-file", "server.pem", "-keystore", "server.p12");
    }

    @Test
    void onlyAServerCertifiedByThePinnedCaIsReached() throws Exception {
        startServer();
        URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
        client(url, PinnedTls.trusting(dir.resolve("ca.pem"))).heartbeat(heartbeat());

        CentralException refused = assertThrows(CentralException.class,
                () -> client(url, PinnedTls.trusting(dir.resolve("other.pem"))).heartbeat(heartbeat()));
        assertEquals(CentralException.Kind.UNREACHABLE, refused.kind());
        assertTrue(String.valueOf(refused.getCause()).contains("SSLHandshakeException"), String.valueOf(refused.getCause()));
        assertThrows(IllegalArgumentException.class, () -> new HttpCentralClient(url, "KSK-TLS-0001", new byte[32], Duration.ofSeconds(5),
                Optional.empty(), Clock.systemUTC(), new SecureRandom()), "https without a pinned CA is refused");
    }

    private static HttpCentralClient client(URI url, SSLContext tls) {
        return new HttpCentralClient(url, "KSK-TLS-0001", new byte[32], Duration.ofSeconds(5), Optional.of(tls), Clock.systemUTC(), new SecureRandom());
    }

    private static Heartbeat heartbeat() {
        return new Heartbeat("1", "c", 0, 0, null, true, List.of(), List.of(), 0, 0, "ok", "now");
    }

    private void startServer() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(dir.resolve("server.p12"))) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] answer = "{\"serverTime\":\"now\"}".getBytes();
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @org.junit.jupiter.api.AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void keytool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", "changeit", "-storetype", "PKCS12", "-keyalg", "EC", "-validity", "2"));
        if (!List.of(args).contains("-genkeypair")) {
            command.removeAll(List.of("-keyalg", "EC", "-validity", "2"));
            if (List.of(args).contains("-gencert")) {
                command.addAll(List.of("-validity", "2"));
            }
        }
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + output);
    }
}
