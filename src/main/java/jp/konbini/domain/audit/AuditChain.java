package jp.konbini.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The hash chain of the maintenance audit log, one function for both ends: the kiosk's journal
 * links each entry to the one before it when writing it, and the central server recomputes the
 * same link on receipt, so a changed, removed, inserted or reordered entry is refused there.
 *
 * <p>hash = SHA-256(previous | seq | micros since the epoch | actor | role | action | subject |
 * before | after), each text field length-prefixed ({@code 5:alice}), UTF-8, lower-case hex. The
 * first entry's previous hash is {@link #GENESIS}. The form must never change: entries already
 * journalled carry hashes made with it.
 */
public final class AuditChain {

    /** The "previous hash" of entry 1. */
    public static final String GENESIS = "0".repeat(64);

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private AuditChain() {
    }

    /** The link of entry {@code seq} made at {@code at} (microsecond precision counts; finer is ignored). */
    public static String next(String previous, long seq, Instant at, String actor, String role, String action, String subject, String before,
                              String after) {
        StringBuilder s = new StringBuilder(previous).append('|').append(seq).append('|').append(ChronoUnit.MICROS.between(Instant.EPOCH, at));
        for (String field : List.of(actor, role, action, subject, before, after)) {
            s.append('|').append(field.length()).append(':').append(field);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code hash} has the form of a link: 64 lower-case hex digits. */
    public static boolean isHash(String hash) {
        return hash != null && HASH.matcher(hash).matches();
    }
}
