package jp.konbini.central.apply;

import java.util.function.Function;

/**
 * Runs audit log work in one database transaction: all of it commits, or none of it; a transaction
 * that lost a race is run again from the start (as {@link LedgerStore}).
 */
public interface AuditStore {

    <T> T inTransaction(Function<AuditBook, T> work);
}
