package jp.konbini.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * An explicit state machine: for each state, the triggers it accepts and where each one leads.
 * Anything not in the table is an {@link IllegalTransitionException}, never a silent no-op.
 *
 * @param <S> the states
 * @param <T> the triggers
 */
public final class TransitionTable<S extends Enum<S>, T extends Enum<T>> {

    private final String name;
    private final Map<S, Map<T, S>> table;

    private TransitionTable(String name, Map<S, Map<T, S>> table) {
        this.name = name;
        this.table = table;
    }

    public static <S extends Enum<S>, T extends Enum<T>> Builder<S, T> builder(String name, Class<S> states, Class<T> triggers) {
        return new Builder<>(name, states, triggers);
    }

    /** The state {@code trigger} leads to from {@code from}. */
    public S next(S from, T trigger) {
        S to = table.get(from).get(trigger);
        if (to == null) {
            throw new IllegalTransitionException(name, from, trigger);
        }
        return to;
    }

    public boolean isTerminal(S state) {
        return table.get(state).isEmpty();
    }

    /** Collects the rows of the table; {@link #build()} makes it immutable. */
    public static final class Builder<S extends Enum<S>, T extends Enum<T>> {
        private final String name;
        private final Class<S> states;
        private final Map<S, Map<T, S>> rows;

        private Builder(String name, Class<S> states, Class<T> triggers) {
            this.name = name;
            this.states = states;
            this.rows = new EnumMap<>(states);
            for (S s : states.getEnumConstants()) {
                rows.put(s, new EnumMap<>(triggers));
            }
        }

        public Builder<S, T> on(S from, T trigger, S to) {
            S previous = rows.get(from).put(trigger, to);
            if (previous != null) {
                throw new IllegalStateException(name + ": " + from + " + " + trigger + " defined twice");
            }
            return this;
        }

        public TransitionTable<S, T> build() {
            Map<S, Map<T, S>> frozen = new EnumMap<>(states);
            rows.forEach((state, row) -> frozen.put(state, Collections.unmodifiableMap(new EnumMap<>(row))));
            return new TransitionTable<>(name, Collections.unmodifiableMap(frozen));
        }
    }
}
