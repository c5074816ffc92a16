-- The kiosks' maintenance audit logs (issue 7), as they sync them (POST /v1/audit). Numbered 20,
-- clear of the small numbers other work may add meanwhile. The same SQL runs on H2 and PostgreSQL.

-- One row per entry a kiosk stored: each (kiosk, seq) once, never updated or deleted. The texts have
-- the sizes of the kiosk journal's audit_event columns (journal V5).
CREATE TABLE audit_entry (
    kiosk_id      VARCHAR(32) NOT NULL REFERENCES kiosk (kiosk_id),
    seq           BIGINT NOT NULL,                        -- the kiosk's gap-free number
    acted_at      TIMESTAMP WITH TIME ZONE NOT NULL,      -- kiosk clock
    actor         VARCHAR(64) NOT NULL,
    role          VARCHAR(12) NOT NULL,
    action        VARCHAR(40) NOT NULL,
    subject       VARCHAR(120) NOT NULL,
    before_value  VARCHAR(400) NOT NULL,
    after_value   VARCHAR(400) NOT NULL,
    chain_hash    CHAR(64) NOT NULL,                      -- recomputed and checked on receipt
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,      -- server clock
    PRIMARY KEY (kiosk_id, seq),
    CONSTRAINT audit_entry_seq CHECK (seq > 0)
);

-- How far the server holds each kiosk's log (1..stored_through, gap-free), the newest entry's hash the
-- next batch must link to, and when. Its row is the lock that puts one kiosk's batches in a line.
CREATE TABLE audit_position (
    kiosk_id          VARCHAR(32) PRIMARY KEY REFERENCES kiosk (kiosk_id),
    stored_through    BIGINT NOT NULL,
    last_hash         CHAR(64) NOT NULL,
    last_at           TIMESTAMP WITH TIME ZONE,           -- kiosk clock of the newest entry
    last_received_at  TIMESTAMP WITH TIME ZONE            -- server clock
);
