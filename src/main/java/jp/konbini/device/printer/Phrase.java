package jp.konbini.device.printer;

import java.util.ArrayList;
import java.util.List;

/**
 * Text made of runs in different faces, e.g. {@code 合計 / 합계}: the Japanese label in the
 * Japanese face, the customer's words in theirs. Control characters are not text and are refused.
 */
public record Phrase(List<Run> runs) {

    public Phrase {
        runs = List.copyOf(runs);
        for (Run run : runs) {
            if (run.text().codePoints().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("control characters are not printable text: " + run.text());
            }
        }
    }

    public static Phrase of(String text, TextFace face) {
        return new Phrase(List.of(new Run(text, face)));
    }

    public static Phrase empty() {
        return new Phrase(List.of());
    }

    /** This phrase followed by {@code text} in {@code face}. */
    public Phrase then(String text, TextFace face) {
        List<Run> more = new ArrayList<>(runs);
        more.add(new Run(text, face));
        return new Phrase(more);
    }

    /** This phrase after two half-width spaces (a sub-line under a heading). */
    public Phrase indent() {
        List<Run> more = new ArrayList<>();
        more.add(new Run("  ", TextFace.JAPANESE));
        more.addAll(runs);
        return new Phrase(more);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        runs.forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    public boolean isEmpty() {
        return text().isEmpty();
    }

    /** The face of every code point, in order (parallel to {@code text().codePoints()}). */
    public List<TextFace> faces() {
        List<TextFace> faces = new ArrayList<>();
        for (Run run : runs) {
            run.text().codePoints().forEach(cp -> faces.add(run.face()));
        }
        return faces;
    }

    /** The code points from {@code from} (inclusive) to {@code to} (exclusive), faces kept. */
    public Phrase slice(int from, int to) {
        List<Run> out = new ArrayList<>();
        int index = 0;
        for (Run run : runs) {
            int[] cps = run.text().codePoints().toArray();
            int start = Math.max(from - index, 0);
            int end = Math.min(to - index, cps.length);
            if (start < end) {
                out.add(new Run(new String(cps, start, end - start), run.face()));
            }
            index += cps.length;
        }
        return new Phrase(out);
    }

    public int length() {
        return text().codePointCount(0, text().length());
    }

    @Override
    public String toString() {
        return text();
    }
}
