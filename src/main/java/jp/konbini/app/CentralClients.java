package jp.konbini.app;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import jp.konbini.config.KioskConfig;
import jp.konbini.sync.HttpCentralClient;
import jp.konbini.sync.KioskSecret;
import jp.konbini.sync.PinnedTls;

/** The kiosk's HTTP client to a central server, built the one way every command needs it. */
final class CentralClients {

    private CentralClients() {
    }

    /** The configured server, signed with the configured secret, TLS pinned to the configured CA. */
    static HttpCentralClient configured(KioskConfig c) {
        return build(c, c.central().url(), KioskSecret.read(c.central().secretFile()), c.central().caFile().map(PinnedTls::trusting));
    }

    /** Another server ({@code --central}, an embedded one): pinned to the configured CA only if it speaks https. */
    static HttpCentralClient at(KioskConfig c, URI url, byte[] secret) {
        return build(c, url, secret, url.getScheme().equals("https") ? c.central().caFile().map(PinnedTls::trusting) : Optional.empty());
    }

    private static HttpCentralClient build(KioskConfig c, URI url, byte[] secret, Optional<SSLContext> tls) {
        return new HttpCentralClient(url, c.kioskId(), secret, c.sync().requestTimeout(), tls, Clock.systemUTC(), new SecureRandom());
    }
}
