package jp.konbini.device.printer.sim;

/** Text printed in one style. */
public record Span(String text, boolean bold, int widthFactor, int heightFactor) {
}
