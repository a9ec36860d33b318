-- Version 9: the database's secret that keys rr3's random rounding.
-- PostgreSQL twin of migrations/sqlite/0009_rr3_secret.sql (same table; the triggers call
-- refuse_change() of migration 5).
-- Never edit a migration that has shipped; add a new one.

-- 32 random bytes from the OS (hex), made once on first use (store/src/releases.rs
-- `rr3_secret`). Each rr3 table set's random stream is keyed on a keyed hash of this secret,
-- the seed and the set's identity (privacy/src/glotip.rs), so a reader who knows the seed
-- cannot rerun the rounding to narrow a published cell. Never published, reported or logged;
-- kept in backups (operator-only) so a restored database rounds as before. One row (id 1),
-- never changed: a new secret would round every kept publication's cells another way.
CREATE TABLE rr3_secret (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    secret  TEXT NOT NULL CHECK (length(secret) = 64)
);

CREATE TRIGGER rr3_secret_no_update BEFORE UPDATE ON rr3_secret
    FOR EACH ROW EXECUTE FUNCTION refuse_change('the rr3 secret never changes');
CREATE TRIGGER rr3_secret_no_delete BEFORE DELETE ON rr3_secret
    FOR EACH ROW EXECUTE FUNCTION refuse_change('the rr3 secret never changes');
