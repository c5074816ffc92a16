package jp.konbini.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jp.konbini.domain.topup.NoteState;

/**
 * A journal opened for inspection only ({@code journal verify}, {@code journal export}): not a
 * byte of it is changed. It cannot be opened while a running kiosk holds the journal.
 */
public final class ReadOnlyJournal implements AutoCloseable {

    private final Connection connection;
    private final JournalLocation location;

    private ReadOnlyJournal(Connection connection, JournalLocation location) {
        this.connection = connection;
        this.location = location;
    }

    public static ReadOnlyJournal open(JournalLocation location) {
        return open(location, JournalLocation.FILE_NAME);
    }

    /** Opens another journal file in the same directory (a rebuild being checked). */
    static ReadOnlyJournal open(JournalLocation location, String name) {
        return new ReadOnlyJournal(JournalDatabase.openReadOnly(location, name), location);
    }

    /**
     * Notes that reached the credit point (their record is in the credit log) but whose journal rows
     * are not written yet: the kiosk stopped in between. They are credited when it next starts.
     */
    public List<NoteRecord> creditsAwaitingRows() {
        try {
            List<NoteRecord> awaiting = new ArrayList<>();
            for (CreditLog.Entry e : CreditLog.readOnly(location)) {
                JournalRows.note(connection, e.noteId())
                        .filter(n -> n.state() == NoteState.STACKING && n.topUpSeq() == e.topUpSeq() && n.value().amount() == e.yen())
                        .ifPresent(awaiting::add);
            }
            return awaiting;
        } catch (SQLException | IOException e) {
            throw Faults.unavailable(e);
        }
    }

    /** Writes the whole database as SQL (schema and rows), for a rebuild. */
    void scriptTo(Path file) {
        try (Statement st = connection.createStatement()) {
            st.execute("SCRIPT TO '" + file.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw Faults.unavailable(e);
        }
    }

    public VerificationReport verify() {
        try {
            return JournalVerifier.verify(connection);
        } catch (SQLException e) {
            throw Faults.unavailable(e);
        }
    }

    /** Every top-up, in sequence order. */
    public List<TopUpRecord> topUps() {
        try {
            return JournalRows.allTopUps(connection);
        } catch (SQLException e) {
            throw Faults.unavailable(e);
        }
    }

    /** Every money event, in sequence order. */
    public List<MoneyEvent> events() {
        try {
            return JournalRows.allEvents(connection);
        } catch (SQLException e) {
            throw Faults.unavailable(e);
        }
    }

    /** @return the number of top-ups written */
    public long exportJsonl(Writer out) {
        try {
            return JournalExporter.exportJsonl(connection, out);
        } catch (SQLException e) {
            throw Faults.unavailable(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        JournalDatabase.closeQuietly(connection);
    }
}
