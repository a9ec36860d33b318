-- Version 5: what tipdata publishes from. Frozen releases of the country data, victim-level
-- records (CTDC-shaped), and the differential-privacy budget ledger per dataset.
-- Portable SQL (SQLite and PostgreSQL); the triggers are SQLite's spelling of "append-only".
-- Never edit a migration that has shipped; add a new one.

-- A release: a frozen, citable snapshot of every stored cell at one moment.
-- content_hash is SHA-256 over the cells in key order (see store/src/releases.rs).
CREATE TABLE releases (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL UNIQUE,
    created_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    content_hash       TEXT NOT NULL,
    cell_count         BIGINT NOT NULL,
    note               TEXT NOT NULL
);

-- The snapshot's cells, copied: a release reproduces exactly whatever happens to the live data.
CREATE TABLE release_cells (
    release_id  INTEGER NOT NULL REFERENCES releases (id),
    entity      TEXT NOT NULL,
    indicator   TEXT NOT NULL,
    dimension   TEXT NOT NULL,
    category    TEXT NOT NULL,
    sex         TEXT NOT NULL,
    age         TEXT NOT NULL,
    year        INTEGER NOT NULL,
    value_kind  TEXT NOT NULL CHECK (value_kind IN ('count', 'below', 'missing')),
    value       BIGINT,
    import_id   INTEGER NOT NULL REFERENCES imports (id),
    version     INTEGER NOT NULL,
    PRIMARY KEY (release_id, entity, indicator, dimension, category, sex, age, year)
);

-- What went in: every import applied when the release was made (file imports and validated
-- submissions, whose imports have kind 'submission'), with how many of the release's cells
-- hold the value it wrote.
CREATE TABLE release_imports (
    release_id INTEGER NOT NULL REFERENCES releases (id),
    import_id  INTEGER NOT NULL REFERENCES imports (id),
    cells      BIGINT NOT NULL,
    PRIMARY KEY (release_id, import_id)
);

CREATE TRIGGER releases_no_update BEFORE UPDATE ON releases
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER releases_no_delete BEFORE DELETE ON releases
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER release_cells_no_update BEFORE UPDATE ON release_cells
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER release_cells_no_delete BEFORE DELETE ON release_cells
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER release_imports_no_update BEFORE UPDATE ON release_imports
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;
CREATE TRIGGER release_imports_no_delete BEFORE DELETE ON release_imports
BEGIN SELECT RAISE(ABORT, 'releases are immutable'); END;

-- A victim-level dataset (e.g. 'ctdc'): its current version is the import that last changed it.
CREATE TABLE victim_datasets (
    name          TEXT PRIMARY KEY,
    import_id     INTEGER NOT NULL REFERENCES imports (id),
    records       BIGINT NOT NULL,
    content_hash  TEXT NOT NULL
);

-- One identified victim, as the CTDC global dataset codes it. NULL = missing in the source.
-- Every version's records are kept (an import that changes the dataset adds a new version).
CREATE TABLE victim_records (
    id                       INTEGER PRIMARY KEY,
    import_id                INTEGER NOT NULL REFERENCES imports (id),
    source_row               BIGINT NOT NULL,
    year_of_registration     INTEGER NOT NULL,
    gender                   TEXT,
    age_broad                TEXT,
    citizenship              TEXT,
    is_forced_labour         SMALLINT,
    is_sexual_exploit        SMALLINT,
    country_of_exploitation  TEXT
);
CREATE INDEX victim_records_import ON victim_records (import_id);

CREATE TRIGGER victim_records_no_update BEFORE UPDATE ON victim_records
BEGIN SELECT RAISE(ABORT, 'victim records are append-only'); END;
CREATE TRIGGER victim_records_no_delete BEFORE DELETE ON victim_records
BEGIN SELECT RAISE(ABORT, 'victim records are append-only'); END;

-- The privacy budget of a dataset: the total epsilon its differentially private releases may
-- spend together. Changing it is audited.
CREATE TABLE privacy_budgets (
    dataset        TEXT PRIMARY KEY,
    total_epsilon  DOUBLE PRECISION NOT NULL CHECK (total_epsilon >= 0),
    set_at         TEXT NOT NULL,
    set_by         TEXT NOT NULL
);

-- Every spend of a dataset's budget (one differentially private release). Append-only.
CREATE TABLE privacy_spends (
    id        INTEGER PRIMARY KEY,
    dataset   TEXT NOT NULL REFERENCES privacy_budgets (dataset),
    epsilon   DOUBLE PRECISION NOT NULL CHECK (epsilon > 0),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    purpose   TEXT NOT NULL
);
CREATE INDEX privacy_spends_dataset ON privacy_spends (dataset);

CREATE TRIGGER privacy_spends_no_update BEFORE UPDATE ON privacy_spends
BEGIN SELECT RAISE(ABORT, 'the privacy ledger is append-only'); END;
CREATE TRIGGER privacy_spends_no_delete BEFORE DELETE ON privacy_spends
BEGIN SELECT RAISE(ABORT, 'the privacy ledger is append-only'); END;
