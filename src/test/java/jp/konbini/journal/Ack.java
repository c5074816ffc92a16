package jp.konbini.journal;

import java.util.UUID;

/**
 * A journal call that returned: the event it must have made durable. Printed by crash-test
 * children as one line, so the parent knows what was acknowledged before the kill.
 */
record Ack(MoneyEventKind kind, long topUpSeq, Long noteId, long yen, UUID uuid) {

    static Ack of(MoneyEventKind kind, long topUpSeq, Long noteId, long yen) {
        return new Ack(kind, topUpSeq, noteId, yen, null);
    }

    String line() {
        return "ACK " + kind + " " + topUpSeq + " " + (noteId == null ? "-" : noteId) + " " + yen + " " + (uuid == null ? "-" : uuid);
    }

    static Ack parse(String line) {
        String[] f = line.split(" ");
        if (f.length != 6 || !f[0].equals("ACK")) {
            throw new IllegalArgumentException("not an ack line: " + line);
        }
        return new Ack(MoneyEventKind.valueOf(f[1]), Long.parseLong(f[2]), f[3].equals("-") ? null : Long.valueOf(f[3]),
                Long.parseLong(f[4]), f[5].equals("-") ? null : UUID.fromString(f[5]));
    }

    boolean matches(MoneyEvent e) {
        Long eventNote = e.noteId().isPresent() ? e.noteId().getAsLong() : null;
        return e.kind() == kind && e.topUpSeq() == topUpSeq && java.util.Objects.equals(eventNote, noteId) && e.amount().amount() == yen;
    }
}
