//! The one connection type the store's SQL runs over: an embedded SQLite file or a PostgreSQL
//! server. SQL is written once with `?N` placeholders (rewritten to `$N` for PostgreSQL);
//! values travel as [`Value`]s and rows come back owned, so the store's logic never sees a
//! driver type. Write transactions are serialised on both backends (SQLite `BEGIN IMMEDIATE`,
//! PostgreSQL a transaction-scoped advisory lock), which keeps the audit chain linear.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::StoreError;

/// A value bound to a placeholder or read from a column.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

/// Converts a Rust value into a [`Value`] for binding (the crate's `p![a, b]` macro).
pub trait ToValue {
    fn to_value(&self) -> Value;
}

macro_rules! int_to_value {
    ($($t:ty),*) => {$(
        impl ToValue for $t {
            fn to_value(&self) -> Value {
                Value::Int(*self as i64)
            }
        }
    )*};
}
int_to_value!(i64, i32, u32, u64, usize);

impl ToValue for bool {
    fn to_value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl ToValue for f64 {
    fn to_value(&self) -> Value {
        Value::Real(*self)
    }
}
impl ToValue for str {
    fn to_value(&self) -> Value {
        Value::Text(self.to_string())
    }
}
impl ToValue for String {
    fn to_value(&self) -> Value {
        Value::Text(self.clone())
    }
}
impl ToValue for Value {
    fn to_value(&self) -> Value {
        self.clone()
    }
}
impl<T: ToValue + ?Sized> ToValue for &T {
    fn to_value(&self) -> Value {
        (**self).to_value()
    }
}
impl<T: ToValue> ToValue for Option<T> {
    fn to_value(&self) -> Value {
        self.as_ref().map_or(Value::Null, ToValue::to_value)
    }
}

/// Reads a [`Value`] back into a Rust type.
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Option<Self>;
}
impl FromValue for i64 {
    fn from_value(v: &Value) -> Option<i64> {
        match v {
            Value::Int(n) => Some(*n),
            _ => None,
        }
    }
}
impl FromValue for i32 {
    fn from_value(v: &Value) -> Option<i32> {
        i64::from_value(v).and_then(|n| i32::try_from(n).ok())
    }
}
impl FromValue for u64 {
    fn from_value(v: &Value) -> Option<u64> {
        i64::from_value(v).and_then(|n| u64::try_from(n).ok())
    }
}
impl FromValue for f64 {
    fn from_value(v: &Value) -> Option<f64> {
        match v {
            Value::Real(x) => Some(*x),
            Value::Int(n) => Some(*n as f64),
            _ => None,
        }
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Option<String> {
        match v {
            Value::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: &Value) -> Option<Option<T>> {
        match v {
            Value::Null => Some(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One result row, owned.
#[derive(Debug, Clone, PartialEq)]
pub struct Row(pub Vec<Value>);

impl Row {
    pub fn get<T: FromValue>(&self, i: usize) -> Result<T, StoreError> {
        let v = self.0.get(i).ok_or_else(|| StoreError::Corrupt(format!("no column {i} in a result row")))?;
        T::from_value(v)
            .ok_or_else(|| StoreError::Corrupt(format!("column {i} holds {v:?}, not a {}", std::any::type_name::<T>())))
    }

    /// The column as display text (integers as digits, NULL as empty).
    pub fn text(&self, i: usize) -> String {
        match self.0.get(i) {
            Some(Value::Int(n)) => n.to_string(),
            Some(Value::Real(x)) => x.to_string(),
            Some(Value::Text(s)) => s.clone(),
            Some(Value::Null) | None => String::new(),
        }
    }
}

/// Which server a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub(crate) struct Pg {
    /// Always `Some` until dropped (taken to be closed off the async runtime).
    client: Option<postgres::Client>,
    /// Prepared statements by their `?N` text: one parse per statement and connection.
    statements: HashMap<String, postgres::Statement>,
}

pub(crate) enum Db {
    Sqlite(rusqlite::Connection),
    /// Boxed: the client and its statement cache are larger than a SQLite connection.
    Postgres(Box<RefCell<Pg>>),
}

/// Advisory lock key every PostgreSQL write transaction takes ("tipdata" in ASCII).
const WRITE_LOCK: i64 = 0x0074_6970_6461_7461;

impl Db {
    pub fn open_sqlite(path: &str) -> Result<Db, StoreError> {
        let open_err = |source: rusqlite::Error| StoreError::Open { url: path.to_string(), reason: source.to_string() };
        let conn = rusqlite::Connection::open(path).map_err(open_err)?;
        // Writers wait for each other (BEGIN IMMEDIATE) rather than fail at once.
        conn.busy_timeout(std::time::Duration::from_secs(60)).map_err(open_err)?;
        // WAL: readers do not block the writer; NORMAL sync is atomic across process crashes.
        conn.pragma_update(None, "journal_mode", "WAL").map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(open_err)?;
        Ok(Db::Sqlite(conn))
    }

    pub fn open_postgres(url: &str) -> Result<Db, StoreError> {
        let open_err = |e: postgres::Error| StoreError::Open { url: url.to_string(), reason: crate::pg_message(&e) };
        let (client, collate) = off_runtime(|| {
            let mut client = postgres::Client::connect(url, postgres::NoTls).map_err(open_err)?;
            client.batch_execute("SET client_min_messages = warning").map_err(open_err)?;
            // Text must sort by bytes as in SQLite, or `ORDER BY` answers differ between backends.
            let collate: String = client
                .query_one("SELECT CAST(datcollate AS TEXT) FROM pg_database WHERE datname = current_database()", &[])
                .and_then(|r| r.try_get(0))
                .map_err(open_err)?;
            Ok::<_, StoreError>((Pg { client: Some(client), statements: HashMap::new() }, collate))
        })?;
        if collate != "C" && collate != "POSIX" {
            return Err(StoreError::Open {
                url: url.to_string(),
                reason: format!(
                    "the database's collation is '{collate}'; tipdata needs 'C' so text sorts as on SQLite \
                     (CREATE DATABASE ... TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C')"
                ),
            });
        }
        Ok(Db::Postgres(Box::new(RefCell::new(client))))
    }

    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(_) => Backend::Sqlite,
            Db::Postgres(_) => Backend::Postgres,
        }
    }

    /// Runs one statement; returns the rows it changed.
    pub fn execute(&self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        match self {
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                Ok(st.execute(rusqlite::params_from_iter(params))? as u64)
            }
            Db::Postgres(pg) => {
                let pg = &mut *pg.borrow_mut();
                off_runtime(|| {
                    let st = pg.statement(sql)?;
                    Ok(pg.client().execute(&st, &pg_params(params))?)
                })
            }
        }
    }

    /// Runs a query; every row, owned.
    pub fn query(&self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        Ok(self.query_columns(sql, params)?.1)
    }

    /// Runs a query; the column names and every row.
    pub fn query_columns(&self, sql: &str, params: &[Value]) -> Result<(Vec<String>, Vec<Row>), StoreError> {
        match self {
            Db::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let names: Vec<String> = st.column_names().iter().map(|s| s.to_string()).collect();
                let n = names.len();
                let mut rows = st.query(rusqlite::params_from_iter(params))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    let mut vals = Vec::with_capacity(n);
                    for (i, name) in names.iter().enumerate() {
                        vals.push(match r.get_ref(i)? {
                            rusqlite::types::ValueRef::Null => Value::Null,
                            rusqlite::types::ValueRef::Integer(x) => Value::Int(x),
                            rusqlite::types::ValueRef::Real(x) => Value::Real(x),
                            rusqlite::types::ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
                            rusqlite::types::ValueRef::Blob(_) => {
                                return Err(StoreError::Corrupt(format!("column {name} holds a blob")))
                            }
                        });
                    }
                    out.push(Row(vals));
                }
                Ok((names, out))
            }
            Db::Postgres(pg) => {
                let pg = &mut *pg.borrow_mut();
                off_runtime(|| {
                    let st = pg.statement(sql)?;
                    let names = st.columns().iter().map(|c| c.name().to_string()).collect();
                    let rows = pg.client().query(&st, &pg_params(params))?;
                    let out = rows.iter().map(pg_row).collect::<Result<_, _>>()?;
                    Ok((names, out))
                })
            }
        }
    }

