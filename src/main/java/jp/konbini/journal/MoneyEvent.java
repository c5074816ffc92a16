package jp.konbini.journal;

import java.time.Instant;
import java.util.OptionalLong;
import jp.konbini.domain.money.Yen;

/** One recorded money event. {@code chainHash} links it to every event before it. */
public record MoneyEvent(long seq, long topUpSeq, OptionalLong noteId, MoneyEventKind kind, Yen amount,
                         Instant recordedAt, String chainHash) {
}
