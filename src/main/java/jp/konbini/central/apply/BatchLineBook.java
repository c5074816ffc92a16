package jp.konbini.central.apply;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.konbini.central.carrier.LineAccount;
import jp.konbini.central.carrier.LineBook;

/**
 * The carrier's view of the lines of one batch: loaded (and locked) in one query before the batch
 * is applied, changed in memory record by record, written back in one go before the commit.
 */
final class BatchLineBook implements LineBook {

    private final Map<LineKey, LineAccount> accounts;
    private final Map<LineKey, LineAccount> created = new LinkedHashMap<>();
    private final Map<LineKey, LineAccount> updated = new LinkedHashMap<>();

    BatchLineBook(Map<LineKey, LineAccount> locked) {
        this.accounts = new TreeMap<>(locked);
    }

    @Override
    public Optional<LineAccount> findForUpdate(String lineKind, String lineDigits) {
        return Optional.ofNullable(accounts.get(new LineKey(lineKind, lineDigits)));
    }

    @Override
    public void save(LineAccount account, boolean isNew) {
        LineKey key = LineKey.of(account);
        accounts.put(key, account);
        if (created.containsKey(key) || isNew) {
            created.put(key, account);
        } else {
            updated.put(key, account);
        }
    }

    void writeTo(Ledger ledger) {
        if (!created.isEmpty() || !updated.isEmpty()) {
            ledger.saveLines(created.values(), updated.values());
        }
    }
}
