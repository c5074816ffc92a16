package jp.konbini.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import jp.konbini.ui.text.LanguageStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks the screen tests rely on find what they must: a planted private-use character, an
 * emoji, Hangul in the Japanese font, a system font, cut text, a small button, small text.
 */
class GlyphCheckTest {

    static Stage stage;

    @BeforeAll
    static void stage() throws TimeoutException {
        stage = org.testfx.api.FxToolkit.registerPrimaryStage();
        FxToolkit.onFxThread(() -> {
            UiFonts.ensureLoaded();
            return null;
        });
    }

    private List<String> problemsOf(Label... labels) {
        return FxToolkit.onFxThread(() -> {
            VBox box = new VBox(labels);
            stage.setScene(new Scene(box, 800, 400));
            box.applyCss();
            box.layout();
            return new GlyphCheck(UiDriver.FONTS).problems(box);
        });
    }

    private static Label label(String text, String family) {
        Label l = new Label(text);
        l.setFont(Font.font(family, 30));
        return l;
    }

    @Test
    void textEveryBundledFontCanDrawPasses() {
        assertEquals(List.of(), problemsOf(label("日本語 ¥3,000 ご確認ください", LanguageStyle.IPAEX_FAMILY),
                label("简体中文 繁體中文 한국어 English", LanguageStyle.WQY_FAMILY)));
    }

    @Test
    void aPlantedPrivateUseCharacterFails() {
        List<String> problems = problemsOf(label("残額 \uE000", LanguageStyle.IPAEX_FAMILY));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("U+E000"), problems.get(0));
    }

    @Test
    void anEmojiFails() {
        List<String> problems = problemsOf(label("Thank you \uD83D\uDE00", LanguageStyle.WQY_FAMILY));
        assertTrue(problems.stream().anyMatch(p -> p.contains("U+1F600")), problems.toString());
    }

    @Test
    void hangulInTheJapaneseFontFails() {
        List<String> problems = problemsOf(label("한국어", LanguageStyle.IPAEX_FAMILY));
        assertEquals(3, problems.size(), "IPAex has no Hangul: " + problems);
    }

    @Test
    void aFontThatIsNotBundledFails() {
        List<String> problems = problemsOf(label("Hello", "System"));
        assertTrue(problems.get(0).contains("not a bundled font"), problems.toString());
    }

    @Test
    void smallTouchTargetsAndSmallTextAreFound() {
        List<String> problems = FxToolkit.onFxThread(() -> {
            javafx.scene.control.Button small = new javafx.scene.control.Button("OK");
            small.setId("small");
            small.setFont(Font.font(LanguageStyle.WQY_FAMILY, 30));
            small.setMinSize(60, 60);
            small.setMaxSize(60, 60);
            Label tiny = label("tiny", LanguageStyle.WQY_FAMILY);
            tiny.setFont(Font.font(LanguageStyle.WQY_FAMILY, 20));
            VBox box = new VBox(small, tiny);
            stage.setScene(new Scene(box, 400, 300));
            box.applyCss();
            box.layout();
            return UxRules.problems(box);
        });
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("#small: touch target 60x60"), problems.get(0));
        assertTrue(problems.get(1).contains("20.0 px text"), problems.get(1));
    }

    @Test
    void textCutShortFails() {
        Label l = label("This text is far too long for its label", LanguageStyle.WQY_FAMILY);
        l.setMaxWidth(120);
        List<String> problems = problemsOf(l);
        assertTrue(problems.stream().anyMatch(p -> p.contains("cut short")), problems.toString());
    }
}
