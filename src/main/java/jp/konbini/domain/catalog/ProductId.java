package jp.konbini.domain.catalog;

import java.util.regex.Pattern;

/** A product's stable identifier in the catalogue, e.g. {@code bmobile-visitor-5gb-21d}. */
public record ProductId(String value) {

    public static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ProductId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("product id must match " + FORM.pattern() + ": " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
