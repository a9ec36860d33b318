-- Version 3: submissions from national authorities, their cells, queries on findings with
-- comment threads, and collection rounds. Portable SQL (SQLite and PostgreSQL).
-- Never edit a migration that has shipped; add a new one.

CREATE TABLE submissions (
    id          INTEGER PRIMARY KEY,
    entity      TEXT NOT NULL REFERENCES entities (id),
    year        INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'under_review', 'validated')),
    channel     TEXT NOT NULL,
    file        TEXT NOT NULL,
    metadata    TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX submissions_entity_year ON submissions (entity, year);

CREATE TABLE submission_cells (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER NOT NULL REFERENCES submissions (id),
    indicator     TEXT NOT NULL,
    dimension     TEXT NOT NULL,
    category      TEXT NOT NULL,
    sex           TEXT NOT NULL,
    age           TEXT NOT NULL,
    value_kind    TEXT NOT NULL CHECK (value_kind IN ('count', 'below', 'missing')),
    value         BIGINT,
    source_sheet  TEXT NOT NULL,
    source_row    BIGINT NOT NULL,
    source_column TEXT NOT NULL,
    UNIQUE (submission_id, indicator, dimension, category, sex, age)
);

CREATE TABLE data_queries (
    id            INTEGER PRIMARY KEY,
    submission_id INTEGER REFERENCES submissions (id),
    rule          TEXT NOT NULL,
    severity      TEXT NOT NULL,
    entity        TEXT NOT NULL,
    year          INTEGER,
    cells         TEXT NOT NULL,
    message       TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('open', 'answered', 'resolved')),
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

CREATE TABLE data_query_comments (
    id        INTEGER PRIMARY KEY,
    query_id  INTEGER NOT NULL REFERENCES data_queries (id),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    body      TEXT NOT NULL
);

CREATE TABLE rounds (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    first_year  INTEGER NOT NULL,
    last_year   INTEGER NOT NULL,
    deadline    TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE round_countries (
    round_id            INTEGER NOT NULL REFERENCES rounds (id),
    entity              TEXT NOT NULL REFERENCES entities (id),
    invited_at          TEXT NOT NULL,
    questionnaire_sent  TEXT,
    PRIMARY KEY (round_id, entity)
);
