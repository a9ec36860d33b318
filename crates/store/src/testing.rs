//! A fresh, empty database for one test: a SQLite file in a temporary directory, or, when
//! `TIPDATA_TEST_PG` names a PostgreSQL server (`postgres://role@host:port/db`, a role that
//! may create databases), a new database on it. Either is removed when the value is dropped.
//! Every test that opens a database takes it from here, so `.ci/run` runs them all on both.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::{SqlStore, StoreError};

/// The variable that moves the test suite to PostgreSQL.
pub const TEST_PG_VAR: &str = "TIPDATA_TEST_PG";

static NEXT: AtomicU64 = AtomicU64::new(0);

/// A database that exists for the life of the value.
pub struct TestDb {
    url: String,
    place: Place,
}

enum Place {
    Dir(std::path::PathBuf),
    Postgres { admin: String, name: String },
}

impl TestDb {
    /// A new empty database; on PostgreSQL when [`TEST_PG_VAR`] is set. Panics when the server
    /// refuses, since a test cannot go on without its database.
    pub fn new() -> TestDb {
        Self::create(std::env::var(TEST_PG_VAR).ok().filter(|s| !s.is_empty()).as_deref())
            .expect("the test database can be created")
    }

    /// A new empty SQLite database, whatever [`TEST_PG_VAR`] says (for backup round trips).
    pub fn sqlite() -> TestDb {
        Self::create(None).expect("the test database can be created")
    }

    /// A new empty database on the PostgreSQL server `admin` names, or SQLite when `None`.
    pub fn create(admin: Option<&str>) -> Result<TestDb, StoreError> {
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let name = format!("tipdata_test_{}_{n}_{nanos}", std::process::id());
        match admin {
            None => {
                let dir = std::env::temp_dir().join(&name);
                std::fs::create_dir_all(&dir)
                    .map_err(|e| StoreError::Open { url: dir.display().to_string(), reason: e.to_string() })?;
                let url = dir.join("test.db").display().to_string();
                Ok(TestDb { url, place: Place::Dir(dir) })
            }
            Some(admin) => {
                crate::db::off_runtime(|| {
                    let mut c = postgres::Client::connect(admin, postgres::NoTls)
                        .map_err(|e| StoreError::Open { url: admin.to_string(), reason: crate::pg_message(&e) })?;
                    c.batch_execute(&format!(
                        "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"
                    ))?;
                    Ok::<_, StoreError>(())
                })?;
                let base = admin.rsplit_once('/').map_or(admin, |(b, _)| b);
                Ok(TestDb { url: format!("{base}/{name}"), place: Place::Postgres { admin: admin.to_string(), name } })
            }
        }
    }

    /// The URL to give `--db` or [`crate::open`].
    pub fn url(&self) -> &str {
        &self.url
    }

    pub fn is_postgres(&self) -> bool {
        matches!(self.place, Place::Postgres { .. })
    }

    /// Runs SQL on a connection of its own, outside the store (to tamper, as an intruder would).
    pub fn raw(&self, sql: &str) -> Result<(), StoreError> {
        let db = match self.place {
            Place::Dir(_) => crate::db::Db::open_sqlite(&self.url)?,
            Place::Postgres { .. } => crate::db::Db::open_postgres(&self.url)?,
        };
        db.batch(sql)
    }

    /// The number of rows in `table`, read on a connection of its own.
    pub fn count(&self, table: &str) -> i64 {
        let db = match self.place {
            Place::Dir(_) => crate::db::Db::open_sqlite(&self.url),
            Place::Postgres { .. } => crate::db::Db::open_postgres(&self.url),
        }
        .expect("the test database opens");
        let row = db.query_opt(&format!("SELECT COUNT(*) FROM {table}"), p![]).expect("counts").expect("a row");
        row.get(0).expect("a count")
    }

    /// The SQL that removes the audit log's append-only triggers on this backend.
    pub fn drop_audit_guards_sql(&self) -> &'static str {
        match self.place {
            Place::Dir(_) => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;",
            Place::Postgres { .. } => {
                "DROP TRIGGER audit_log_no_update ON audit_log; DROP TRIGGER audit_log_no_delete ON audit_log;"
            }
        }
    }

    /// Opens (and migrates) the database.
    pub fn open(&self) -> SqlStore {
        SqlStore::open(&self.url).expect("the test database opens")
    }
}

impl Default for TestDb {
    fn default() -> TestDb {
        TestDb::new()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        match &self.place {
            Place::Dir(dir) => {
                let _ = std::fs::remove_dir_all(dir);
            }
            Place::Postgres { admin, name } => {
                // Best effort: a database left behind is dropped with the CI cluster.
                crate::db::off_runtime(|| {
                    if let Ok(mut c) = postgres::Client::connect(admin, postgres::NoTls) {
                        let _ = c.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
                    }
                });
            }
        }
    }
}
