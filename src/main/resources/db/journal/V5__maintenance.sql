-- Maintenance mode (issue 7): the audit log, the PIN entry lock, cash collections and claim
-- settlements. Not money events: journal verify does not replay these, but the audit log is
-- append-only (no statement in the code updates or deletes it) and hash-chained like money events.
-- May run again after a crash halfway (H2 commits DDL at once).

CREATE TABLE IF NOT EXISTS audit_event (
    seq           BIGINT PRIMARY KEY,                -- gap-free, in the order the actions happened
    at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor         VARCHAR(64) NOT NULL,              -- the operator's name; '-' before anyone is known
    role          VARCHAR(12) NOT NULL,              -- STAFF | TECHNICIAN | NONE
    action        VARCHAR(40) NOT NULL,
    subject       VARCHAR(120) NOT NULL,             -- what was acted on ('' when nothing in particular)
    before_value  VARCHAR(400) NOT NULL,
    after_value   VARCHAR(400) NOT NULL,
    chain_hash    CHAR(64) NOT NULL                  -- SHA-256 over the previous hash and this row
);

-- How far the central server has acknowledged the audit log (one row).
CREATE TABLE IF NOT EXISTS audit_sync (
    id            INT PRIMARY KEY CHECK (id = 1),
    acked_through BIGINT NOT NULL
);
MERGE INTO audit_sync KEY (id) VALUES (1, 0);

-- Wrong PINs in a row and the lock they set (one row), so a restart does not clear a lockout.
CREATE TABLE IF NOT EXISTS maintenance_entry (
    id              INT PRIMARY KEY CHECK (id = 1),
    failed_attempts INT NOT NULL,
    locked_until    TIMESTAMP(6) WITH TIME ZONE
);
MERGE INTO maintenance_entry KEY (id) VALUES (1, 0, NULL);

-- Cash collections. Started when staff open the cash box: the journal's figures are frozen in the
-- row (every note credited after the previous collection's last money event). Recorded when staff
-- enter what they counted; only a recorded collection moves the watermark, so a crash before that
-- resumes the same collection and one after it never counts a note twice.
CREATE TABLE IF NOT EXISTS cash_collection (
    no              BIGINT PRIMARY KEY,              -- gap-free
    state           VARCHAR(10) NOT NULL,            -- STARTED | RECORDED
    after_event     BIGINT NOT NULL,                 -- money events above this ...
    through_event   BIGINT NOT NULL,                 -- ... up to this one are in the cash box
    journal_counts  VARCHAR(120) NOT NULL,           -- yen:count,... of the credited notes
    counted_counts  VARCHAR(120),                    -- what staff counted, same form
    started_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    started_by      VARCHAR(64) NOT NULL,
    recorded_at     TIMESTAMP(6) WITH TIME ZONE,
    recorded_by     VARCHAR(64),
    CONSTRAINT cash_collection_recorded CHECK ((state = 'RECORDED') = (recorded_at IS NOT NULL AND counted_counts IS NOT NULL)),
    CONSTRAINT cash_collection_range CHECK (through_event >= after_event)
);

-- Claim codes paid out at the register (a credit held, or a refused top-up): at most once each.
CREATE TABLE IF NOT EXISTS claim_settlement (
    topup_seq     BIGINT PRIMARY KEY REFERENCES topup (seq),
    settled_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    settled_by    VARCHAR(64) NOT NULL,
    yen           BIGINT NOT NULL
);
