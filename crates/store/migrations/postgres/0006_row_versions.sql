-- Version 6 (PostgreSQL twin of migrations/sqlite/0006_row_versions.sql): row versions on
-- submissions and their cells; a change from an older version is a `StoreError::Conflict`.
-- Never edit a migration that has shipped; add a new one.

ALTER TABLE submissions ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE submission_cells ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
