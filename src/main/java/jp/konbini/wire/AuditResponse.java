package jp.konbini.wire;

/**
 * The answer to an audit batch. 200: {@code error} is null, the new entries are stored. 409: the
 * batch was refused whole and nothing of it stored; {@code error} says why:
 * <ul>
 *   <li>{@value #GAP}: the first new entry does not follow the last one the server holds
 *       ({@code storedThrough}); the kiosk sends again from there;</li>
 *   <li>{@value #CHAIN_BROKEN}: an entry's hash does not link to the entry before it;</li>
 *   <li>{@value #CONFLICT}: an entry the server holds already arrived with another hash.</li>
 * </ul>
 * The body of a 409 has the {@code error} and {@code detail} of every error body ({@link ErrorBody}).
 *
 * @param storedThrough every entry of the kiosk from 1 up to this is stored (0: none)
 * @param stored        entries of this batch stored now
 * @param duplicates    entries of this batch the server held already (a resend)
 * @param serverTime    ISO-8601 instant, the server's clock
 */
public record AuditResponse(String error, String detail, long storedThrough, int stored, int duplicates, String serverTime) {

    public static final String GAP = "audit-gap";
    public static final String CHAIN_BROKEN = "audit-chain-broken";
    public static final String CONFLICT = "audit-conflict";

    public static AuditResponse stored(long storedThrough, int stored, int duplicates, String serverTime) {
        return new AuditResponse(null, null, storedThrough, stored, duplicates, serverTime);
    }

    public static AuditResponse refused(String error, String detail, long storedThrough, String serverTime) {
        return new AuditResponse(error, detail, storedThrough, 0, 0, serverTime);
    }

    public boolean accepted() {
        return error == null;
    }
}
