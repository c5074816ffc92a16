package jp.konbini.domain.money;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A Japanese bank note the kiosk can accept. Coins are not accepted yet; when they are, they join this enum. */
public enum Denomination {
    YEN_1000(1_000),
    YEN_2000(2_000),
    YEN_5000(5_000),
    YEN_10000(10_000);

    private final Yen value;

    Denomination(long yen) {
        this.value = Yen.of(yen);
    }

    public Yen value() {
        return value;
    }

    public static Optional<Denomination> ofYen(long yen) {
        return Arrays.stream(values()).filter(d -> d.value.amount() == yen).findFirst();
    }

    /**
     * The notes worth enabling in the acceptor while {@code due} is still to pay: only those not
     * above it, so a customer can never overpay (money rule 7).
     */
    public static Set<Denomination> notAbove(Yen due, Collection<Denomination> accepted) {
        Set<Denomination> enabled = EnumSet.noneOf(Denomination.class);
        for (Denomination d : accepted) {
            if (!d.value.isGreaterThan(due)) {
                enabled.add(d);
            }
        }
        return enabled;
    }

    /**
     * Whether {@code price} can be paid exactly with any number of the accepted notes. A price that
     * cannot would force overpayment, which the kiosk never asks of a customer.
     */
    public static boolean canPayExactly(Yen price, Collection<Denomination> accepted) {
        if (price.isNegative() || accepted.isEmpty()) {
            return false;
        }
        long unit = accepted.stream().mapToLong(d -> d.value.amount()).reduce(Denomination::gcd).orElseThrow();
        if (price.amount() % unit != 0) {
            return false;
        }
        int steps = Math.toIntExact(price.amount() / unit);
        boolean[] reachable = new boolean[steps + 1];
        reachable[0] = true;
        for (int i = 1; i <= steps; i++) {
            for (Denomination d : accepted) {
                int size = Math.toIntExact(d.value.amount() / unit);
                if (size <= i && reachable[i - size]) {
                    reachable[i] = true;
                    break;
                }
            }
        }
        return reachable[steps];
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    @Override
    public String toString() {
        return value.format();
    }
}
