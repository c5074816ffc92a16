package jp.konbini.central.apply;

/** The request's nonce was used before: a replay. The transaction is rolled back; the caller answers 401. */
public final class NonceReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NonceReusedException() {
        super("this nonce was used before");
    }
}
