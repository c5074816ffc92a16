package jp.konbini.ui.view;

import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import jp.konbini.flow.Intent;
import jp.konbini.flow.Outcome;
import jp.konbini.ui.model.KioskModel;

/**
 * How the session ended: applied (with the new expiry), pending (the claim code; applied once
 * online), refused (the claim code; refund at the register) or a credit issued. The receipt's
 * state is always said; when it failed, "write down this claim code" and the code, large.
 */
final class ResultScreen extends BorderPane {

    private static final PseudoClass GOOD = PseudoClass.getPseudoClass("good");
    private static final PseudoClass WAIT = PseudoClass.getPseudoClass("wait");
    private static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

    ResultScreen(KioskModel model) {
        getStyleClass().addAll("screen", "result");
        var result = model.result();
        ResultMark mark = new ResultMark();
        Label title = Widgets.value(result.title(), "title");
        title.setId("result-title");
        Label message = Widgets.value(result.message(), "subtitle");
        message.setId("result-message");
        Label claim = Widgets.value(result.claimCode(), "claim-code");
        claim.setId("claim-code");
        claim.setWrapText(false);
        VBox claimBox = Widgets.column(4, Widgets.text(model, "outcome.claim-code", "label-small"), claim);
        claimBox.setAlignment(Pos.CENTER);
        claimBox.getStyleClass().add("claim-box");
        claimBox.visibleProperty().bind(result.claimShown());
        claimBox.managedProperty().bind(claimBox.visibleProperty());
        Label receipt = Widgets.value(result.receipt(), "receipt-status");
        receipt.setId("receipt-status");
        result.receiptFailed().addListener((o, old, f) -> receipt.pseudoClassStateChanged(FAILED, f));
        Label reference = Widgets.value(result.reference(), "hint");
        VBox center = Widgets.column(24, mark, title, message, claimBox, receipt, reference);
        center.setAlignment(Pos.CENTER);
        center.getStyleClass().add("centered");
        setCenter(center);
        Button done = Widgets.button("done", model, "result.done", () -> model.submit(new Intent.Done()), "primary");
        done.disableProperty().bind(result.receiptPrinting());
        setBottom(Widgets.footer(Widgets.none(), new Node[] {done}));
        result.kind().addListener((o, old, k) -> mark(mark, k));
        mark(mark, result.kind().get());
    }

    private static void mark(ResultMark mark, Optional<Outcome.Kind> kind) {
        Outcome.Kind k = kind.orElse(Outcome.Kind.PENDING);
        mark.pseudoClassStateChanged(GOOD, k == Outcome.Kind.APPLIED);
        mark.pseudoClassStateChanged(WAIT, k == Outcome.Kind.PENDING || k == Outcome.Kind.CREDIT_HELD);
        mark.pseudoClassStateChanged(BAD, k == Outcome.Kind.REFUSED || k == Outcome.Kind.NEEDS_STAFF);
        mark.show(k == Outcome.Kind.APPLIED);
    }
}
