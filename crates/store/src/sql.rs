//! The store over SQL: one implementation of [`Store`] for both backends ([`Db`] hides the
//! driver). SQL here is the dialect SQLite and PostgreSQL share; where they differ the
//! migrations differ (`migrations/sqlite/`, `migrations/postgres/`), not the code.

use std::collections::HashMap;

use tipdata_model::query::sort_rows;
use tipdata_model::{CellValue, Finding, Instrument, ObsKey, Query, QueryKey, QueryRow, Severity};

use crate::audit::{self, AuditReport, Entry, GENESIS};
use crate::db::{Backend, Db, Row, Value};
use crate::{Counts, HistoryEntry, ImportInfo, ImportOutcome, ObservationImport, Store, StoreError, StoredCell};

/// Each version's SQL for SQLite and for PostgreSQL.
pub(crate) const MIGRATIONS: &[(i64, &str, &str)] = &[
    (1, include_str!("../migrations/sqlite/0001_observations.sql"), include_str!("../migrations/postgres/0001_observations.sql")),
    (2, include_str!("../migrations/sqlite/0002_cases.sql"), include_str!("../migrations/postgres/0002_cases.sql")),
    (3, include_str!("../migrations/sqlite/0003_submissions.sql"), include_str!("../migrations/postgres/0003_submissions.sql")),
    (4, include_str!("../migrations/sqlite/0004_users.sql"), include_str!("../migrations/postgres/0004_users.sql")),
    (5, include_str!("../migrations/sqlite/0005_publication.sql"), include_str!("../migrations/postgres/0005_publication.sql")),
    (6, include_str!("../migrations/sqlite/0006_row_versions.sql"), include_str!("../migrations/postgres/0006_row_versions.sql")),
    (
        7,
        include_str!("../migrations/sqlite/0007_release_publications.sql"),
        include_str!("../migrations/postgres/0007_release_publications.sql"),
    ),
    (
        8,
        include_str!("../migrations/sqlite/0008_publication_format.sql"),
        include_str!("../migrations/postgres/0008_publication_format.sql"),
    ),
    (9, include_str!("../migrations/sqlite/0009_rr3_secret.sql"), include_str!("../migrations/postgres/0009_rr3_secret.sql")),
];

/// The store on a SQLite file or a PostgreSQL database.
pub struct SqlStore {
    pub(crate) db: Db,
}

/// The name the store had when SQLite was its only backend; `open` takes either URL.
pub type SqliteStore = SqlStore;

impl SqlStore {
    /// Opens (and migrates) the database a URL names: `postgres://...` or a SQLite file path
    /// (`sqlite://` prefix optional, created on first use).
    pub fn open(url: &str) -> Result<SqlStore, StoreError> {
        let db = if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Db::open_postgres(url)?
        } else {
            Db::open_sqlite(url.strip_prefix("sqlite://").unwrap_or(url))?
        };
        let store = SqlStore { db };
        store.migrate()?;
        Ok(store)
    }

    fn applied_migrations(db: &Db) -> Result<Vec<i64>, StoreError> {
        db.query("SELECT version FROM schema_migrations ORDER BY version", p![])?.iter().map(|r| r.get(0)).collect()
    }

    fn migrate(&self) -> Result<(), StoreError> {
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        // Fast path without the write lock: every known migration is applied already.
        if let Ok(applied) = Self::applied_migrations(&self.db) {
            if applied.len() == MIGRATIONS.len() && applied.last() == Some(&known) {
                return Ok(());
            }
        }
        // Under the write lock, so that clients opening a new database at once migrate it once.
        let tx = self.db.write()?;
        tx.batch("CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at TEXT NOT NULL)")?;
        let applied = Self::applied_migrations(&tx)?;
        if let Some(&current) = applied.last() {
            if current > known {
                return Err(StoreError::TooNew { found: current, known });
            }
        }
        // Every known migration not applied yet, even one numbered below the highest applied:
        // migrations added on parallel branches land in any order.
        for (version, sqlite, postgres) in MIGRATIONS.iter().filter(|(v, _, _)| !applied.contains(v)) {
            tx.batch(match tx.backend() {
                Backend::Sqlite => sqlite,
                Backend::Postgres => postgres,
            })?;
            tx.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)", p![version, crate::now()])?;
        }
        tx.commit()
    }
}

