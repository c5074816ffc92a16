package jp.konbini.domain.line;

/** A phone number or ICCID that cannot be accepted, with the precise reason. */
public final class InvalidLineIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final LineIdError error;

    public InvalidLineIdException(LineIdError error) {
        this(error, error.description());
    }

    public InvalidLineIdException(LineIdError error, String detail) {
        super(detail);
        this.error = error;
    }

    public LineIdError error() {
        return error;
    }
}
