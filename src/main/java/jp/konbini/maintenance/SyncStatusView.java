package jp.konbini.maintenance;

import java.time.Instant;
import java.util.Optional;
import jp.konbini.journal.OfflineExposure;

/** The sync screen's figures: what is unsynced, whether the server answers, and when it last did. */
public record SyncStatusView(OfflineExposure exposure, boolean online, String lastProblem, Optional<Instant> lastAnswer) {
}