pub(crate) fn sync_entities(tx: &Db) -> Result<(), StoreError> {
    let rows: Vec<Vec<Value>> = Instrument::v1()
        .entities
        .iter()
        .map(|e| p![e.id, e.m49, e.name, e.kind.as_str(), e.region, e.subregion].to_vec())
        .collect();
    insert_rows(
        tx,
        "INSERT INTO entities (id, m49, name, kind, region, subregion)",
        &rows,
        "ON CONFLICT (id) DO UPDATE SET m49 = excluded.m49, name = excluded.name, kind = excluded.kind,
         region = excluded.region, subregion = excluded.subregion",
    )?;
    Ok(())
}

/// Rows per multi-row `INSERT`: at 16 columns, 8,000 bound parameters, well under SQLite's
/// 32,766 and PostgreSQL's 65,535; large enough that a statement's round trip is amortised.
const BATCH_ROWS: usize = 500;

/// `head VALUES (?1, ?2, ..), (..), .. tail` over `rows` (all of one width), `BATCH_ROWS` rows a
/// statement, in order; the rows a `RETURNING` in `tail` gives (their order is not promised).
pub(crate) fn insert_rows(tx: &Db, head: &str, rows: &[Vec<Value>], tail: &str) -> Result<Vec<Row>, StoreError> {
    let mut out = Vec::new();
    // The statement for a chunk of this many rows (every chunk but the last has BATCH_ROWS).
    let mut sql: Option<(usize, String)> = None;
    for chunk in rows.chunks(BATCH_ROWS) {
        if sql.as_ref().map(|(n, _)| *n) != Some(chunk.len()) {
            let width = chunk[0].len();
            let mut text = String::with_capacity(head.len() + tail.len() + chunk.len() * width * 7);
            text.push_str(head);
            text.push_str(" VALUES ");
            for r in 0..chunk.len() {
                text.push_str(if r == 0 { "(" } else { ", (" });
                for c in 0..width {
                    if c > 0 {
                        text.push_str(", ");
                    }
                    text.push('?');
                    text.push_str(&(r * width + c + 1).to_string());
                }
                text.push(')');
            }
            text.push(' ');
            text.push_str(tail);
            sql = Some((chunk.len(), text));
        }
        let (_, text) = sql.as_ref().expect("built above");
        let params: Vec<Value> = chunk.iter().flatten().cloned().collect();
        out.extend(tx.query(text, &params)?);
    }
    Ok(out)
}

pub(crate) fn value_text(v: CellValue) -> String {
    match v.to_parts() {
        (k, Some(n)) => format!("{k}:{n}"),
        (k, None) => k.to_string(),
    }
}

pub(crate) fn read_value(kind: &str, n: Option<i64>) -> Result<CellValue, StoreError> {
    CellValue::from_parts(kind, n).ok_or_else(|| StoreError::Corrupt(format!("value of kind '{kind}' with {n:?}")))
}

/// Appends entries to the audit chain inside one write transaction. Sequence numbers are
/// given here (the last plus one), so both backends number entries alike, without gaps.
/// [`AuditWriter::push`] chains an entry in memory; [`AuditWriter::flush`] writes the pending
/// ones with multi-row `INSERT`s (an import's thousands of entries); [`AuditWriter::append`] is
/// both at once. The chain is the same either way.
pub(crate) struct AuditWriter {
    prev: String,
    seq: i64,
    at: String,
    actor: String,
    pending: Vec<Vec<Value>>,
}

impl AuditWriter {
    pub(crate) fn start(tx: &Db, actor: &str) -> Result<AuditWriter, StoreError> {
        let last = tx.query_opt("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", p![])?;
        let (seq, prev) = match last {
            Some(r) => (r.get(0)?, r.get(1)?),
            None => (0, GENESIS.to_string()),
        };
        Ok(AuditWriter { prev, seq, at: crate::now(), actor: actor.into(), pending: Vec::new() })
    }

    pub(crate) fn at(&self) -> &str {
        &self.at
    }

    /// Writes one entry now (with any pending before it).
    pub(crate) fn append(
        &mut self,
        tx: &Db,
        action: &str,
        table: &str,
        row_key: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) -> Result<(), StoreError> {
        self.push(action, table, row_key, old, new);
        self.flush(tx)
    }

