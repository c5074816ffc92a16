package jp.konbini.ui.model;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import jp.konbini.domain.line.LineId;
import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** The validated number read back grouped, and what kind of number the kiosk took it for. */
public final class ConfirmLineModel implements Part {

    private final ReadOnlyStringWrapper line = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper kind = new ReadOnlyStringWrapper("");

    @Override
    public void update(SessionView v, Texts t) {
        Props.set(line, v.line().map(LineId::grouped).orElse(""));
        Props.set(kind, v.line().map(l -> t.get(l.kind() == LineId.Kind.PHONE ? "line.kind.phone" : "line.kind.iccid")).orElse(""));
    }

    public ReadOnlyStringProperty line() {
        return line.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty kind() {
        return kind.getReadOnlyProperty();
    }
}
