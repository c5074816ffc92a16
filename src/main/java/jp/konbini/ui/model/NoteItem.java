package jp.konbini.ui.model;

import jp.konbini.domain.money.Denomination;

/** A note the kiosk takes, and whether the acceptor takes it right now (none above the amount due). */
public record NoteItem(Denomination note, String value, boolean acceptedNow) {
}
