package jp.konbini.ui.bench;

import jp.konbini.domain.money.Denomination;
import jp.konbini.flow.SessionFlow;

/**
 * A kiosk the UI benchmark can run customers through: a real session flow over (simulated)
 * devices, and a hand to push notes into the acceptor. The app implements it with the real
 * simulators; tests with the flow's test fixtures.
 */
public interface DrivableKiosk extends AutoCloseable {

    /** The flow, not started yet: the benchmark shows the UI first and then starts it, as the app does. */
    SessionFlow flow();

    /** A customer pushes this note into the acceptor (any thread; may return before the note is credited). */
    void insertNote(Denomination note);

    @Override
    void close();
}
