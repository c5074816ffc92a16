package jp.konbini.central.apply;

import java.util.function.Function;

/**
 * Runs work in one database transaction: all of it commits, or none of it. A transaction that
 * loses a race (a deadlock, a concurrent insert of the same key) is retried from the start, which
 * is safe because the work reads everything it decides on inside the transaction.
 */
public interface LedgerStore {

    <T> T inTransaction(Function<Ledger, T> work);
}
