-- Version 4: people who sign in to the web application, their sessions and API tokens.
-- Secrets are never stored: sessions and tokens by the SHA-256 of the random value,
-- passwords as argon2id PHC strings. Written in the SQL that SQLite and PostgreSQL share.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('admin', 'analyst', 'coder', 'focal_point')),
    -- The one country a focal point answers for; empty for every other role.
    country       TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    CHECK ((role = 'focal_point') = (country <> ''))
);

CREATE TABLE sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    -- Unix seconds.
    expires_at  BIGINT NOT NULL
);

CREATE TABLE api_tokens (
    id          INTEGER PRIMARY KEY,
    token_hash  TEXT NOT NULL UNIQUE,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    label       TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
