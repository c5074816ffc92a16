package jp.konbini.app;

/** Exit codes shared by every command, so scripts and technicians can rely on them. */
final class ExitCodes {

    static final int OK = 0;
    /** The command ran and its answer is "no" (verification found problems, a target was missed). */
    static final int FAILED = 1;
    /** Bad arguments or a bad configuration file: nothing was started. */
    static final int BAD_INPUT = 2;
    /** The journal cannot be opened or written: no cash may be taken. */
    static final int JOURNAL_UNAVAILABLE = 3;
    /** A device does not answer or cannot be initialised (off, unplugged, wrong port or line settings). */
    static final int NO_ANSWER = 3;
    /** A device answered that it cannot work now (paper out, cover open, offline, error). */
    static final int DEVICE_FAULT = 4;

    private ExitCodes() {
    }
}