    /// Chains one entry; it is written by the next [`AuditWriter::flush`] (or `append`) in the
    /// same transaction.
    pub(crate) fn push(&mut self, action: &str, table: &str, row_key: &str, old: Option<&str>, new: Option<&str>) {
        let e = Entry { at: &self.at, actor: &self.actor, action, table, row_key, old, new };
        let h = audit::hash(&self.prev, &e);
        self.seq += 1;
        self.pending.push(p![self.seq, self.at, self.actor, action, table, row_key, old, new, self.prev, h].to_vec());
        self.prev = h;
    }

    /// Writes the pending entries, in chain order.
    pub(crate) fn flush(&mut self, tx: &Db) -> Result<(), StoreError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        insert_rows(
            tx,
            "INSERT INTO audit_log (seq, at, actor, action, table_name, row_key, old_value, new_value, prev_hash, hash)",
            &self.pending,
            "",
        )?;
        self.pending.clear();
        Ok(())
    }
}

fn column(key: QueryKey) -> &'static str {
    match key {
        QueryKey::Country => "o.entity",
        QueryKey::Region => "e.region",
        QueryKey::Subregion => "e.subregion",
        QueryKey::Indicator => "o.indicator",
        QueryKey::Dimension => "o.dimension",
        QueryKey::Category => "o.category",
        QueryKey::Sex => "o.sex",
        QueryKey::Age => "o.age",
        QueryKey::Year => "o.year",
    }
}

const KEY_COLUMNS: &str =
    "entity = ?1 AND indicator = ?2 AND dimension = ?3 AND category = ?4 AND sex = ?5 AND age = ?6 AND year = ?7";

fn key_params(k: &ObsKey) -> Vec<Value> {
    p![k.entity, k.indicator, k.dimension, k.category, k.sex, k.age, k.year].to_vec()
}

