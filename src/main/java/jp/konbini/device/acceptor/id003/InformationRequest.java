package jp.konbini.device.acceptor.id003;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * A request for a setting's value or for information (0x80..0x91): answered by the same code with
 * data, never by an identical frame, which makes these the probe that unmasks an echoing line.
 *
 * @param <R> the decoded information
 */
public final class InformationRequest<R> implements Id003Request<R> {

    private final Id003Command command;
    private final Function<Id003Frame, R> decoder;

    private InformationRequest(Id003Command command, Function<Id003Frame, R> decoder) {
        this.command = command;
        this.decoder = decoder;
    }

    /** The firmware version text (0x88). */
    public static InformationRequest<String> version() {
        return new InformationRequest<>(Id003Command.GET_VERSION, reply -> new String(reply.data(), StandardCharsets.US_ASCII).strip());
    }

    /** The currency table (0x8A). */
    public static InformationRequest<CurrencyTable> currencyTable() {
        return new InformationRequest<>(Id003Command.GET_CURRENCY_ASSIGN, CurrencyTable::parse);
    }

    /** Whether the acceptor is inhibited (0x83). */
    public static InformationRequest<Boolean> inhibited() {
        return new InformationRequest<>(Id003Command.GET_INHIBIT, reply -> reply.dataByte(0) != 0);
    }

    @Override
    public Id003Frame frame() {
        return command.frame();
    }

    @Override
    public R decode(Id003Frame reply) {
        if (reply.code() != command.code() || reply.dataLength() == 0) {
            throw new UnexpectedReplyException(frame(), reply, command + " expects its code followed by data");
        }
        try {
            return decoder.apply(reply);
        } catch (IllegalArgumentException e) {
            throw new UnexpectedReplyException(frame(), reply, e.getMessage());
        }
    }

    @Override
    public boolean identicalReplyPossible() {
        return false;
    }
}
