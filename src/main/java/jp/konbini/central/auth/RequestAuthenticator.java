package jp.konbini.central.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;
import jp.konbini.wire.RequestSignature;

/**
 * Checks a signed request ({@link RequestSignature}): the kiosk is registered, the signature is
 * right, the timestamp is within the window of the server's clock, and the nonce was not used
 * before. The nonce is recorded only once everything else passed, so a forgery cannot burn a
 * legitimate kiosk's nonces.
 */
public final class RequestAuthenticator {

    /** Requests signed more than this far from the server's clock are refused. */
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,64}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{1,12}");

    private final KioskSecrets secrets;
    private final NonceLedger nonces;
    private final Clock clock;
    private final AtomicLong accepted = new AtomicLong();

    public RequestAuthenticator(KioskSecrets secrets, NonceLedger nonces, Clock clock) {
        this.secrets = secrets;
        this.nonces = nonces;
        this.clock = clock;
    }

    /** A request whose signature and timestamp are good; its nonce is still to be used up. */
    public record Signed(String kioskId, String nonce, Instant at) {
    }

    /**
     * Checks everything and records the nonce in its own transaction.
     *
     * @param header reads a request header by name (null when absent)
     * @return the authenticated kiosk id
     * @throws AuthenticationFailure when any check fails
     */
    public String authenticate(String method, String path, Function<String, String> header, byte[] body) {
        Signed signed = verify(method, path, header, body);
        if (!nonces.firstUse(signed.kioskId(), signed.nonce(), signed.at())) {
            throw reusedNonce();
        }
        return signed.kioskId();
    }

    public static AuthenticationFailure reusedNonce() {
        return new AuthenticationFailure("reused-nonce", "this nonce was used before");
    }

    /**
     * Checks kiosk, signature and timestamp, but leaves the nonce to the caller, who records it in
     * the same transaction as the request's work (an upload commits its nonce with its records).
     */
    public Signed verify(String method, String path, Function<String, String> header, byte[] body) {
        String kioskId = header.apply(RequestSignature.KIOSK_HEADER);
        String timestamp = header.apply(RequestSignature.TIMESTAMP_HEADER);
        String nonce = header.apply(RequestSignature.NONCE_HEADER);
        String signature = header.apply(RequestSignature.SIGNATURE_HEADER);
        if (kioskId == null || timestamp == null || nonce == null || signature == null) {
            throw new AuthenticationFailure("unsigned", "the request is not signed (kiosk, timestamp, nonce and signature headers are required)");
        }
        Optional<byte[]> secret = secrets.secretOf(kioskId);
        if (secret.isEmpty()) {
            throw new AuthenticationFailure("unknown-kiosk", "no kiosk " + kioskId + " is registered");
        }
        if (!TIMESTAMP.matcher(timestamp).matches() || !NONCE.matcher(nonce).matches()) {
            throw new AuthenticationFailure("bad-signature", "malformed timestamp or nonce");
        }
        long epochSeconds = Long.parseLong(timestamp);
        String expected = RequestSignature.sign(secret.get(), method, path, kioskId, epochSeconds, nonce, body);
        if (!RequestSignature.matches(expected, signature)) {
            throw new AuthenticationFailure("bad-signature", "the signature does not match");
        }
        Instant now = clock.instant();
        Duration skew = Duration.between(Instant.ofEpochSecond(epochSeconds), now).abs();
        if (skew.compareTo(WINDOW) > 0) {
            throw new AuthenticationFailure("stale-timestamp", "the request was signed " + skew.toSeconds()
                    + " s from the server's time " + now + " (at most " + WINDOW.toMinutes() + " min allowed)");
        }
        if (accepted.incrementAndGet() % 1000 == 0) {
            nonces.forgetBefore(now.minus(WINDOW.multipliedBy(2))); // older ones fail on their timestamp anyway
        }
        return new Signed(kioskId, nonce, now);
    }
}