/// Applies an observation import inside the caller's write transaction. Returns the outcome
/// with `import_id` set, or `None` when the import would change nothing (the caller rolls back).
pub(crate) fn import_in(tx: &Db, imp: &ObservationImport<'_>) -> Result<(ImportOutcome, bool), StoreError> {
    sync_entities(tx)?;
    let mut existing: HashMap<ObsKey, (i64, CellValue, i64)> = HashMap::new();
    for r in tx.query(
        "SELECT id, entity, indicator, dimension, category, sex, age, year, value_kind, value, version FROM observations",
        p![],
    )? {
        let key = read_key(&r, 1)?;
        existing.insert(key, (r.get(0)?, read_value(&r.get::<String>(8)?, r.get(9)?)?, r.get(10)?));
    }
    // Cells a validated submission reported are locked: only another submission's
    // validation may change them, never a file import.
    let mut locked: HashMap<ObsKey, i64> = HashMap::new();
    if imp.kind != "submission" {
        for r in tx.query(
            "SELECT s.entity, c.indicator, c.dimension, c.category, c.sex, c.age, s.year, s.id
             FROM submission_cells c JOIN submissions s ON s.id = c.submission_id
             WHERE s.state = 'validated' AND c.value_kind <> 'missing'",
            p![],
        )? {
            locked.insert(read_key(&r, 0)?, r.get(7)?);
        }
    }
    let import_id = start_import(tx, [imp.kind, imp.file, &imp.sha256, imp.actor, &Instrument::v1().version], imp.rows_read)?;
    let mut out = ImportOutcome::default();
    let mut audit = AuditWriter::start(tx, imp.actor)?;
    // Per cell of this import: the stored row it wrote and that row's version, if it wrote one.
    let mut written: Vec<Option<(i64, i64)>> = vec![None; imp.collapsed.cells.len()];
    // New cells are written with multi-row INSERTs after the loop, in cell order (so they get
    // the ids row-by-row inserts gave); changed cells row by row (a history row and an update
    // each). The audit entries are chained in cell order either way and written together.
    let mut new_cells: Vec<Vec<Value>> = Vec::new();
    for (i, obs) in imp.collapsed.cells.iter().enumerate() {
        let k = &obs.key;
        let (kind, n) = obs.value.to_parts();
        let s = &obs.source;
        match existing.get(k) {
            Some((_, v, _)) if *v == obs.value => out.unchanged += 1,
            Some(&(id, old, version)) => {
                if let Some(&submission) = locked.get(k) {
                    return Err(StoreError::Locked { key: k.to_string(), submission });
                }
                tx.execute(
                    "INSERT INTO observation_history (observation_id, version, value_kind, value, source_file, source_sheet,
                     source_row, source_column, replaced_by_import, reason)
                     SELECT id, version, value_kind, value, source_file, source_sheet, source_row, source_column, ?2, ?3
                     FROM observations WHERE id = ?1",
                    p![id, import_id, format!("replaced by import {import_id} ({s})")],
                )?;
                tx.execute(
                    "UPDATE observations SET value_kind = ?2, value = ?3, source_file = ?4, source_sheet = ?5, source_row = ?6,
                     source_column = ?7, source_name = ?8, import_id = ?9, version = version + 1 WHERE id = ?1",
                    p![id, kind, n, s.file, s.sheet, s.row, s.column, obs.source_name, import_id],
                )?;
                audit.push("update", "observations", &k.to_string(), Some(&value_text(old)), Some(&value_text(obs.value)));
                out.changed += 1;
                out.history += 1;
                written[i] = Some((id, version + 1));
            }
            None => {
                new_cells.push(
                    p![
                        k.entity,
                        k.indicator,
                        k.dimension,
                        k.category,
                        k.sex,
                        k.age,
                        k.year,
                        kind,
                        n,
                        s.file,
                        s.sheet,
                        s.row,
                        s.column,
                        obs.source_name,
                        import_id,
                        1
                    ]
                    .to_vec(),
                );
                audit.push("insert", "observations", &k.to_string(), None, Some(&value_text(obs.value)));
                out.inserted += 1;
            }
        }
    }
    insert_rows(
        tx,
        "INSERT INTO observations (entity, indicator, dimension, category, sex, age, year, value_kind, value,
         source_file, source_sheet, source_row, source_column, source_name, import_id, version)",
        &new_cells,
        "",
    )?;
    // Earlier rows of the file that a later row replaced: kept as history of the cell
    // the later row wrote (a cell this import left unchanged already has them).
    let mut history: Vec<Vec<Value>> = Vec::new();
    for (i, earlier) in &imp.collapsed.superseded {
        // A cell this import inserted: its id, looked up by key (only these few need it).
        if written[*i].is_none() && !existing.contains_key(&imp.collapsed.cells[*i].key) {
            let id: i64 = tx
                .query_one(
                    &format!("SELECT id FROM observations WHERE {KEY_COLUMNS}"),
                    &key_params(&imp.collapsed.cells[*i].key),
                )?
                .get(0)?;
            written[*i] = Some((id, 1));
        }
        let Some((id, version)) = written[*i] else { continue };
        let winner = &imp.collapsed.cells[*i];
        let (kind, n) = earlier.value.to_parts();
        let s = &earlier.source;
        let reason = format!("repeated key in {}: row {} replaced by row {}", s.file, s.row, winner.source.row);
        history.push(p![id, version, kind, n, s.file, s.sheet, s.row, s.column, import_id, reason].to_vec());
        audit.push(
            "supersede",
            "observations",
            &winner.key.to_string(),
            Some(&value_text(earlier.value)),
            Some(&value_text(winner.value)),
        );
        out.history += 1;
    }
    insert_rows(
        tx,
        "INSERT INTO observation_history (observation_id, version, value_kind, value, source_file, source_sheet,
         source_row, source_column, replaced_by_import, reason)",
        &history,
        "",
    )?;
    audit.flush(tx)?;
    out.findings = imp.reader_findings.iter().chain(&imp.collapsed.findings).cloned().collect();
    if out.inserted + out.changed == 0 {
        return Ok((out, false));
    }
    finish_import(tx, import_id, &out.findings, [out.inserted, out.changed, out.unchanged])?;
    out.import_id = Some(import_id);
    Ok((out, true))
}

