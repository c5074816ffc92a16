package jp.konbini.domain;

/** A trigger that the current state does not accept: a bug in the caller, never silently ignored. */
public final class IllegalTransitionException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final transient Enum<?> from;
    private final transient Enum<?> trigger;

    public IllegalTransitionException(String machine, Enum<?> from, Enum<?> trigger) {
        super(machine + ": " + trigger + " is not allowed in state " + from);
        this.from = from;
        this.trigger = trigger;
    }

    public Enum<?> from() {
        return from;
    }

    public Enum<?> trigger() {
        return trigger;
    }
}