    /// The first row of a query, if any.
    pub fn query_opt(&self, sql: &str, params: &[Value]) -> Result<Option<Row>, StoreError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }

    /// The first row of a query that always answers one (an aggregate).
    pub fn query_one(&self, sql: &str, params: &[Value]) -> Result<Row, StoreError> {
        self.query_opt(sql, params)?.ok_or_else(|| StoreError::Corrupt(format!("no row from: {sql}")))
    }

    /// Runs an `INSERT ... RETURNING id` and returns the id.
    pub fn insert(&self, sql: &str, params: &[Value]) -> Result<i64, StoreError> {
        self.query_one(sql, params)?.get(0)
    }

    /// Runs statements without parameters (migrations, transaction control).
    pub fn batch(&self, sql: &str) -> Result<(), StoreError> {
        match self {
            Db::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Db::Postgres(pg) => {
                let pg = &mut *pg.borrow_mut();
                off_runtime(|| Ok(pg.client().batch_execute(sql)?))
            }
        }
    }

    /// Starts a write transaction. Writers are serialised, so what a writer read inside it
    /// cannot change under it; dropped without [`Tx::commit`] it rolls back.
    pub fn write(&self) -> Result<Tx<'_>, StoreError> {
        match self {
            Db::Sqlite(_) => self.batch("BEGIN IMMEDIATE")?,
            Db::Postgres(_) => {
                self.batch("BEGIN")?;
                let tx = Tx { db: self, done: false };
                tx.execute("SELECT pg_advisory_xact_lock(?1)", p![WRITE_LOCK])?;
                return Ok(tx);
            }
        }
        Ok(Tx { db: self, done: false })
    }

    /// Starts a read transaction: one consistent snapshot for several queries.
    pub fn read(&self) -> Result<Tx<'_>, StoreError> {
        match self {
            Db::Sqlite(_) => self.batch("BEGIN")?,
            Db::Postgres(_) => self.batch("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")?,
        }
        Ok(Tx { db: self, done: false })
    }
}

