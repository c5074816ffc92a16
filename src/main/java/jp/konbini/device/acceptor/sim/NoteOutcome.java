package jp.konbini.device.acceptor.sim;

import java.util.Optional;
import jp.konbini.device.acceptor.id003.RejectReason;

/**
 * The end of one note's journey, the simulator's ground truth.
 *
 * @param note              the note
 * @param fate              where it ended up
 * @param reason            the reject reason when {@code fate} is REJECTED
 * @param vendValidReported whether the unit reported VEND VALID for it (at least one poll answered 0x15)
 * @param vendValidAcked    whether the host ACKed that VEND VALID
 * @param how               a short account ("stacked", "returned on RESET after power-up", ...)
 */
public record NoteOutcome(SimNote note, NoteFate fate, Optional<RejectReason> reason, boolean vendValidReported,
        boolean vendValidAcked, String how) {
}
