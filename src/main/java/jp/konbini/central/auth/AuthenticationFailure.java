package jp.konbini.central.auth;

/** A request whose signature does not prove it comes from a registered kiosk now: answered 401, nothing stored. */
public final class AuthenticationFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public AuthenticationFailure(String code, String detail) {
        super(detail);
        this.code = code;
    }

    /** Stable machine-readable reason: {@code unknown-kiosk}, {@code bad-signature}, {@code stale-timestamp}, {@code reused-nonce}, ... */
    public String code() {
        return code;
    }
}