/// An open transaction; rolls back when dropped uncommitted.
pub(crate) struct Tx<'a> {
    db: &'a Db,
    done: bool,
}

impl Tx<'_> {
    pub fn commit(mut self) -> Result<(), StoreError> {
        self.done = true;
        self.db.batch("COMMIT")
    }

    pub fn rollback(mut self) -> Result<(), StoreError> {
        self.done = true;
        self.db.batch("ROLLBACK")
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Db;
    fn deref(&self) -> &Db {
        self.db
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        if !self.done {
            // The error that made us leave is the one to report; a failed rollback of an
            // aborted transaction adds nothing (the server drops it with the connection).
            let _ = self.db.batch("ROLLBACK");
        }
    }
}

/// Whether the error is a UNIQUE (or primary key) violation, on either backend.
pub(crate) fn is_unique_violation(e: &StoreError) -> bool {
    match e {
        StoreError::Sql(rusqlite::Error::SqliteFailure(f, _)) => f.code == rusqlite::ErrorCode::ConstraintViolation,
        StoreError::Postgres(e) => e.code() == Some(&postgres::error::SqlState::UNIQUE_VIOLATION),
        _ => false,
    }
}

/// Runs `f` where the sync PostgreSQL client may block: on this thread, or, inside a tokio
/// runtime (the web server's handlers), on a scoped thread of its own, since the client runs
/// its own runtime and tokio refuses to block on one from inside another.
pub(crate) fn off_runtime<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    if tokio::runtime::Handle::try_current().is_err() {
        return f();
    }
    std::thread::scope(|s| s.spawn(f).join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
}

impl Pg {
    fn client(&mut self) -> &mut postgres::Client {
        self.client.as_mut().expect("the client is only taken when the connection is dropped")
    }

