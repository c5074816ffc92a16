package jp.konbini.app;

import java.util.function.Supplier;

/** A value made on first use and kept (for parts that are slow to make and rarely needed, like a PDF renderer's fonts). */
final class Memo<T> implements Supplier<T> {

    private final Supplier<T> make;
    private T value;

    private Memo(Supplier<T> make) {
        this.make = make;
    }

    static <T> Memo<T> of(Supplier<T> make) {
        return new Memo<>(make);
    }

    @Override
    public synchronized T get() {
        if (value == null) {
            value = make.get();
        }
        return value;
    }
}
