package jp.konbini.ui.model.maintenance;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.maintenance.EntryResult;

/**
 * The PIN keypad: digits are kept in a char array (wiped after each try, never in a String) and
 * shown as dots; OK checks the PIN off the FX thread (PBKDF2 takes a noticeable moment) and says
 * what came of it: wrong with the attempts left, locked until when, a customer paying, or in.
 */
public final class EntryModel {

    static final int MIN_DIGITS = 4;
    static final int MAX_DIGITS = 12;

    private final MaintenanceModel root;
    private final char[] digits = new char[MAX_DIGITS];
    private int length;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();

    EntryModel(MaintenanceModel root) {
        this.root = root;
    }

    void show() {
        wipe();
        say("", false);
        shown.set(true);
    }

    public void key(char digit) {
        if (digit < '0' || digit > '9' || length == MAX_DIGITS || root.busy().get()) {
            return;
        }
        digits[length++] = digit;
        dots.set("●".repeat(length));
        if (problem.get()) {
            say("", false);
        }
    }

    public void clear() {
        wipe();
    }

    public void cancel() {
        wipe();
        say("", false);
        shown.set(false);
    }

    public void ok() {
        if (root.busy().get()) {
            return;
        }
        if (length < MIN_DIGITS) {
            say(root.texts().get().get("pin.too-short"), true);
            return;
        }
        char[] pin = Arrays.copyOf(digits, length);
        wipe();
        say(root.texts().get().get("pin.checking"), false);
        root.calls().run(() -> root.mode().desk().enter(pin), this::answer,
                e -> say(Problems.describe(e, root.texts().get()), true));
    }

    private void answer(EntryResult r) {
        if (r instanceof EntryResult.Entered in) {
            cancel();
            root.entered(in.operator());
        } else if (r instanceof EntryResult.Wrong w) {
            say(root.texts().get().format("pin.wrong", w.attemptsLeft()), true);
        } else if (r instanceof EntryResult.Locked l) {
            say(root.texts().get().format("pin.locked", root.texts().get().time(l.until())), true);
        } else if (r instanceof EntryResult.CustomerPaying) {
            say(root.texts().get().get("pin.customer-paying"), true);
        }
    }

    private void wipe() {
        Arrays.fill(digits, '\0');
        length = 0;
        dots.set("");
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    public ReadOnlyBooleanProperty shown() {
        return shown.getReadOnlyProperty();
    }

    /** One dot per digit typed. */
    public ReadOnlyStringProperty dots() {
        return dots.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The message is a refusal (shown in red) rather than progress. */
    public ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
