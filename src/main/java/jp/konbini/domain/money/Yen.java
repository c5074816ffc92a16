package jp.konbini.domain.money;

import java.util.Locale;

/**
 * An exact amount of Japanese yen. Integral and never floating point: the yen has no minor unit.
 * Arithmetic fails loudly on overflow instead of wrapping.
 */
public record Yen(long amount) implements Comparable<Yen> {

    public static final Yen ZERO = new Yen(0);

    public static Yen of(long amount) {
        return new Yen(amount);
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(amount, other.amount));
    }

    public Yen minus(Yen other) {
        return new Yen(Math.subtractExact(amount, other.amount));
    }

    public boolean isZero() {
        return amount == 0;
    }

    public boolean isPositive() {
        return amount > 0;
    }

    public boolean isNegative() {
        return amount < 0;
    }

    public boolean isGreaterThan(Yen other) {
        return amount > other.amount;
    }

    public boolean isAtLeast(Yen other) {
        return amount >= other.amount;
    }

    /** The larger of zero and this amount: what is still due never goes below nothing. */
    public Yen atLeastZero() {
        return amount < 0 ? ZERO : this;
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(amount, other.amount);
    }

    /** Formats as {@code ¥1,000} (or {@code -¥1,000}); the same in every language the kiosk offers. */
    public String format() {
        return (amount < 0 ? "-¥" : "¥") + String.format(Locale.ROOT, "%,d", Math.abs(amount));
    }

    @Override
    public String toString() {
        return format();
    }
}
