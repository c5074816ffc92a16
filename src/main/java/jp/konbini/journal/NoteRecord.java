package jp.konbini.journal;

import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.NoteState;

/** One note of a top-up and where it got to. */
public record NoteRecord(long id, long topUpSeq, Yen value, NoteState state) {

    public NoteRef ref() {
        return new NoteRef(id, topUpSeq, value);
    }
}
