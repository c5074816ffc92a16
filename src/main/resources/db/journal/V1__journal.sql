-- The kiosk's journal: the system of record for every yen taken in.
-- Every statement may run again: H2 commits DDL at once, so a crash during a migration leaves part
-- of it done without Flyway's record of it, and the next start runs it again (as in V2-V4).
-- Append-mostly: money_event rows are never updated or deleted; topup and note rows carry the
-- current state, which journal verify re-derives from the events.

CREATE TABLE IF NOT EXISTS journal_meta (
    kiosk_id      VARCHAR(32) PRIMARY KEY,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- One row per start of the kiosk; writing it durably proves the journal is writable before cash.
CREATE TABLE IF NOT EXISTS journal_boot (
    boot_no       BIGINT PRIMARY KEY,
    started_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    software      VARCHAR(64) NOT NULL
);

CREATE TABLE IF NOT EXISTS topup (
    seq               BIGINT PRIMARY KEY,            -- per-kiosk, gap-free, assigned with the row
    uuid              UUID NOT NULL UNIQUE,          -- client-generated idempotency key
    claim_code        CHAR(9) NOT NULL UNIQUE,
    line_kind         VARCHAR(8) NOT NULL,           -- PHONE | ICCID
    line_digits       VARCHAR(22) NOT NULL,
    product_id        VARCHAR(64) NOT NULL,
    carrier           VARCHAR(64) NOT NULL,
    product_name      VARCHAR(200) NOT NULL,         -- in the customer's language
    product_name_ja   VARCHAR(200) NOT NULL,         -- legal fields are always also in Japanese
    validity_days     INT NOT NULL,
    data_gb           DECIMAL(10, 2) NOT NULL,
    price_yen         BIGINT NOT NULL,
    tax_category      VARCHAR(16) NOT NULL,
    language          VARCHAR(8) NOT NULL,
    state             VARCHAR(16) NOT NULL,
    credited_yen      BIGINT NOT NULL,
    opened_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT topup_amounts CHECK (price_yen > 0 AND credited_yen >= 0)
);

CREATE TABLE IF NOT EXISTS note (
    id            BIGINT PRIMARY KEY,                -- gap-free, in escrow order
    topup_seq     BIGINT NOT NULL REFERENCES topup (seq),
    yen           BIGINT NOT NULL,
    state         VARCHAR(16) NOT NULL,              -- ESCROWED | STACKING | CREDITED | RETURNED
    CONSTRAINT note_value CHECK (yen > 0)
);
CREATE INDEX IF NOT EXISTS note_by_topup ON note (topup_seq);

CREATE TABLE IF NOT EXISTS money_event (
    seq           BIGINT PRIMARY KEY,                -- gap-free over the whole journal
    topup_seq     BIGINT NOT NULL REFERENCES topup (seq),
    note_id       BIGINT REFERENCES note (id),
    kind          VARCHAR(24) NOT NULL,
    yen           BIGINT NOT NULL,
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    chain_hash    CHAR(64) NOT NULL                  -- SHA-256 over the previous hash and this event
);
CREATE INDEX IF NOT EXISTS money_event_by_topup ON money_event (topup_seq);