    fn statement(&mut self, sql: &str) -> Result<postgres::Statement, StoreError> {
        if let Some(st) = self.statements.get(sql) {
            return Ok(st.clone());
        }
        let st = self.client().prepare(&dollar_placeholders(sql))?;
        self.statements.insert(sql.to_string(), st.clone());
        Ok(st)
    }
}

impl Drop for Pg {
    fn drop(&mut self) {
        // Closing the connection blocks on the client's runtime too.
        if let Some(client) = self.client.take() {
            off_runtime(move || drop(client));
        }
    }
}

/// `?1` -> `$1`, outside string literals.
fn dollar_placeholders(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut in_string = false;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            in_string = !in_string;
        }
        if c == '?' && !in_string && chars.peek().is_some_and(|d| d.is_ascii_digit()) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

fn pg_params(params: &[Value]) -> Vec<&(dyn postgres::types::ToSql + Sync)> {
    params.iter().map(|v| v as &(dyn postgres::types::ToSql + Sync)).collect()
}

fn pg_row(r: &postgres::Row) -> Result<Row, StoreError> {
    use postgres::types::Type;
    let mut vals = Vec::with_capacity(r.len());
    for (i, c) in r.columns().iter().enumerate() {
        let t = c.type_();
        let v = if *t == Type::INT8 {
            r.try_get::<_, Option<i64>>(i)?.map_or(Value::Null, Value::Int)
        } else if *t == Type::INT4 {
            r.try_get::<_, Option<i32>>(i)?.map_or(Value::Null, |n| Value::Int(n.into()))
        } else if *t == Type::INT2 {
            r.try_get::<_, Option<i16>>(i)?.map_or(Value::Null, |n| Value::Int(n.into()))
        } else if *t == Type::BOOL {
            r.try_get::<_, Option<bool>>(i)?.map_or(Value::Null, |b| Value::Int(b.into()))
        } else if *t == Type::FLOAT8 {
            r.try_get::<_, Option<f64>>(i)?.map_or(Value::Null, Value::Real)
        } else if *t == Type::FLOAT4 {
            r.try_get::<_, Option<f32>>(i)?.map_or(Value::Null, |x| Value::Real(x.into()))
        } else if [Type::TEXT, Type::VARCHAR, Type::BPCHAR, Type::NAME, Type::UNKNOWN].contains(t) {
            r.try_get::<_, Option<String>>(i)?.map_or(Value::Null, Value::Text)
        } else {
            // NUMERIC (a SUM of BIGINT) and the rest: the SQL must CAST to a type both share.
            return Err(StoreError::Corrupt(format!("column {} has PostgreSQL type {t}: cast it in the SQL", c.name())));
        };
        vals.push(v);
    }
    Ok(Row(vals))
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(n) => ValueRef::Integer(*n),
            Value::Real(x) => ValueRef::Real(*x),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

impl postgres::types::ToSql for Value {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::{IsNull, Type};
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(n) if *ty == Type::INT4 => i32::try_from(*n)?.to_sql(ty, out),
            Value::Int(n) if *ty == Type::INT2 => i16::try_from(*n)?.to_sql(ty, out),
            Value::Int(n) if *ty == Type::BOOL => (*n != 0).to_sql(ty, out),
            Value::Int(n) if *ty == Type::FLOAT8 => (*n as f64).to_sql(ty, out),
            Value::Int(n) if [Type::TEXT, Type::VARCHAR].contains(ty) => n.to_string().to_sql(ty, out),
            Value::Int(n) => n.to_sql(ty, out),
            Value::Real(x) => x.to_sql(ty, out),
            Value::Text(s) => s.to_sql(ty, out),
        }
    }

    fn accepts(_: &postgres::types::Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

#[cfg(test)]
mod tests {
    use super::dollar_placeholders;

    #[test]
    fn placeholders_become_dollars_outside_string_literals() {
        assert_eq!(dollar_placeholders("SELECT ?1, '?2', ?10 WHERE x = ?"), "SELECT $1, '?2', $10 WHERE x = ?");
    }
}
