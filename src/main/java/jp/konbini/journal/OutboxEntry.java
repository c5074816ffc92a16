package jp.konbini.journal;

/** A closed record waiting for the server: the top-up as journalled and what kind of record it is. */
public record OutboxEntry(TopUpRecord topUp, OutboxKind kind) {
}
