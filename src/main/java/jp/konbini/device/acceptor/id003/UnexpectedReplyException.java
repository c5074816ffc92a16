package jp.konbini.device.acceptor.id003;

/** A reply that does not answer the request sent: a protocol error, an echo or a stale frame. */
public final class UnexpectedReplyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnexpectedReplyException(Id003Frame request, Id003Frame reply, String why) {
        super(why + ": sent " + request + ", got " + reply);
    }
}
