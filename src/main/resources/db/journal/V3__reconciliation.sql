-- Notes whose fate the acceptor could not tell (a jam or power loss after STACK, a credit point
-- with no pending note). Staff count the cash box and settle each one; until then the kiosk takes
-- no cash. Settling a note as found in the cash box credits it (a NOTE_CREDITED money event).
-- May run again after a crash halfway (H2 commits DDL at once).

CREATE TABLE IF NOT EXISTS reconciliation (
    id            BIGINT PRIMARY KEY,                -- gap-free
    note_id       BIGINT REFERENCES note (id),       -- null when the note's value is unknown
    reason        VARCHAR(48) NOT NULL,
    detail        VARCHAR(200) NOT NULL,
    opened_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolution    VARCHAR(24),                       -- IN_CASH_BOX | NOT_IN_CASH_BOX | ACKNOWLEDGED
    resolved_by   VARCHAR(64),
    resolved_at   TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT reconciliation_resolved CHECK ((resolution IS NULL) = (resolved_at IS NULL))
);