impl Store for SqlStore {
    fn import_observations(&mut self, imp: &ObservationImport<'_>) -> Result<ImportOutcome, StoreError> {
        let tx = self.db.write()?;
        let (out, changed) = import_in(&tx, imp)?;
        if changed {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    fn query(&self, q: &Query) -> Result<Vec<QueryRow>, StoreError> {
        let by: Vec<&str> = q.by.iter().map(|k| column(*k)).collect();
        let mut sql = String::from("SELECT ");
        for c in &by {
            sql.push_str(c);
            sql.push_str(", ");
        }
        // Sums cast to BIGINT: PostgreSQL's SUM of BIGINT is NUMERIC, SQLite's an integer.
        sql.push_str(
            "CAST(COALESCE(SUM(CASE WHEN o.value_kind = 'count' THEN o.value ELSE 0 END), 0) AS BIGINT),
             CAST(COALESCE(SUM(CASE WHEN o.value_kind = 'below' THEN 1 ELSE 0 END), 0) AS BIGINT),
             CAST(COALESCE(SUM(CASE WHEN o.value_kind = 'below' THEN o.value - 1 ELSE 0 END), 0) AS BIGINT),
             COUNT(*)
             FROM observations o JOIN entities e ON e.id = o.entity
             WHERE o.value_kind <> 'missing'",
        );
        if !q.names_entities() {
            sql.push_str(" AND e.kind IN ('country', 'territory')");
        }
        let mut params: Vec<Value> = Vec::new();
        for f in &q.filters {
            let marks: Vec<String> = f
                .values
                .iter()
                .map(|v| {
                    params.push(if f.key == QueryKey::Year {
                        Value::Int(v.parse().unwrap_or(i64::MIN))
                    } else {
                        Value::Text(v.clone())
                    });
                    format!("?{}", params.len())
                })
                .collect();
            sql.push_str(&format!(" AND {} IN ({})", column(f.key), marks.join(", ")));
        }
        if !by.is_empty() {
            sql.push_str(" GROUP BY ");
            sql.push_str(&by.join(", "));
        }
        let nb = by.len();
        let mut rows = Vec::new();
        for r in self.db.query(&sql, &params)? {
            let keys = (0..nb).map(|i| r.text(i)).collect();
            let value: u64 = r.get(nb)?;
            let suppressed: u64 = r.get(nb + 1)?;
            let slack: u64 = r.get(nb + 2)?;
            let cells: u64 = r.get(nb + 3)?;
            rows.push(QueryRow { keys, value, suppressed, low: value, high: value + slack, cells });
        }
        sort_rows(&q.by, &mut rows);
        Ok(rows)
    }

    fn cell(&self, k: &ObsKey) -> Result<Option<StoredCell>, StoreError> {
        let sql = format!(
            "SELECT value_kind, value, version, source_file, source_sheet, source_row, source_column FROM observations WHERE {KEY_COLUMNS}"
        );
        self.db
            .query_opt(&sql, &key_params(k))?
            .map(|r| {
                Ok(StoredCell {
                    key: k.clone(),
                    value: read_value(&r.get::<String>(0)?, r.get(1)?)?,
                    version: r.get(2)?,
                    source: source(&r, 3)?,
                })
            })
            .transpose()
    }

    fn stored_cells(&self, entity: Option<&str>) -> Result<Vec<StoredCell>, StoreError> {
        self.db
            .query(
                "SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value, version,
                        source_file, source_sheet, source_row, source_column
                 FROM observations WHERE (CAST(?1 AS TEXT) IS NULL OR entity = ?1) ORDER BY id",
                p![entity],
            )?
            .iter()
            .map(|r| {
                Ok(StoredCell {
                    key: read_key(r, 0)?,
                    value: read_value(&r.get::<String>(7)?, r.get(8)?)?,
                    version: r.get(9)?,
                    source: source(r, 10)?,
                })
            })
            .collect()
    }

    fn cell_history(&self, k: &ObsKey) -> Result<Vec<HistoryEntry>, StoreError> {
        let sql = format!(
            "SELECT h.version, h.value_kind, h.value, h.source_file, h.source_sheet, h.source_row, h.source_column,
                    h.replaced_by_import, h.reason
             FROM observation_history h WHERE h.observation_id = (SELECT id FROM observations WHERE {KEY_COLUMNS})
             ORDER BY h.id"
        );
        self.db
            .query(&sql, &key_params(k))?
            .iter()
            .map(|r| {
                Ok(HistoryEntry {
                    version: r.get(0)?,
                    value: read_value(&r.get::<String>(1)?, r.get(2)?)?,
                    source: source(r, 3)?,
                    replaced_by_import: r.get(7)?,
                    reason: r.get(8)?,
                })
            })
            .collect()
    }

    fn findings(&self, entity: Option<&str>, year: Option<i32>) -> Result<Vec<Finding>, StoreError> {
        let rows = self.db.query(
            "SELECT rule, severity, entity, year, cells, message FROM findings
             WHERE (CAST(?1 AS TEXT) IS NULL OR entity = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR year = ?2) ORDER BY import_id DESC, id",
            p![entity, year],
        )?;
        rows.iter()
            .map(|r| {
                let severity: String = r.get(1)?;
                let cells: String = r.get(4)?;
                Ok(Finding {
                    rule: r.get(0)?,
                    severity: Severity::parse(&severity).ok_or_else(|| StoreError::Corrupt(format!("severity '{severity}'")))?,
                    entity: r.get(2)?,
                    year: r.get(3)?,
                    cells: serde_json::from_str(&cells).map_err(|e| StoreError::Corrupt(format!("finding cells: {e}")))?,
                    message: r.get(5)?,
                })
            })
            .collect()
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        let n = |t: &str| -> Result<u64, StoreError> { self.db.query_one(&format!("SELECT COUNT(*) FROM {t}"), p![])?.get(0) };
        Ok(Counts {
            imports: n("imports")?,
            observations: n("observations")?,
            history: n("observation_history")?,
            findings: n("findings")?,
            audit: n("audit_log")?,
        })
    }

    fn latest_observation_import(&self) -> Result<Option<ImportInfo>, StoreError> {
        // Case imports record the coding scheme as their instrument version.
        self.db
            .query_opt(
                "SELECT id, kind, file, sha256, at FROM imports WHERE instrument_version NOT LIKE 'coding-scheme-%' ORDER BY id DESC LIMIT 1",
                p![],
            )?
            .map(|r| Ok(ImportInfo { id: r.get(0)?, kind: r.get(1)?, file: r.get(2)?, sha256: r.get(3)?, at: r.get(4)? }))
            .transpose()
    }

    fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        // One snapshot: a writer committing meanwhile must not look like a gap in the trail.
        let tx = self.db.read()?;
        let mut report = AuditReport::default();
        let mut last: HashMap<String, String> = HashMap::new();
        let mut prev = GENESIS.to_string();
        for r in tx.query(
            "SELECT seq, at, actor, action, table_name, row_key, old_value, new_value, prev_hash, hash FROM audit_log ORDER BY seq",
            p![],
        )? {
            let seq: i64 = r.get(0)?;
            let (at, actor, action, table, key): (String, String, String, String, String) =
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?);
            let (old, new): (Option<String>, Option<String>) = (r.get(6)?, r.get(7)?);
            let (stored_prev, stored_hash): (String, String) = (r.get(8)?, r.get(9)?);
            let e = Entry { at: &at, actor: &actor, action: &action, table: &table, row_key: &key, old: old.as_deref(), new: new.as_deref() };
            if stored_prev != prev {
                report.broken.push(format!("entry {seq}: does not link to the entry before it"));
            }
            if audit::hash(&stored_prev, &e) != stored_hash {
                report.broken.push(format!("entry {seq}: its hash does not match its content"));
            }
            prev = stored_hash;
            report.entries += 1;
            if table == "observations" && (action == "insert" || action == "update") {
                if let Some(n) = new {
                    last.insert(key, n);
                }
            }
        }
        for r in
            tx.query("SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value FROM observations", p![])?
        {
            let key = read_key(&r, 0)?;
            let v = value_text(read_value(&r.get::<String>(7)?, r.get(8)?)?);
            let k = key.to_string();
            match last.remove(&k) {
                Some(t) if t == v => {}
                Some(t) => report.unaccounted.push(format!("{k}: stored {v}, the trail last recorded {t}")),
                None => report.unaccounted.push(format!("{k}: stored {v}, never recorded in the trail")),
            }
        }
        for (k, t) in last {
            report.unaccounted.push(format!("{k}: the trail records {t} but the cell is gone"));
        }
        report.unaccounted.extend(crate::cases::unaccounted(&tx)?);
        report.unaccounted.extend(crate::releases::unaccounted(&tx)?);
        report.unaccounted.extend(crate::victims::unaccounted(&tx)?);
        report.unaccounted.sort();
        tx.commit()?;
        Ok(report)
    }

