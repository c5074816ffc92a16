package jp.konbini.flow;

import java.util.List;
import java.util.Optional;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.line.LineIdError;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.TopUpRecord;

/**
 * What one customer has entered and paid so far. Flow thread only; a new one starts with every
 * session, so nothing of one customer reaches the next.
 */
final class CustomerSession {

    /** Longest identifier a customer can type: an ICCID has at most 22 digits. */
    static final int MAX_DIGITS = 22;

    /** How the session is to end once no note is on its way (the acceptor must be quiet first). */
    enum PendingEnd { NONE, CANCEL, CREDIT }

    final long generation;
    Language language;
    final StringBuilder entry = new StringBuilder();
    Optional<LineIdError> lineError = Optional.empty();
    Optional<LineId> line = Optional.empty();
    List<Offer> offers = List.of();
    Optional<Product> product = Optional.empty();
    /** The journalled top-up, once the customer confirmed the order. */
    Optional<TopUpRecord> topUp = Optional.empty();
    NoteNotice notice = NoteNotice.NONE;
    boolean canGoOnPaying = true;
    PendingEnd pendingEnd = PendingEnd.NONE;
    Optional<Outcome> outcome = Optional.empty();

    CustomerSession(long generation, Language language) {
        this.generation = generation;
        this.language = language;
    }

    Yen paid() {
        return topUp.map(TopUpRecord::credited).orElse(Yen.ZERO);
    }

    Yen price() {
        return product.map(Product::price).orElse(Yen.ZERO);
    }

    Yen due() {
        return price().minus(paid()).atLeastZero();
    }

    boolean hasMoneyIn() {
        return paid().isPositive();
    }

    long seq() {
        return topUp.orElseThrow().seq();
    }
}
