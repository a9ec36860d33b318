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
    (7, include_str!("../migrations/sqlite/0007_release_publications.sql"), include_str!("../migrations/postgres/0007_release_publications.sql")),
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
    for e in &Instrument::v1().entities {
        tx.execute(
            "INSERT INTO entities (id, m49, name, kind, region, subregion) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET m49 = excluded.m49, name = excluded.name, kind = excluded.kind,
             region = excluded.region, subregion = excluded.subregion",
            p![e.id, e.m49, e.name, e.kind.as_str(), e.region, e.subregion],
        )?;
    }
    Ok(())
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
pub(crate) struct AuditWriter {
    prev: String,
    seq: i64,
    at: String,
    actor: String,
}

impl AuditWriter {
    pub(crate) fn start(tx: &Db, actor: &str) -> Result<AuditWriter, StoreError> {
        let last = tx.query_opt("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", p![])?;
        let (seq, prev) = match last {
            Some(r) => (r.get(0)?, r.get(1)?),
            None => (0, GENESIS.to_string()),
        };
        Ok(AuditWriter { prev, seq, at: crate::now(), actor: actor.into() })
    }

    pub(crate) fn at(&self) -> &str {
        &self.at
    }

    pub(crate) fn append(
        &mut self,
        tx: &Db,
        action: &str,
        table: &str,
        row_key: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) -> Result<(), StoreError> {
        let e = Entry { at: &self.at, actor: &self.actor, action, table, row_key, old, new };
        let h = audit::hash(&self.prev, &e);
        self.seq += 1;
        tx.execute(
            "INSERT INTO audit_log (seq, at, actor, action, table_name, row_key, old_value, new_value, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            p![self.seq, self.at, self.actor, action, table, row_key, old, new, self.prev, h],
        )?;
        self.prev = h;
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

const KEY_COLUMNS: &str = "entity = ?1 AND indicator = ?2 AND dimension = ?3 AND category = ?4 AND sex = ?5 AND age = ?6 AND year = ?7";

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
                audit.append(tx, "update", "observations", &k.to_string(), Some(&value_text(old)), Some(&value_text(obs.value)))?;
                out.changed += 1;
                out.history += 1;
                written[i] = Some((id, version + 1));
            }
            None => {
                let id = tx.insert(
                    "INSERT INTO observations (entity, indicator, dimension, category, sex, age, year, value_kind, value,
                     source_file, source_sheet, source_row, source_column, source_name, import_id, version)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 1) RETURNING id",
                    p![k.entity, k.indicator, k.dimension, k.category, k.sex, k.age, k.year, kind, n,
                       s.file, s.sheet, s.row, s.column, obs.source_name, import_id],
                )?;
                audit.append(tx, "insert", "observations", &k.to_string(), None, Some(&value_text(obs.value)))?;
                out.inserted += 1;
                written[i] = Some((id, 1));
            }
        }
    }
    // Earlier rows of the file that a later row replaced: kept as history of the cell
    // the later row wrote (a cell this import left unchanged already has them).
    for (i, earlier) in &imp.collapsed.superseded {
        let Some((id, version)) = written[*i] else { continue };
        let winner = &imp.collapsed.cells[*i];
        let (kind, n) = earlier.value.to_parts();
        let s = &earlier.source;
        let reason = format!("repeated key in {}: row {} replaced by row {}", s.file, s.row, winner.source.row);
        tx.execute(
            "INSERT INTO observation_history (observation_id, version, value_kind, value, source_file, source_sheet,
             source_row, source_column, replaced_by_import, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            p![id, version, kind, n, s.file, s.sheet, s.row, s.column, import_id, reason],
        )?;
        audit.append(
            tx, "supersede", "observations", &winner.key.to_string(),
            Some(&value_text(earlier.value)), Some(&value_text(winner.value)),
        )?;
        out.history += 1;
    }
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
        for r in tx.query(
            "SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value FROM observations",
            p![],
        )? {
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
    for x in findings {
        let cells = serde_json::to_string(&x.cells).expect("strings serialise");
        tx.execute(
            "INSERT INTO findings (import_id, rule, severity, entity, year, cells, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            p![import_id, x.rule, x.severity.as_str(), x.entity, x.year, cells, x.message],
        )?;
    }
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
