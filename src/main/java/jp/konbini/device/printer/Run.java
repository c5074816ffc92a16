package jp.konbini.device.printer;

import java.util.Objects;

/** A piece of text in one face. */
public record Run(String text, TextFace face) {

    public Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
    }
}
