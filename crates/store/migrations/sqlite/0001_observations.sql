-- Version 1: reporting entities, imports, observations with their history, findings,
-- and the append-only audit trail. Written in the SQL that SQLite and PostgreSQL share.
-- Never edit a migration that has shipped; add a new one.

CREATE TABLE entities (
    id         TEXT PRIMARY KEY,
    m49        TEXT NOT NULL,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('country', 'territory', 'composite', 'aggregate')),
    region     TEXT NOT NULL,
    subregion  TEXT NOT NULL
);

CREATE TABLE imports (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL,
    file               TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    actor              TEXT NOT NULL,
    at                 TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    rows_read          INTEGER NOT NULL,
    cells_inserted     INTEGER NOT NULL,
    cells_changed      INTEGER NOT NULL,
    cells_unchanged    INTEGER NOT NULL
);

CREATE TABLE observations (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL REFERENCES entities (id),
    indicator   TEXT NOT NULL,
    dimension   TEXT NOT NULL,
    category    TEXT NOT NULL,
    sex         TEXT NOT NULL,
    age         TEXT NOT NULL,
    year        INTEGER NOT NULL,
    value_kind  TEXT NOT NULL CHECK (value_kind IN ('count', 'below', 'missing')),
    value       BIGINT,
    source_file   TEXT NOT NULL,
    source_sheet  TEXT NOT NULL,
    source_row    BIGINT NOT NULL,
    source_column TEXT NOT NULL,
    source_name   TEXT NOT NULL,
    import_id   INTEGER NOT NULL REFERENCES imports (id),
    version     INTEGER NOT NULL,
    UNIQUE (entity, indicator, dimension, category, sex, age, year)
);
CREATE INDEX observations_indicator_year ON observations (indicator, year);

-- Values a cell held before: replaced by a later import, or by a later row of the same file.
CREATE TABLE observation_history (
    id             INTEGER PRIMARY KEY,
    observation_id INTEGER NOT NULL REFERENCES observations (id),
    version        INTEGER NOT NULL,
    value_kind     TEXT NOT NULL,
    value          BIGINT,
    source_file    TEXT NOT NULL,
    source_sheet   TEXT NOT NULL,
    source_row     BIGINT NOT NULL,
    source_column  TEXT NOT NULL,
    replaced_by_import INTEGER NOT NULL REFERENCES imports (id),
    reason         TEXT NOT NULL
);
CREATE INDEX observation_history_observation ON observation_history (observation_id);

CREATE TABLE findings (
    id        INTEGER PRIMARY KEY,
    import_id INTEGER REFERENCES imports (id),
    rule      TEXT NOT NULL,
    severity  TEXT NOT NULL,
    entity    TEXT NOT NULL,
    year      INTEGER,
    cells     TEXT NOT NULL,
    message   TEXT NOT NULL
);

-- Append-only: every change to stored data, chained by hash so that `tipdata audit verify`
-- detects an edited, removed or reordered entry.
CREATE TABLE audit_log (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
