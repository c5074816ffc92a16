-- Sync with the central server (issue 5). The outbox row of a top-up is written in the same
-- transaction that closes it (completed, cancelled or abandoned), so nothing closed can be missed.
-- Every statement may run again: H2 commits DDL at once, so a power cut during this migration
-- leaves some of it done without Flyway's record of it, and the next start runs it again.

CREATE TABLE IF NOT EXISTS topup_sync (
    topup_seq         BIGINT PRIMARY KEY REFERENCES topup (seq),
    kind              VARCHAR(16) NOT NULL,          -- PURCHASE | CANCELLED | ABANDONED
    state             VARCHAR(16) NOT NULL,          -- PENDING | SYNCED | REJECTED
    queued_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,   -- kiosk wall clock (may be wrong)
    queued_uptime_ms  BIGINT NOT NULL,               -- kiosk uptime (monotonic, kept across restarts)
    outcome           VARCHAR(16),                   -- APPLIED | REFUSED | RECORDED, once synced
    reason            VARCHAR(500),                  -- the carrier's refusal or the server's rejection
    new_expiry        DATE,                          -- the line's expiry after APPLIED
    applied_at        TIMESTAMP(6) WITH TIME ZONE,   -- server time of storing it
    synced_at         TIMESTAMP(6) WITH TIME ZONE    -- kiosk time the answer was recorded
);
CREATE INDEX IF NOT EXISTS topup_sync_by_state ON topup_sync (state, topup_seq);

-- Accumulated uptime, so offline ages survive restarts without trusting the wall clock.
CREATE TABLE IF NOT EXISTS kiosk_uptime (
    id                INT PRIMARY KEY CHECK (id = 1),
    uptime_ms         BIGINT NOT NULL
);
INSERT INTO kiosk_uptime (id, uptime_ms) SELECT 1, 0 WHERE NOT EXISTS (SELECT 1 FROM kiosk_uptime);

-- Journals written before sync existed: their closed records all wait for their first upload,
-- counted as queued at uptime 0 (the oldest possible, so no offline bound is extended).
INSERT INTO topup_sync (topup_seq, kind, state, queued_at, queued_uptime_ms)
SELECT seq,
       CASE state WHEN 'QUEUED' THEN 'PURCHASE' WHEN 'CANCELLED' THEN 'CANCELLED' ELSE 'ABANDONED' END,
       'PENDING', COALESCE(closed_at, opened_at), 0
FROM topup WHERE state IN ('QUEUED', 'CANCELLED', 'ABANDONED', 'SETTLED')
  AND seq NOT IN (SELECT topup_seq FROM topup_sync);
