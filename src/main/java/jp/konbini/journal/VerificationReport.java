package jp.konbini.journal;

import java.util.List;

/**
 * The result of {@code journal verify}: counts, every integrity problem found (any problem fails
 * the verification), and what is unfinished (not a problem: it is the flow's or staff's to finish).
 */
public record VerificationReport(long topUps, long notes, long events, List<String> problems, RecoveryReport recovery) {

    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
