package jp.konbini.journal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Links each money event to all before it: hash = SHA-256(previous hash | the event's fields).
 * A changed, removed or reordered event breaks every hash after it, which {@code journal verify}
 * reports.
 */
final class EventChain {

    static final String GENESIS = "0".repeat(64);

    private EventChain() {
    }

    static String next(String previousHash, long seq, long topUpSeq, Long noteId, MoneyEventKind kind, long yen, long recordedAtMicros) {
        String canonical = previousHash + '|' + canonical(seq, topUpSeq, noteId, kind, yen, recordedAtMicros);
        return HexFormat.of().formatHex(sha256().digest(canonical.getBytes(StandardCharsets.US_ASCII)));
    }

    /** The event's fields as hashed; also what a bare append-only log would write per event. */
    static String canonical(long seq, long topUpSeq, Long noteId, MoneyEventKind kind, long yen, long recordedAtMicros) {
        return seq + "|" + topUpSeq + '|' + (noteId == null ? "-" : noteId) + '|' + kind.name() + '|' + yen + '|' + recordedAtMicros;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
