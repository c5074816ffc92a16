package jp.konbini.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import jp.konbini.config.ConfigException;

/**
 * TLS that trusts only the configured CA (PEM): a certificate from any other authority, however
 * valid for the JVM's trust store, is refused. Host names are still verified by the HTTP client.
 */
public final class PinnedTls {

    private PinnedTls() {
    }

    public static SSLContext trusting(Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) {
                throw ConfigException.ofFile(caFile, "holds no certificate", "a PEM file with the central server's CA certificate");
            }
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                trust.setCertificateEntry("central-ca-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw ConfigException.ofFile(caFile, "cannot be used (" + e.getMessage() + ")", "a PEM file with the central server's CA certificate");
        }
    }
}
