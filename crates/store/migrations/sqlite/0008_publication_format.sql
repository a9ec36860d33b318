-- Version 8: the format version of a kept publication, and the replacement of a stale one.
-- Portable SQL (SQLite and PostgreSQL); the triggers are SQLite's spelling of "append-only".
-- Never edit a migration that has shipped; add a new one.

-- Which disclosure code made a kept publication (tipdata_privacy::release::PUBLICATION_FORMAT,
-- bumped whenever that code's output changes). Publications kept before this migration are
-- 0, unknown: made by older code (without regional sums; before the withheld fix, with `<5`
-- cells readable as the published remainder). Every reader recomputes a publication whose
-- version is older than its own and replaces the kept copy. Adding the column fires no UPDATE
-- trigger: the rows stay as made.
ALTER TABLE release_publications ADD COLUMN format_version INTEGER NOT NULL DEFAULT 0;

-- A kept publication replaced because older code made it: what it was (its row and cells
-- are deleted in the transaction that stores its replacement, and only then; the audit trail
-- records both). publication_id is the replaced row's id; the row is gone, hence no reference.
CREATE TABLE release_publication_replacements (
    id              INTEGER PRIMARY KEY,
    publication_id  BIGINT NOT NULL,
    release_id      INTEGER NOT NULL REFERENCES releases (id),
    method          TEXT NOT NULL,
    threshold       BIGINT NOT NULL,
    margin          BIGINT NOT NULL,
    seed            TEXT NOT NULL,
    rules_version   TEXT NOT NULL,
    format_version  INTEGER NOT NULL,
    content_hash    TEXT NOT NULL,
    cell_count      BIGINT NOT NULL,
    hidden_count    BIGINT NOT NULL,
    created_at      TEXT NOT NULL,
    created_by      TEXT NOT NULL,
    new_format_version INTEGER NOT NULL,
    new_rules_version  TEXT NOT NULL,
    replaced_at     TEXT NOT NULL,
    replaced_by     TEXT NOT NULL
);

CREATE TRIGGER release_publication_replacements_no_update BEFORE UPDATE ON release_publication_replacements
BEGIN SELECT RAISE(ABORT, 'publication replacements are append-only'); END;
CREATE TRIGGER release_publication_replacements_no_delete BEFORE DELETE ON release_publication_replacements
BEGIN SELECT RAISE(ABORT, 'publication replacements are append-only'); END;

-- Publications stay immutable: a row (and its cells) may be deleted only once its
-- replacement is recorded above, naming that very row (id, format version and hash).
DROP TRIGGER release_publications_no_delete;
CREATE TRIGGER release_publications_no_delete BEFORE DELETE ON release_publications
WHEN NOT EXISTS (
    SELECT 1 FROM release_publication_replacements r
    WHERE r.publication_id = OLD.id AND r.format_version = OLD.format_version AND r.content_hash = OLD.content_hash
)
BEGIN SELECT RAISE(ABORT, 'publications are immutable (a stale one is only replaced, with a record)'); END;
DROP TRIGGER release_publication_cells_no_delete;
CREATE TRIGGER release_publication_cells_no_delete BEFORE DELETE ON release_publication_cells
WHEN NOT EXISTS (
    SELECT 1 FROM release_publication_replacements r
    JOIN release_publications p ON p.id = r.publication_id
    WHERE r.publication_id = OLD.publication_id AND r.format_version = p.format_version AND r.content_hash = p.content_hash
)
BEGIN SELECT RAISE(ABORT, 'publications are immutable (a stale one is only replaced, with a record)'); END;
