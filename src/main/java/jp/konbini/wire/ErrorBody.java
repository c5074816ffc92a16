package jp.konbini.wire;

/** Every 4xx/5xx answer's body: a stable machine-readable {@code error} code and a human {@code detail}. */
public record ErrorBody(String error, String detail) {
}