    fn backend(&self) -> Backend {
        self.db.backend()
    }

    fn backup(&self, out: &mut dyn std::io::Write) -> Result<crate::BackupSummary, StoreError> {
        crate::backup::backup(&self.db, out)
    }

    fn restore(&mut self, input: &mut dyn std::io::BufRead) -> Result<crate::BackupSummary, StoreError> {
        crate::backup::restore(&self.db, input)
    }
}

/// Records a new import (kind, file, sha256, actor, instrument or scheme version) in the
/// caller's write transaction and returns its id. The id is the next after the highest, on both
/// backends: a rolled-back import (one that changed nothing) leaves no gap in the numbers users
/// see, as with SQLite's row ids (a PostgreSQL sequence would skip).
pub(crate) fn start_import(tx: &Db, [kind, file, sha256, actor, version]: [&str; 5], rows_read: u64) -> Result<i64, StoreError> {
    let id: i64 = tx.query_one("SELECT COALESCE(MAX(id), 0) + 1 FROM imports", p![])?.get(0)?;
    tx.execute(
        "INSERT INTO imports (id, kind, file, sha256, actor, at, instrument_version, rows_read, cells_inserted, cells_changed, cells_unchanged)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, 0, 0)",
        p![id, kind, file, sha256, actor, crate::now(), version, rows_read],
    )?;
    Ok(id)
}

