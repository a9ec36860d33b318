//! Backups: every table of the database as JSON lines, the same file for either backend, so a
//! SQLite database restores into PostgreSQL and back. The format is in `docs/reliability.md`:
//! a header line, then per table a line naming it and its columns followed by one JSON array
//! per row, then an end line with the row count of every table (a truncated file is refused).

use std::io::{BufRead, Write};

use serde_json::{json, Value as Json};

use crate::db::{Backend, Db, Value};
use crate::sql::MIGRATIONS;
use crate::StoreError;

pub const FORMAT: &str = "tipdata-backup";
pub const FORMAT_VERSION: i64 = 1;

/// Every table a backup holds, parents before children (restore inserts in this order), with
/// its identity column (PostgreSQL's sequence is moved past the restored ids).
/// A table a migration adds must be listed here: `tables_are_all_listed` fails otherwise.
pub(crate) const TABLES: &[(&str, Option<&str>)] = &[
    ("entities", None),
    ("imports", Some("id")),
    ("observations", Some("id")),
    ("observation_history", Some("id")),
    ("findings", Some("id")),
    ("audit_log", Some("seq")),
    ("cases", None),
    ("case_history", Some("id")),
    ("codings", Some("id")),
    ("coding_values", None),
    ("coding_evidence", Some("id")),
    ("final_values", None),
    ("adjudications", Some("id")),
    ("submissions", Some("id")),
    ("submission_cells", Some("id")),
    ("data_queries", Some("id")),
    ("data_query_comments", Some("id")),
    ("rounds", Some("id")),
    ("round_countries", None),
    ("users", Some("id")),
    ("sessions", None),
    ("api_tokens", Some("id")),
    ("releases", Some("id")),
    ("release_cells", None),
    ("release_imports", None),
    ("victim_datasets", None),
    ("victim_records", Some("id")),
    ("privacy_budgets", None),
    ("privacy_spends", Some("id")),
    ("release_publications", Some("id")),
    ("release_publication_cells", None),
    ("release_publication_replacements", Some("id")),
    ("dp_answers", Some("id")),
    ("rr3_secret", None),
];

/// Rows per table, in [`TABLES`] order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BackupSummary {
    pub tables: Vec<(String, u64)>,
}

impl BackupSummary {
    pub fn rows(&self) -> u64 {
        self.tables.iter().map(|(_, n)| n).sum()
    }
}

fn schema_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.0)
}

fn io_err(e: std::io::Error) -> StoreError {
    StoreError::Invalid(format!("backup file: {e}"))
}

/// The names of the tables the database holds (not the migration bookkeeping).
pub(crate) fn table_names(db: &Db) -> Result<Vec<String>, StoreError> {
    let sql = match db.backend() {
        Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT) FROM information_schema.tables
             WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1"
        }
    };
    let mut names: Vec<String> = db.query(sql, p![])?.iter().map(|r| r.get(0)).collect::<Result<_, _>>()?;
    names.retain(|n| n != "schema_migrations");
    Ok(names)
}

/// One table's column names and rows, sorted by every column (the same order on both backends:
/// PostgreSQL databases use the C collation, like SQLite's byte order).
pub(crate) fn dump_table(db: &Db, table: &str) -> Result<(Vec<String>, Vec<Vec<Value>>), StoreError> {
    let (columns, _) = db.query_columns(&format!("SELECT * FROM {table} LIMIT 0"), p![])?;
    let order: Vec<String> = (1..=columns.len()).map(|i| i.to_string()).collect();
    let (_, rows) = db.query_columns(&format!("SELECT * FROM {table} ORDER BY {}", order.join(", ")), p![])?;
    Ok((columns, rows.into_iter().map(|r| r.0).collect()))
}

fn to_json(v: &Value) -> Json {
    match v {
        Value::Null => Json::Null,
        Value::Int(n) => json!(n),
        Value::Real(x) => json!(x),
        Value::Text(s) => json!(s),
    }
}

fn from_json(v: &Json) -> Option<Value> {
    Some(match v {
        Json::Null => Value::Null,
        Json::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Real(n.as_f64()?),
        },
        Json::String(s) => Value::Text(s.clone()),
        _ => return None,
    })
}

fn check_tables_listed(db: &Db) -> Result<(), StoreError> {
    let missing: Vec<String> = table_names(db)?.into_iter().filter(|t| !TABLES.iter().any(|(n, _)| n == t)).collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(StoreError::Corrupt(format!("tables {missing:?} are not in the backup's table list (store/src/backup.rs)")))
    }
}

/// Writes every table, from one consistent snapshot.
pub(crate) fn backup(db: &Db, out: &mut dyn Write) -> Result<BackupSummary, StoreError> {
    let tx = db.read()?;
    check_tables_listed(&tx)?;
    let backend = match tx.backend() {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    };
    let header =
        json!({"format": FORMAT, "version": FORMAT_VERSION, "schema": schema_version(), "from": backend, "at": crate::now()});
    writeln!(out, "{header}").map_err(io_err)?;
    let mut summary = BackupSummary::default();
    for (table, _) in TABLES {
        let (columns, rows) = dump_table(&tx, table)?;
        writeln!(out, "{}", json!({"table": table, "columns": columns})).map_err(io_err)?;
        for r in &rows {
            writeln!(out, "{}", Json::Array(r.iter().map(to_json).collect())).map_err(io_err)?;
        }
        summary.tables.push((table.to_string(), rows.len() as u64));
    }
    let counts: serde_json::Map<String, Json> = summary.tables.iter().map(|(t, n)| (t.clone(), json!(n))).collect();
    writeln!(out, "{}", json!({"end": counts})).map_err(io_err)?;
    out.flush().map_err(io_err)?;
    tx.commit()?;
    Ok(summary)
}

