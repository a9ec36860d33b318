-- Version 2: court cases, their codings (values and evidence spans), and the final values
-- decided by agreement or adjudication. Written in the SQL that SQLite and PostgreSQL share.
-- Never edit a migration that has shipped; add a new one.

CREATE TABLE cases (
    id            TEXT PRIMARY KEY,
    source        TEXT NOT NULL,
    source_id     TEXT,
    source_key    TEXT,
    country       TEXT,
    court         TEXT,
    year          INTEGER,
    judgment_date TEXT,
    name          TEXT,
    link          TEXT,
    summary       TEXT NOT NULL,
    flags         TEXT NOT NULL,            -- JSON array of flag names
    raw           TEXT NOT NULL,            -- JSON object: the source record as read
    content_sha256 TEXT NOT NULL,           -- what the audit trail records for the case
    import_id     INTEGER REFERENCES imports (id),
    version       INTEGER NOT NULL
);
CREATE INDEX cases_source_id ON cases (source_id);

-- A case's earlier content, replaced by a later import.
CREATE TABLE case_history (
    id             INTEGER PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    version        INTEGER NOT NULL,
    content        TEXT NOT NULL,           -- JSON of the case as it was
    content_sha256 TEXT NOT NULL,
    replaced_by_import INTEGER REFERENCES imports (id)
);

-- One coder's coding of one case. A later coding by the same coder supersedes (never
-- deletes) the earlier one.
CREATE TABLE codings (
    id             INTEGER PRIMARY KEY,
    case_id        TEXT NOT NULL REFERENCES cases (id),
    coder          TEXT NOT NULL,
    coded_at       TEXT NOT NULL,
    status         TEXT NOT NULL CHECK (status IN ('current', 'superseded')),
    scheme_version TEXT NOT NULL,
    import_id      INTEGER REFERENCES imports (id),
    content_sha256 TEXT NOT NULL
);
CREATE INDEX codings_case_coder ON codings (case_id, coder);

CREATE TABLE coding_values (
    coding_id INTEGER NOT NULL REFERENCES codings (id),
    variable  TEXT NOT NULL,
    value     TEXT NOT NULL,                -- JSON, as the coding scheme writes it
    PRIMARY KEY (coding_id, variable)
);

CREATE TABLE coding_evidence (
    id         INTEGER PRIMARY KEY,
    coding_id  INTEGER NOT NULL REFERENCES codings (id),
    variable   TEXT NOT NULL,
    value      TEXT NOT NULL,
    start_char BIGINT NOT NULL,
    end_char   BIGINT NOT NULL,
    quoted     TEXT NOT NULL
);
CREATE INDEX coding_evidence_coding ON coding_evidence (coding_id);

-- The final dataset: one value per case and variable, by agreement or adjudication.
CREATE TABLE final_values (
    case_id    TEXT NOT NULL REFERENCES cases (id),
    variable   TEXT NOT NULL,
    value      TEXT NOT NULL,               -- JSON
    evidence   TEXT NOT NULL,               -- JSON list of spans
    method     TEXT NOT NULL CHECK (method IN ('agreement', 'adjudication')),
    basis      TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reason     TEXT,
    PRIMARY KEY (case_id, variable)
);

-- Every decision, including those a later decision replaced.
CREATE TABLE adjudications (
    id         INTEGER PRIMARY KEY,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    variable   TEXT NOT NULL,
    old_value  TEXT,
    new_value  TEXT NOT NULL,
    method     TEXT NOT NULL,
    basis      TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    reason     TEXT
);
