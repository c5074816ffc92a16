-- Receipt print jobs (issue 4). A job is recorded before its first byte is sent, and its end
-- (printed, or failed with the printer's reason) is recorded durably, so a receipt lost to a
-- paper end or a crash is found and reprinted whole, marked as a reprint. Not money: journal
-- verify does not replay these rows, but they live and die with the top-up they belong to.
-- Version 4: versions 2 and 3 belong to other work merged alongside (outbox, acceptor).
-- May run again after a crash halfway (H2 commits DDL at once).

CREATE TABLE IF NOT EXISTS print_job (
    id            BIGINT PRIMARY KEY,                -- gap-free, in the order jobs were started
    topup_seq     BIGINT NOT NULL REFERENCES topup (seq),
    kind          VARCHAR(8) NOT NULL,               -- SALE | CREDIT
    delivery      VARCHAR(8),                        -- APPLIED | PENDING on a sale receipt, NULL on a credit note
    valid_until   DATE,                              -- the line's new expiry printed on an applied receipt
    reprint_no    INT NOT NULL,                      -- 0 for the first print, 1, 2, ... for reprints (再発行)
    state         VARCHAR(12) NOT NULL,              -- PRINTING | PRINTED | FAILED
    problem       VARCHAR(24),                       -- why it failed (PAPER_OUT, COVER_OPEN, NOT_ANSWERING, ...)
    detail        VARCHAR(400),
    started_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    ended_at      TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT print_job_reprint CHECK (reprint_no >= 0),
    CONSTRAINT print_job_delivery CHECK ((kind = 'SALE' AND delivery IS NOT NULL) OR (kind = 'CREDIT' AND delivery IS NULL))
);
CREATE INDEX IF NOT EXISTS print_job_by_topup ON print_job (topup_seq);
