package jp.konbini.device.acceptor.id003;

/**
 * RESET, STACK-1, STACK-2, RETURN, HOLD or WAIT: answered by ACK, or by INVALID COMMAND when the
 * acceptor is not in a state for it (for example STACK when no note is in escrow any more).
 */
public final class OperationCommand implements Id003Request<Boolean> {

    private final Id003Command command;

    public OperationCommand(Id003Command command) {
        if (command.reply() != Id003Command.Reply.ACK) {
            throw new IllegalArgumentException(command + " is not answered by ACK");
        }
        this.command = command;
    }

    @Override
    public Id003Frame frame() {
        return command.frame();
    }

    /** @return true for ACK, false for INVALID COMMAND (refused) */
    @Override
    public Boolean decode(Id003Frame reply) {
        if (reply.code() == Id003Status.ACK.code() && reply.dataLength() == 0) {
            return true;
        }
        if (reply.code() == Id003Status.INVALID_COMMAND.code()) {
            return false;
        }
        throw new UnexpectedReplyException(frame(), reply, command + " expects ACK or INVALID COMMAND");
    }

    @Override
    public boolean identicalReplyPossible() {
        return false;
    }
}
