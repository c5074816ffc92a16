package jp.konbini.sync;

import java.time.Duration;
import java.util.Optional;

/** The central server could not be asked or did not answer usefully. Every kind is retried with back-off. */
public final class CentralException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the request failed. */
    public enum Kind {
        /** No connection, reset, or the answer was cut off: the request may or may not have been applied. */
        UNREACHABLE,
        /** No answer within the request timeout: may or may not have been applied. */
        TIMEOUT,
        /** 5xx, or 429: the server is there but could not serve now. */
        SERVER_BUSY,
        /** 401: this kiosk is unknown, its secret wrong, or its clock more than 10 minutes off. */
        UNAUTHORIZED,
        /** Another 4xx, or an answer that is not the expected message: a bug on one side. */
        REFUSED
    }

    private final Kind kind;
    private final transient Optional<Duration> retryAfter;

    public CentralException(Kind kind, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public CentralException(Kind kind, String message) {
        this(kind, message, Optional.empty(), null);
    }

    public Kind kind() {
        return kind;
    }

    /** The server's {@code Retry-After}, when it sent one. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
