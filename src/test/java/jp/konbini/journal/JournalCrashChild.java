package jp.konbini.journal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;

/**
 * The process the kill test shoots: opens the journal in a data directory, finishes what the last
 * run left, then runs customer sessions until it is killed, printing one {@code ACK ...} line for
 * each journal call as soon as it has returned.
 */
public final class JournalCrashChild {

    private JournalCrashChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        try (H2Journal journal = H2Journal.open(JournalLocation.in(dataDir), JournalFixture.KIOSK, "test", JournalFixture.CLOCK)) {
            JournalWorkload workload = new JournalWorkload(journal, new Random(seed), ack -> print(out, ack.line()));
            print(out, "READY");
            workload.finishWhatWasLeft();
            while (true) {
                workload.session();
            }
        }
    }

    /** One write and flush per line, so the parent never sees half an acknowledgement as a whole one. */
    private static void print(OutputStream out, String line) {
        try {
            out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
