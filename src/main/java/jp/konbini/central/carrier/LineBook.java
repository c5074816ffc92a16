package jp.konbini.central.carrier;

import java.util.Optional;

/** The simulated carrier's accounts, read and written inside the caller's transaction. */
public interface LineBook {

    /** The account, locked for the rest of the transaction. */
    Optional<LineAccount> findForUpdate(String lineKind, String lineDigits);

    /** Inserts or replaces the account. */
    void save(LineAccount account, boolean isNew);
}
