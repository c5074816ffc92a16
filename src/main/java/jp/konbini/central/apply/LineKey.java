package jp.konbini.central.apply;

import jp.konbini.central.carrier.LineAccount;

/** A customer line as the ledger keys it. Ordered, so every transaction locks lines in the same order. */
public record LineKey(String kind, String digits) implements Comparable<LineKey> {

    public static LineKey of(LineAccount account) {
        return new LineKey(account.lineKind(), account.lineDigits());
    }

    @Override
    public int compareTo(LineKey other) {
        int c = kind.compareTo(other.kind);
        return c != 0 ? c : digits.compareTo(other.digits);
    }
}
