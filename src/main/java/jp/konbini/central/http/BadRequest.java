package jp.konbini.central.http;

/** A request the server will not read: answered 400 with a JSON error, nothing stored. */
final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    BadRequest(String code, String detail) {
        super(detail);
        this.code = code;
    }

    String code() {
        return code;
    }
}
