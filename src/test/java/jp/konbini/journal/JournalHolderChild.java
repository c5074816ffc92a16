package jp.konbini.journal;

import java.nio.file.Path;

/** A second process that opens a journal and keeps it open until killed (the "locked" case). */
public final class JournalHolderChild {

    private JournalHolderChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (H2Journal journal = H2Journal.open(JournalLocation.in(Path.of(args[0])), JournalFixture.KIOSK, "holder", JournalFixture.CLOCK)) {
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