/// Records an import's findings and its counts (inserted, changed, unchanged), in its transaction.
pub(crate) fn finish_import(tx: &Db, import_id: i64, findings: &[Finding], counts: [u64; 3]) -> Result<(), StoreError> {
    let rows: Vec<Vec<Value>> = findings
        .iter()
        .map(|x| {
            let cells = serde_json::to_string(&x.cells).expect("strings serialise");
            p![import_id, x.rule, x.severity.as_str(), x.entity, x.year, cells, x.message].to_vec()
        })
        .collect();
    insert_rows(tx, "INSERT INTO findings (import_id, rule, severity, entity, year, cells, message)", &rows, "")?;
    let [inserted, changed, unchanged] = counts;
    tx.execute(
        "UPDATE imports SET cells_inserted = ?2, cells_changed = ?3, cells_unchanged = ?4 WHERE id = ?1",
        p![import_id, inserted, changed, unchanged],
    )?;
    Ok(())
}

/// The seven key columns (entity, indicator, dimension, category, sex, age, year) from `first` on.
pub(crate) fn read_key(r: &Row, first: usize) -> Result<ObsKey, StoreError> {
    Ok(ObsKey {
        entity: r.get(first)?,
        indicator: r.get(first + 1)?,
        dimension: r.get(first + 2)?,
        category: r.get(first + 3)?,
        sex: r.get(first + 4)?,
        age: r.get(first + 5)?,
        year: r.get(first + 6)?,
    })
}

