package jp.konbini.central.apply;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** How far the server holds a kiosk's sequence: 1..highestContiguous all stored; highestSeen the largest stored. */
public record KioskPosition(long highestContiguous, long highestSeen) {

    /** Nothing is stored beyond the contiguous run, so only newly stored records can extend it. */
    boolean nothingBeyond() {
        return highestSeen <= highestContiguous;
    }

    /**
     * Whether a batch whose lowest sequence number is {@code lowestSeq} can hold nothing stored under its numbers:
     * nothing is stored beyond the contiguous run and the batch lies beyond everything stored.
     */
    boolean allNew(long lowestSeq) {
        return nothingBeyond() && lowestSeq > highestSeen;
    }

    /**
     * The contiguous run once {@code stored} are stored too, when {@link #nothingBeyond()}: found without asking the
     * database, since every record above the run is then one of them.
     */
    long contiguousWith(Collection<Long> stored) {
        Set<Long> seqs = new HashSet<>(stored);
        long highest = highestContiguous;
        while (seqs.contains(highest + 1)) {
            highest++;
        }
        return highest;
    }
}
