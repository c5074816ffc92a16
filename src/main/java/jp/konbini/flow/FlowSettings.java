package jp.konbini.flow;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import jp.konbini.domain.Language;
import jp.konbini.domain.money.Denomination;

/**
 * The flow's settings, from {@code kiosk.properties}.
 *
 * @param inactivity     how long an input screen waits for a touch before it gives up (warning included)
 * @param warning        how long before that the "more time" warning shows (at least 20 s: WCAG 2.2.1)
 * @param confirmation   the longest real-time wait for the central server (the confirmer's bound)
 * @param resultScreen   how long the done screen stays after its receipt is out
 * @param creditScreen   how long the credit-receipt screen stays (the customer must read the claim code)
 * @param serviceCheck   how often printer, journal and offline bounds are checked
 */
public record FlowSettings(
        Duration inactivity,
        Duration warning,
        Duration confirmation,
        Duration resultScreen,
        Duration creditScreen,
        Duration serviceCheck,
        Set<Denomination> acceptedNotes,
        List<Language> languages,
        Language defaultLanguage) {

    /** WCAG 2.2.1: at least 20 s to extend with one simple action. */
    public static final Duration MINIMUM_WARNING = Duration.ofSeconds(20);

    public FlowSettings {
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        acceptedNotes = Set.copyOf(acceptedNotes);
        languages = List.copyOf(languages);
        if (warning.compareTo(MINIMUM_WARNING) < 0) {
            throw new IllegalArgumentException("the inactivity warning must give at least 20 s, not " + warning.toSeconds() + " s");
        }
        if (inactivity.compareTo(warning) <= 0) {
            throw new IllegalArgumentException("inactivity (" + inactivity.toSeconds() + " s) must be longer than its warning ("
                    + warning.toSeconds() + " s)");
        }
        if (!languages.contains(defaultLanguage)) {
            throw new IllegalArgumentException("the default language " + defaultLanguage.tag() + " is not offered");
        }
        if (acceptedNotes.isEmpty()) {
            throw new IllegalArgumentException("no note is accepted");
        }
    }

    /** Quiet time before the warning shows. */
    Duration beforeWarning() {
        return inactivity.minus(warning);
    }
}
