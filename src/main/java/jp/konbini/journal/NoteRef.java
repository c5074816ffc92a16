package jp.konbini.journal;

import jp.konbini.domain.money.Yen;

/** A note the journal knows about, as handed to the acceptor driver between escrow and credit. */
public record NoteRef(long id, long topUpSeq, Yen value) {
}
