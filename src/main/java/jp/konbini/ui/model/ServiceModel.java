package jp.konbini.ui.model;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.domain.Language;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.Screen;
import jp.konbini.flow.ServiceIssue;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Messages;
import jp.konbini.ui.text.Texts;

/**
 * The screens with no customer language (starting, out of service, maintenance) say their message
 * in every configured language: whoever walks up can read why the kiosk is not serving.
 */
public final class ServiceModel implements Part {

    private final Messages messages;
    private final ObservableList<LanguageNotice> notices = FXCollections.observableArrayList();
    private final ObservableList<LanguageNotice> readOnly = FXCollections.unmodifiableObservableList(notices);

    ServiceModel(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void update(SessionView v, Texts ignored) {
        List<LanguageNotice> all = new ArrayList<>();
        for (Language l : v.languages()) {
            all.add(notice(v, messages.of(l)));
        }
        Props.setAll(notices, all);
    }

    private static LanguageNotice notice(SessionView v, Texts t) {
        List<String> lines = new ArrayList<>();
        String title;
        if (v.screen() == Screen.STARTING) {
            title = t.get("starting.title");
            lines.add(t.get("starting.message"));
        } else if (v.screen() == Screen.MAINTENANCE) {
            title = t.get("maintenance.title");
            lines.add(t.get("maintenance.message"));
        } else {
            title = t.get("service.title");
            for (ServiceIssue i : v.serviceIssues()) {
                // Staff wrote what customers are told when they took the kiosk out of service: that is the reason shown.
                String line = i.reason() == ServiceIssue.Reason.MAINTENANCE && !i.detail().isBlank() ? i.detail() : t.get(i.reason().bundleKey());
                if (!lines.contains(line)) {
                    lines.add(line);
                }
            }
            v.outcome().filter(o -> o.kind() == Outcome.Kind.NEEDS_STAFF)
                    .ifPresent(o -> lines.add(t.format("service.money-safe", o.paid().format(), o.claimCode().display())));
            lines.add(t.get("service.help"));
        }
        return new LanguageNotice(t.language(), title, lines);
    }

    public ObservableList<LanguageNotice> notices() {
        return readOnly;
    }
}
