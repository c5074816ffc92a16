package jp.konbini.flow;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import jp.konbini.domain.Language;
import jp.konbini.domain.catalog.Product;
import jp.konbini.domain.line.LineId;
import jp.konbini.domain.line.LineIdError;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;

/**
 * Everything a screen shows, as one immutable snapshot published by the flow after each step.
 * View-models read it; nothing in it is a device or a database.
 *
 * @param languages       the language switch, in configured order
 * @param lineEntry       the digits typed so far
 * @param lineError       why the number typed was refused, until the next key
 * @param line            the identified line, read back grouped on the confirm screen
 * @param offers          the products for the line (choose-product screen)
 * @param product         the product chosen
 * @param price           its price incl. tax (zero before a product is chosen)
 * @param paid            cash credited so far (on disk before it shows here)
 * @param acceptedNotes   the notes this kiosk takes (attract and insert-cash screens)
 * @param enabledNotes    the notes the acceptor takes now: none above the amount still due
 * @param noteNotice      what happened to the last note
 * @param canGoOnPaying   false when the acceptor cannot take more notes (then only ending with a credit receipt is offered)
 * @param warningSecondsLeft the inactivity warning's countdown, while it shows
 * @param outcome         how the session ended (result screens; out of service after a failure with money in)
 * @param serviceIssues   why the kiosk is out of service (empty when in service)
 * @param paperNearEnd    the printer warns that its roll is nearly used up (for staff; customers are served)
 */
public record SessionView(
        Screen screen,
        Language language,
        List<Language> languages,
        String lineEntry,
        Optional<LineIdError> lineError,
        Optional<LineId> line,
        List<Offer> offers,
        Optional<Product> product,
        Yen price,
        Yen paid,
        Set<Denomination> acceptedNotes,
        Set<Denomination> enabledNotes,
        NoteNotice noteNotice,
        boolean canGoOnPaying,
        OptionalInt warningSecondsLeft,
        Optional<Outcome> outcome,
        List<ServiceIssue> serviceIssues,
        boolean paperNearEnd) {

    public SessionView {
        languages = List.copyOf(languages);
        offers = List.copyOf(offers);
        acceptedNotes = Set.copyOf(acceptedNotes);
        enabledNotes = Set.copyOf(enabledNotes);
        serviceIssues = List.copyOf(serviceIssues);
    }

    /** What the customer still has to pay. */
    public Yen due() {
        return price.minus(paid).atLeastZero();
    }

    public boolean warningShown() {
        return warningSecondsLeft.isPresent();
    }
}
