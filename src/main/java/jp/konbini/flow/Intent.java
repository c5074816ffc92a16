package jp.konbini.flow;

import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.ProductId;

/**
 * What the customer asks for by touching the screen. The flow decides what each means in the
 * current state; an intent that does not apply there is ignored (a late tap on a screen that has
 * already gone), never an error.
 */
public sealed interface Intent {

    /** A touch on the attract screen. */
    record Start() implements Intent {
    }

    /** The language switch, on any screen: changes the language and keeps what was entered. */
    record SwitchLanguage(Language language) implements Intent {
    }

    /** A language picked on the language screen: switches and goes on. */
    record ChooseLanguage(Language language) implements Intent {
    }

    /** A key of the number pad (a digit). */
    record Key(char digit) implements Intent {
        public Key {
            if (digit < '0' || digit > '9') {
                throw new IllegalArgumentException("not a digit: " + digit);
            }
        }
    }

    /** Removes the last digit typed. */
    record Backspace() implements Intent {
    }

    /** Clears what was typed. */
    record ClearEntry() implements Intent {
    }

    /** The number typed is complete: check it. */
    record SubmitLine() implements Intent {
    }

    /** Yes, go on (the number read back, the order, ending with a credit receipt). */
    record Confirm() implements Intent {
    }

    /** One step back (to correct the number, choose another product, go on paying). */
    record Back() implements Intent {
    }

    record ChooseProduct(ProductId product) implements Intent {
    }

    /** Cancel the session; with money in, the flow asks first and never loses it. */
    record Cancel() implements Intent {
    }

    /** The "more time" button of the inactivity warning. */
    record MoreTime() implements Intent {
    }

    /** Finished with the result screen. */
    record Done() implements Intent {
    }
}
