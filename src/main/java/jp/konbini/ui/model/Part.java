package jp.konbini.ui.model;

import jp.konbini.flow.SessionView;
import jp.konbini.ui.text.Texts;

/** A screen's view-model: derives what its screen shows from the session view, in the session's language. */
interface Part {
    void update(SessionView view, Texts texts);
}
