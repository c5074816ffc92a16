package jp.konbini.device.acceptor.id003;

/**
 * A setting command (0xC0..0xC7): the acceptor echoes it byte for byte when it takes the setting,
 * or answers INVALID COMMAND (for instance before RESET).
 */
public final class SettingCommand implements Id003Request<Boolean> {

    private final Id003Frame frame;

    public SettingCommand(Id003Command command, int... data) {
        if (command.reply() != Id003Command.Reply.ECHO) {
            throw new IllegalArgumentException(command + " is not a setting command");
        }
        this.frame = command.frame(data);
    }

    /** SET INHIBIT: {@code true} stops the acceptor taking notes (status DISABLE). */
    public static SettingCommand inhibit(boolean inhibited) {
        return new SettingCommand(Id003Command.SET_INHIBIT, inhibited ? 1 : 0);
    }

    /** SET ENABLE/DISABLE: bit n of the first byte disables escrow code 0x61+n (1 = disabled). */
    public static SettingCommand denominations(int disabledMask) {
        return new SettingCommand(Id003Command.SET_DENOMINATIONS, disabledMask & 0xFF, 0x00);
    }

    @Override
    public Id003Frame frame() {
        return frame;
    }

    /** @return true when echoed (taken), false for INVALID COMMAND */
    @Override
    public Boolean decode(Id003Frame reply) {
        if (reply.equals(frame)) {
            return true;
        }
        if (reply.code() == Id003Status.INVALID_COMMAND.code()) {
            return false;
        }
        throw new UnexpectedReplyException(frame, reply, "a setting is answered by its echo");
    }

    @Override
    public boolean identicalReplyPossible() {
        return true;
    }
}
