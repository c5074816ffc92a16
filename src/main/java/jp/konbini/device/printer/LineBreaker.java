package jp.konbini.device.printer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/**
 * Breaks a phrase into lines no wider than a limit, measured by the caller's own metric (printer
 * columns, dots, PDF points). Latin text breaks at spaces; Chinese, Japanese and Korean text may
 * break between any two characters, except before closing punctuation (a small kinsoku rule).
 * A word wider than the line is broken where it must.
 */
public final class LineBreaker {

    private static final String NO_LINE_START = "、。，．,.)）」』】〕！？!?：；:;ー～…・%％";

    private final ToDoubleBiFunction<Integer, TextFace> advance;

    /** @param advance the width of one code point in a face */
    public LineBreaker(ToDoubleBiFunction<Integer, TextFace> advance) {
        this.advance = advance;
    }

    public double width(Phrase phrase) {
        int[] cps = phrase.text().codePoints().toArray();
        List<TextFace> faces = phrase.faces();
        double w = 0;
        for (int i = 0; i < cps.length; i++) {
            w += advance.applyAsDouble(cps[i], faces.get(i));
        }
        return w;
    }

    public List<Phrase> breakLines(Phrase phrase, double maxWidth) {
        int[] cps = phrase.text().codePoints().toArray();
        List<TextFace> faces = phrase.faces();
        List<Phrase> lines = new ArrayList<>();
        int start = 0;
        while (start < cps.length) {
            // Spaces at a break vanish; leading spaces of the text itself are an indent and stay.
            while (start > 0 && start < cps.length && cps[start] == ' ') {
                start++;
            }
            if (start == cps.length) {
                break;
            }
            double w = 0;
            int end = start;
            int lastBreak = -1;
            while (end < cps.length) {
                double a = advance.applyAsDouble(cps[end], faces.get(end));
                if (w + a > maxWidth && end > start) {
                    break;
                }
                w += a;
                end++;
                if (end < cps.length && canBreakBefore(cps, end)) {
                    lastBreak = end;
                }
            }
            if (end < cps.length && lastBreak > start) {
                end = lastBreak;
            }
            int trimmed = end;
            while (trimmed > start && cps[trimmed - 1] == ' ') {
                trimmed--;
            }
            lines.add(phrase.slice(start, trimmed));
            start = end;
        }
        if (lines.isEmpty()) {
            lines.add(Phrase.empty());
        }
        return lines;
    }

    private static boolean canBreakBefore(int[] cps, int i) {
        int prev = cps[i - 1];
        int cur = cps[i];
        if (cur == ' ' || prev == ' ') {
            return true;
        }
        if (NO_LINE_START.indexOf(cur) >= 0) {
            return false;
        }
        return isWide(prev) || isWide(cur);
    }

    /** Ideographs, kana, Hangul and full-width forms: scripts written without spaces between words. */
    static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60);
    }
}
