package jp.konbini.journal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The only way anything is written to the journal. Each unit of work runs in its own transaction,
 * is committed, and then {@code CHECKPOINT SYNC} forces it to the device (H2 never fsyncs on
 * commit by itself); only then does the call return. Any storage failure makes the journal
 * unavailable for good (until restart), so no later note is taken on hope. The one exception to
 * "commit, then sync" is the credit point, which is first written ahead into the {@link CreditLog}.
 */
final class DurableWrites {

    private final Connection connection;
    private final Statement sync;
    private final CreditLog creditLog;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile JournalStatus status = JournalStatus.writable();

    DurableWrites(Connection connection, CreditLog creditLog) throws SQLException {
        this.connection = connection;
        this.creditLog = creditLog;
        this.connection.setAutoCommit(false);
        this.sync = connection.createStatement();
    }

    JournalStatus status() {
        return status;
    }

    /** Runs {@code work}, commits, syncs to disk, and only then returns its result. */
    <T> T commit(SqlWork<T> work) {
        lock.lock();
        try {
            failIfUnavailable();
            T result;
            try {
                result = work.run(connection);
            } catch (SQLException e) {
                rollbackQuietly();
                if (Faults.isConstraintViolation(e)) {
                    throw new IllegalStateException("journal rule violated: " + e.getMessage(), e);
                }
                throw markUnavailable(e);
            } catch (RuntimeException e) {
                rollbackQuietly();
                throw e;
            }
            try {
                connection.commit();
                sync.execute("CHECKPOINT SYNC");
            } catch (SQLException e) {
                // Committed or not, the change is not known to be on disk: nobody may act on it.
                throw markUnavailable(e);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The credit point, ahead of the journal rows: {@code mayCredit} (a read) decides whether
     * {@code note} is to be credited now; if so its record is written to the credit log and forced,
     * and only then does this return true. False: the note was already credited (a repeat).
     */
    boolean creditAhead(NoteRef note, long atMicros, SqlWork<Boolean> mayCredit) {
        lock.lock();
        try {
            failIfUnavailable();
            if (!read(mayCredit)) {
                return false;
            }
            try {
                creditLog.append(note.id(), note.topUpSeq(), note.value().amount(), atMicros);
            } catch (IOException e) {
                // Written or not, the record is not known to be on disk: the note must not be ACKed.
                throw markUnavailable(e);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Runs a read on the same connection (reads see every committed write). */
    <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            try {
                return work.run(connection);
            } finally {
                rollbackQuietly();
            }
        } catch (SQLException e) {
            throw markUnavailable(e);
        } finally {
            lock.unlock();
        }
    }

    void close() {
        lock.lock();
        try {
            status = JournalStatus.unavailable(JournalFault.IO_ERROR, "closed");
            creditLog.close();
            connection.close();
        } catch (SQLException ignored) {
            // Closing a broken database: nothing more can be lost or saved here.
        } finally {
            lock.unlock();
        }
    }

    private void failIfUnavailable() {
        JournalStatus s = status;
        if (!s.acceptsCash()) {
            throw new JournalUnavailableException(s.fault(), s.detail(), null);
        }
    }

    private JournalUnavailableException markUnavailable(Exception e) {
        JournalUnavailableException failure = Faults.unavailable(e);
        status = JournalStatus.unavailable(failure.fault(), Faults.rootMessage(e));
        return failure;
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The transaction is gone either way; a storage fault shows up on the next write.
        }
    }
}
