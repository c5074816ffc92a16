package jp.konbini.device.acceptor.id003;

/**
 * One host command and how to read its reply. Each kind of command decodes its own reply and
 * refuses a reply that does not fit (a wrong code, missing data, a frame identical to the request
 * where an echo is impossible).
 *
 * @param <R> what the reply means
 */
public interface Id003Request<R> {

    Id003Frame frame();

    /** @throws UnexpectedReplyException when {@code reply} is not an answer to this request */
    R decode(Id003Frame reply);

    /** Whether a reply byte-identical to the request is a legitimate answer (statuses, setting echoes). */
    boolean identicalReplyPossible();
}
