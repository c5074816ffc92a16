package jp.konbini.sync;

/**
 * The session flow's port for the real-time path: after the journal has queued a paid top-up,
 * ask for its confirmation and get an answer within a bounded wait, never later.
 */
public interface TopUpConfirmer {

    /** @param seq a top-up the journal has completed (QUEUED) */
    Confirmation confirm(long seq);
}
