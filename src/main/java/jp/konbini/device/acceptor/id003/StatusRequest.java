package jp.konbini.device.acceptor.id003;

/** STATUS REQUEST (0x11), the poll. Its IDLING answer is byte-identical to the request. */
public final class StatusRequest implements Id003Request<DeviceStatus> {

    private static final Id003Frame FRAME = Id003Command.STATUS_REQUEST.frame();

    @Override
    public Id003Frame frame() {
        return FRAME;
    }

    @Override
    public DeviceStatus decode(Id003Frame reply) {
        Id003Status status = Id003Status.of(reply.code())
                .orElseThrow(() -> new UnexpectedReplyException(FRAME, reply, "unknown status code"));
        boolean needsData = status == Id003Status.ESCROW || status == Id003Status.REJECTING || status == Id003Status.FAILURE;
        if (needsData && reply.dataLength() < 1) {
            throw new UnexpectedReplyException(FRAME, reply, status + " without its data byte");
        }
        return new DeviceStatus(status, reply.data());
    }

    @Override
    public boolean identicalReplyPossible() {
        return true;
    }
}
