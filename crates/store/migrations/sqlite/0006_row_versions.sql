-- Version 6: row versions on submissions and their cells. A writer names the version it read;
-- a change from an older version is a conflict (`StoreError::Conflict`), never an overwrite.
-- Never edit a migration that has shipped; add a new one.

ALTER TABLE submissions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE submission_cells ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
