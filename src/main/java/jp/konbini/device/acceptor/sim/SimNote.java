package jp.konbini.device.acceptor.sim;

import java.util.Optional;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.domain.money.Yen;

/**
 * A note the simulated customer feeds in.
 *
 * @param id          1, 2, 3 ... in the order inserted
 * @param escrowCode  the code the unit reports in ESCROW; {@link #NO_CODE} for a note it will never recognise
 * @param value       what the note is worth per the unit's currency table (empty: a code the table does not know, or a fake)
 * @param rejectAs    a note the unit rejects with this reason instead of escrowing it (a counterfeit, a crumpled note)
 */
public record SimNote(long id, int escrowCode, Optional<Yen> value, Optional<RejectReason> rejectAs) {

    public static final int NO_CODE = -1;

    @Override
    public String toString() {
        String what = value.map(Yen::format).orElse(escrowCode == NO_CODE ? "fake" : String.format("code 0x%02X", escrowCode));
        return "#" + id + " " + what + rejectAs.map(r -> String.format(" (rejected 0x%02X)", r.code())).orElse("");
    }
}
