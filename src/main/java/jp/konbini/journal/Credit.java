package jp.konbini.journal;

/**
 * The answer to recording a credit. A repeated credit of the same note (the acceptor repeats VEND
 * VALID until it is acknowledged) is a duplicate: acknowledged again, never counted twice.
 */
public record Credit(boolean duplicate, TopUpRecord topUp) {
}