/// Loads a backup into an empty database, all or nothing.
pub(crate) fn restore(db: &Db, input: &mut dyn BufRead) -> Result<BackupSummary, StoreError> {
    let bad = |line: usize, what: String| StoreError::Invalid(format!("backup line {line}: {what}"));
    let tx = db.write()?;
    check_tables_listed(&tx)?;
    for (table, _) in TABLES {
        let n: i64 = tx.query_one(&format!("SELECT COUNT(*) FROM {table}"), p![])?.get(0)?;
        if n > 0 {
            return Err(StoreError::Invalid(format!(
                "restore needs an empty database: table {table} has {n} rows (restore into a new database)"
            )));
        }
    }
    let mut lines = input.lines().enumerate().map(|(i, l)| (i + 1, l));
    let mut next = || -> Result<Option<(usize, Json)>, StoreError> {
        match lines.next() {
            None => Ok(None),
            Some((i, l)) => {
                let l = l.map_err(io_err)?;
                let v = serde_json::from_str(&l).map_err(|e| bad(i, format!("not JSON: {e}")))?;
                Ok(Some((i, v)))
            }
        }
    };
    let (_, header) = next()?.ok_or_else(|| bad(1, "the file is empty".into()))?;
    if header["format"] != FORMAT || header["version"] != FORMAT_VERSION {
        return Err(bad(1, format!("not a {FORMAT} version {FORMAT_VERSION} file")));
    }
    if header["schema"] != schema_version() {
        return Err(bad(1, format!("written at schema version {}, this build has {}", header["schema"], schema_version())));
    }
    let mut summary = BackupSummary::default();
    let mut current: Option<(String, String, usize)> = None; // table, INSERT statement, columns
    let end = loop {
        let Some((i, v)) = next()? else { return Err(bad(0, "the file ends before its end line (truncated?)".into())) };
        match v {
            Json::Array(vals) => {
                let Some((table, insert, ncols)) = &current else { return Err(bad(i, "a row before any table line".into())) };
                if vals.len() != *ncols {
                    return Err(bad(i, format!("{table}: {} values for {ncols} columns", vals.len())));
                }
                let vals: Vec<Value> = vals
                    .iter()
                    .map(|v| from_json(v).ok_or_else(|| bad(i, format!("{table}: value {v} is not a number, text or null"))))
                    .collect::<Result<_, _>>()?;
                tx.execute(insert, &vals).map_err(|e| bad(i, format!("{table}: {e}")))?;
                if let Some(last) = summary.tables.last_mut() {
                    last.1 += 1;
                }
            }
            Json::Object(o) if o.contains_key("table") => {
                let table = o["table"].as_str().unwrap_or_default().to_string();
                let expected = TABLES.get(summary.tables.len()).map(|t| t.0);
                if expected != Some(table.as_str()) {
                    return Err(bad(i, format!("table '{table}' where {expected:?} was expected")));
                }
                let columns: Vec<String> = o["columns"]
                    .as_array()
                    .map(|c| c.iter().filter_map(|c| c.as_str().map(str::to_string)).collect())
                    .unwrap_or_default();
                let (known, _) = tx.query_columns(&format!("SELECT * FROM {table} LIMIT 0"), p![])?;
                if let Some(c) = columns.iter().find(|c| !known.contains(c)) {
                    return Err(bad(i, format!("table {table} has no column '{c}'")));
                }
                let marks: Vec<String> = (1..=columns.len()).map(|n| format!("?{n}")).collect();
                let insert = format!("INSERT INTO {table} ({}) VALUES ({})", columns.join(", "), marks.join(", "));
                summary.tables.push((table.clone(), 0));
                current = Some((table, insert, columns.len()));
            }
            Json::Object(o) if o.contains_key("end") => break (i, o["end"].clone()),
            _ => return Err(bad(i, "neither a table line, a row nor the end line".into())),
        }
    };
    if summary.tables.len() != TABLES.len() {
        return Err(bad(end.0, format!("{} tables of {}", summary.tables.len(), TABLES.len())));
    }
    for (table, n) in &summary.tables {
        if end.1[table] != *n {
            return Err(bad(end.0, format!("{table}: the end line counts {}, the file holds {n} rows", end.1[table])));
        }
    }
    if tx.backend() == Backend::Postgres {
        // Ids were given explicitly: new rows must be numbered after them.
        for (table, id) in TABLES {
            if let Some(id) = id {
                tx.query(
                    &format!("SELECT setval(pg_get_serial_sequence('{table}', '{id}'), COALESCE(MAX({id}), 0) + 1, false) FROM {table}"),
                    p![],
                )?;
            }
        }
    }
    tx.commit()?;
    Ok(summary)
}
