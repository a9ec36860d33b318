-- Version 7: what the public sees of a release, versioned release hashes, and released
-- differentially private answers.
-- Portable SQL (SQLite and PostgreSQL); the triggers are SQLite's spelling of "append-only".
-- Never edit a migration that has shipped; add a new one.

-- How a release's content hash is defined (store/src/releases.rs `content_hash_v`):
-- 1 = over its cells (releases made before this migration), 2 = over its cells and the
-- imports that went in. Adding the column fires no UPDATE trigger: releases stay as made.
ALTER TABLE releases ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;

-- A release's protected publication: the output of disclosure control over its cells with
-- these parameters, computed once and kept, so every server and `tipdata publish` with the
-- same parameters answer the same bytes. content_hash is over the published cells
-- (store/src/releases.rs `publication_hash`).
CREATE TABLE release_publications (
    id             INTEGER PRIMARY KEY,
    release_id     INTEGER NOT NULL REFERENCES releases (id),
    method         TEXT NOT NULL,
    threshold      BIGINT NOT NULL,
    margin         BIGINT NOT NULL,
    seed           TEXT NOT NULL,
    rules_version  TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    cell_count     BIGINT NOT NULL,
    hidden_count   BIGINT NOT NULL,
    report         TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL,
    UNIQUE (release_id, method, threshold, margin, seed)
);

-- Its cells: a count, or hidden (value NULL). Withheld cells are not there at all.
CREATE TABLE release_publication_cells (
    publication_id INTEGER NOT NULL REFERENCES release_publications (id),
    entity      TEXT NOT NULL,
    indicator   TEXT NOT NULL,
    dimension   TEXT NOT NULL,
    category    TEXT NOT NULL,
    sex         TEXT NOT NULL,
    age         TEXT NOT NULL,
    year        INTEGER NOT NULL,
    value_kind  TEXT NOT NULL CHECK (value_kind IN ('count', 'below', 'hidden')),
    value       BIGINT,
    PRIMARY KEY (publication_id, entity, indicator, dimension, category, sex, age, year)
);

CREATE TRIGGER release_publications_no_update BEFORE UPDATE ON release_publications
BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;
CREATE TRIGGER release_publications_no_delete BEFORE DELETE ON release_publications
BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;
CREATE TRIGGER release_publication_cells_no_update BEFORE UPDATE ON release_publication_cells
BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;
CREATE TRIGGER release_publication_cells_no_delete BEFORE DELETE ON release_publication_cells
BEGIN SELECT RAISE(ABORT, 'publications are immutable'); END;

-- A released differentially private answer: asked again (same dataset version, same query,
-- same epsilon) it is answered again without spending (post-processing of a released answer).
-- query is the canonical text of the question (columns, their public categories, epsilon).
CREATE TABLE dp_answers (
    id           INTEGER PRIMARY KEY,
    dataset      TEXT NOT NULL,
    import_id    INTEGER NOT NULL REFERENCES imports (id),
    query        TEXT NOT NULL,
    epsilon      DOUBLE PRECISION NOT NULL CHECK (epsilon > 0),
    spend_id     INTEGER NOT NULL REFERENCES privacy_spends (id),
    answer       TEXT NOT NULL,
    answer_hash  TEXT NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL
);
CREATE INDEX dp_answers_query ON dp_answers (dataset, import_id, epsilon);

CREATE TRIGGER dp_answers_no_update BEFORE UPDATE ON dp_answers
BEGIN SELECT RAISE(ABORT, 'released answers are append-only'); END;
CREATE TRIGGER dp_answers_no_delete BEFORE DELETE ON dp_answers
BEGIN SELECT RAISE(ABORT, 'released answers are append-only'); END;
