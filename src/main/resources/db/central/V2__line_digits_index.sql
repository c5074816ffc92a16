-- A batch looks its lines up by their digits (one array parameter, the same statement on H2 and
-- PostgreSQL). The primary key starts with line_kind, which H2 cannot use for "line_digits = ANY (?)",
-- so without this index every batch read the whole table. May run again after a crash halfway (H2
-- commits DDL at once).
CREATE INDEX IF NOT EXISTS line_account_by_digits ON line_account (line_digits);
