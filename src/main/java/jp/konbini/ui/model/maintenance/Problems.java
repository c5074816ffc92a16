package jp.konbini.ui.model.maintenance;

import jp.konbini.maintenance.DeskRefusal;
import jp.konbini.maintenance.NotPermittedException;
import jp.konbini.ui.text.StaffTexts;

/** What staff read when a desk refuses or fails: one sentence, never a stack trace (that goes to the log). */
final class Problems {

    private Problems() {
    }

    static String describe(Exception e, StaffTexts t) {
        if (e instanceof NotPermittedException) {
            return t.get("error.not-permitted");
        }
        if (e instanceof DeskRefusal r) {
            return t.format(r.reason().textKey(), r.args());
        }
        String what = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : firstLine(e.getMessage());
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
            return t.format("error.refused", what);
        }
        return t.format("error.failed", what);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 160 ? line.substring(0, 157) + "..." : line;
    }
}