fn source(r: &Row, i: usize) -> Result<String, StoreError> {
    let (file, sheet, row, column): (String, String, u64, String) = (r.get(i)?, r.get(i + 1)?, r.get(i + 2)?, r.get(i + 3)?);
    Ok(tipdata_model::Provenance { file, sheet, row, column }.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ObservationImport;
    use tipdata_model::{collapse, Observation, Provenance};

    fn cell(entity: &str, year: i32, row: u64, v: u64) -> Observation {
        Observation {
            key: ObsKey {
                entity: entity.into(),
                indicator: "Detected trafficking victims".into(),
                dimension: "Total".into(),
                category: "Total".into(),
                sex: "Total".into(),
                age: "Total".into(),
                year,
            },
            value: if v < 5 { CellValue::Below(5) } else { CellValue::Count(v) },
            source: Provenance { file: "t.csv".into(), sheet: String::new(), row, column: "txtVALUE".into() },
            source_name: "GLOTIP".into(),
        }
    }

    fn import(s: &mut SqlStore, cells: Vec<Observation>) -> ImportOutcome {
        let c = collapse(cells);
        s.import_observations(&ObservationImport {
            kind: "glotip",
            file: "t.csv",
            sha256: String::new(),
            actor: "test",
            rows_read: 0,
            collapsed: &c,
            reader_findings: &[],
        })
        .expect("imports")
    }

    type Entry = (i64, String, String, Option<String>, Option<String>);

    fn trail(s: &SqlStore) -> Vec<Entry> {
        s.db.query("SELECT seq, action, row_key, old_value, new_value FROM audit_log ORDER BY seq", p![])
            .expect("reads")
            .iter()
            .map(|r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)))
            .collect::<Result<_, StoreError>>()
            .expect("rows")
    }

    /// An import larger than several multi-row INSERTs, with repeated keys, then a revision:
    /// rows, ids, history and the audit trail are what one statement per row wrote.
    #[test]
    fn a_batched_import_writes_the_rows_and_the_trail_of_a_row_by_row_one() {
        let db = crate::testing::TestDb::new();
        let mut s = db.open();
        let entities = ["PER", "CHL", "BOL", "ARG", "BRA", "COL", "ECU", "URY"];
        let mut first = Vec::new();
        let mut row = 1;
        for e in entities {
            for year in 2003..=2021 {
                for k in 0..9 {
                    row += 1;
                    let mut c = cell(e, year, row, (row * 7) % 50);
                    c.key.category = format!("c{k}");
                    c.key.dimension = "by citizenship".into();
                    first.push(c);
                }
            }
        }
        let n = first.len() as u64; // 1,368 cells: three statements of 500 rows
                                    // Repeats: 40 keys given again later with another value (the later row wins).
        let repeats: Vec<Observation> = first[..40]
            .iter()
            .map(|c| Observation {
                value: CellValue::Count(999),
                source: Provenance { row: c.source.row + 5000, ..c.source.clone() },
                ..c.clone()
            })
            .collect();
        let mut file = first.clone();
        file.extend(repeats);
        let out = import(&mut s, file);
        assert_eq!((out.inserted, out.changed, out.history, out.import_id), (n, 0, 40, Some(1)));

        let mut want: Vec<(String, String, Option<String>, Option<String>)> = Vec::new();
        for (i, c) in first.iter().enumerate() {
            let v = if i < 40 { CellValue::Count(999) } else { c.value };
            want.push(("insert".into(), c.key.to_string(), None, Some(value_text(v))));
        }
        for c in &first[..40] {
            want.push((
                "supersede".into(),
                c.key.to_string(),
                Some(value_text(c.value)),
                Some(value_text(CellValue::Count(999))),
            ));
        }
        // Ids follow the file's order, as row-by-row inserts gave them.
        for (i, c) in first.iter().enumerate().step_by(97) {
            let id: i64 =
                s.db.query_one(&format!("SELECT id FROM observations WHERE {KEY_COLUMNS}"), &key_params(&c.key))
                    .unwrap()
                    .get(0)
                    .unwrap();
            assert_eq!(id, i as i64 + 1, "{}", c.key);
        }
        // The history of a repeated key hangs on its cell, at version 1.
        let h = s.cell_history(&first[3].key).unwrap();
        assert_eq!((h.len(), h[0].version, h[0].value, h[0].replaced_by_import), (1, 1, first[3].value, 1));

        // A revision: 600 cells change, the 40 repeated keys go back to their first value,
        // 10 new ones; the rest unchanged.
        let mut second = first.clone();
        for c in second.iter_mut().skip(100).take(600) {
            c.value = CellValue::Count(1000 + c.source.row);
        }
        for k in 0..10 {
            second.push(cell("PRY", 2003 + k, 9000 + k as u64, 12));
        }
        let out = import(&mut s, second.clone());
        assert_eq!((out.inserted, out.changed, out.import_id), (10, 640, Some(2)));
        for (i, c) in second.iter().enumerate() {
            if i >= first.len() {
                want.push(("insert".into(), c.key.to_string(), None, Some(value_text(c.value))));
            } else if i < 40 || (100..700).contains(&i) {
                let old = if i < 40 { CellValue::Count(999) } else { first[i].value };
                want.push(("update".into(), c.key.to_string(), Some(value_text(old)), Some(value_text(c.value))));
            }
        }
        let got = trail(&s);
        let seqs: Vec<i64> = got.iter().map(|e| e.0).collect();
        assert_eq!(seqs, (1..=want.len() as i64).collect::<Vec<_>>(), "numbered without gaps");
        let got: Vec<_> = got.into_iter().map(|(_, a, k, o, n)| (a, k, o, n)).collect();
        assert_eq!(got, want);
        let r = s.verify_audit().unwrap();
        assert!(r.ok(), "{r:?}");
        assert_eq!(s.stored_cells(Some("PRY")).unwrap().len(), 10);
        let c = s.counts().unwrap();
        assert_eq!((c.imports, c.observations, c.history), (2, n + 10, 40 + 640));
    }
}
