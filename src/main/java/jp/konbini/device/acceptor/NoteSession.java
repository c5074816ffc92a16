package jp.konbini.device.acceptor;

/** The payment notes are taken for: an opaque id the ledger understands (the journal's top-up). */
public record NoteSession(long id) {
}
