//! The embedded store: one SQLite file in WAL mode.

use std::collections::HashMap;

use rusqlite::{params, params_from_iter, Connection, OptionalExtension, Transaction};
use tipdata_model::query::sort_rows;
use tipdata_model::{CellValue, Finding, Instrument, ObsKey, Query, QueryKey, QueryRow, Severity};

use crate::audit::{self, AuditReport, Entry, GENESIS};
use crate::{Counts, HistoryEntry, ImportInfo, ImportOutcome, ObservationImport, Store, StoreError, StoredCell};

const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../migrations/sqlite/0001_observations.sql")),
    (2, include_str!("../migrations/sqlite/0002_cases.sql")),
    (3, include_str!("../migrations/sqlite/0003_submissions.sql")),
    (4, include_str!("../migrations/sqlite/0004_users.sql")),
    (5, include_str!("../migrations/sqlite/0005_publication.sql")),
];

pub struct SqliteStore {
    pub(crate) conn: Connection,
}

impl SqliteStore {
    pub fn open(path: &str) -> Result<SqliteStore, StoreError> {
        let open_err = |source| StoreError::Open { url: path.to_string(), source };
        let conn = Connection::open(path).map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(10)).map_err(open_err)?;
        // WAL: readers do not block the writer; NORMAL sync is atomic across process crashes.
        conn.pragma_update(None, "journal_mode", "WAL").map_err(open_err)?;
        conn.pragma_update(None, "synchronous", "NORMAL").map_err(open_err)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(open_err)?;
        let mut store = SqliteStore { conn };
        store.migrate()?;
        Ok(store)
    }

    fn migrate(&mut self) -> Result<(), StoreError> {
        self.conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
        )?;
        let current: i64 =
            self.conn.query_row("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", [], |r| r.get(0))?;
        let known = MIGRATIONS.last().map_or(0, |m| m.0);
        if current > known {
            return Err(StoreError::TooNew { found: current, known });
        }
        let applied: Vec<i64> = {
            let mut st = self.conn.prepare("SELECT version FROM schema_migrations")?;
            let rows = st.query_map([], |r| r.get(0))?;
            rows.collect::<Result<_, _>>()?
        };
        // Every known migration not applied yet, even one numbered below the highest applied:
        // migrations added on parallel branches (0002, 0003, 0004) land in any order.
        for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| !applied.contains(v)) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)?;
            tx.execute("INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)", params![version, crate::now()])?;
            tx.commit()?;
        }
        Ok(())
    }
}

pub(crate) fn sync_entities(tx: &Transaction<'_>) -> Result<(), StoreError> {
    let mut st = tx.prepare(
        "INSERT INTO entities (id, m49, name, kind, region, subregion) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (id) DO UPDATE SET m49 = excluded.m49, name = excluded.name, kind = excluded.kind,
         region = excluded.region, subregion = excluded.subregion",
    )?;
    for e in &Instrument::v1().entities {
        st.execute(params![e.id, e.m49, e.name, e.kind.as_str(), e.region, e.subregion])?;
    }
    Ok(())
}

pub(crate) fn value_text(v: CellValue) -> String {
    match v.to_parts() {
        (k, Some(n)) => format!("{k}:{n}"),
        (k, None) => k.to_string(),
    }
}

pub(crate) fn read_value(kind: String, n: Option<i64>) -> Result<CellValue, StoreError> {
    CellValue::from_parts(&kind, n).ok_or_else(|| StoreError::Corrupt(format!("value of kind '{kind}' with {n:?}")))
}

pub(crate) struct AuditWriter {
    prev: String,
    at: String,
    actor: String,
}

impl AuditWriter {
    pub(crate) fn start(tx: &Transaction<'_>, actor: &str) -> Result<AuditWriter, StoreError> {
        let prev: Option<String> =
            tx.query_row("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", [], |r| r.get(0)).optional()?;
        Ok(AuditWriter { prev: prev.unwrap_or_else(|| GENESIS.to_string()), at: crate::now(), actor: actor.into() })
    }

    pub(crate) fn at(&self) -> &str {
        &self.at
    }

    pub(crate) fn append(
        &mut self,
        st: &mut rusqlite::Statement<'_>,
        action: &str,
        table: &str,
        row_key: &str,
        old: Option<&str>,
        new: Option<&str>,
    ) -> Result<(), StoreError> {
        let e = Entry { at: &self.at, actor: &self.actor, action, table, row_key, old, new };
        let h = audit::hash(&self.prev, &e);
        st.execute(params![self.at, self.actor, action, table, row_key, old, new, self.prev, h])?;
        self.prev = h;
        Ok(())
    }
}

pub(crate) const AUDIT_INSERT: &str = "INSERT INTO audit_log (at, actor, action, table_name, row_key, old_value, new_value, prev_hash, hash)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

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

impl Store for SqliteStore {
    fn import_observations(&mut self, imp: &ObservationImport<'_>) -> Result<ImportOutcome, StoreError> {
        let tx = self.conn.transaction()?;
        sync_entities(&tx)?;
        let mut existing: HashMap<ObsKey, (i64, CellValue, i64)> = HashMap::new();
        {
            let mut st = tx.prepare(
                "SELECT id, entity, indicator, dimension, category, sex, age, year, value_kind, value, version FROM observations",
            )?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let key = read_key(r, 1)?;
                existing.insert(key, (r.get(0)?, read_value(r.get(8)?, r.get(9)?)?, r.get(10)?));
            }
        }
        // Cells a validated submission reported are locked: only another submission's
        // validation may change them, never a file import.
        let mut locked: HashMap<ObsKey, i64> = HashMap::new();
        if imp.kind != "submission" {
            let mut st = tx.prepare(
                "SELECT s.entity, c.indicator, c.dimension, c.category, c.sex, c.age, s.year, s.id
                 FROM submission_cells c JOIN submissions s ON s.id = c.submission_id
                 WHERE s.state = 'validated' AND c.value_kind <> 'missing'",
            )?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let key = read_key(r, 0)?;
                locked.insert(key, r.get(7)?);
            }
        }
        tx.execute(
            "INSERT INTO imports (kind, file, sha256, actor, at, instrument_version, rows_read, cells_inserted, cells_changed, cells_unchanged)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 0, 0)",
            params![imp.kind, imp.file, imp.sha256, imp.actor, crate::now(), Instrument::v1().version, imp.rows_read as i64],
        )?;
        let import_id = tx.last_insert_rowid();
        let mut out = ImportOutcome::default();
        let mut audit = AuditWriter::start(&tx, imp.actor)?;
        {
            let mut ins = tx.prepare(
                "INSERT INTO observations (entity, indicator, dimension, category, sex, age, year, value_kind, value,
                 source_file, source_sheet, source_row, source_column, source_name, import_id, version)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 1)",
            )?;
            let mut upd = tx.prepare(
                "UPDATE observations SET value_kind = ?2, value = ?3, source_file = ?4, source_sheet = ?5, source_row = ?6,
                 source_column = ?7, source_name = ?8, import_id = ?9, version = version + 1 WHERE id = ?1",
            )?;
            let mut hist = tx.prepare(
                "INSERT INTO observation_history (observation_id, version, value_kind, value, source_file, source_sheet,
                 source_row, source_column, replaced_by_import, reason)
                 SELECT id, version, value_kind, value, source_file, source_sheet, source_row, source_column, ?2, ?3
                 FROM observations WHERE id = ?1",
            )?;
            let mut hist_superseded = tx.prepare(
                "INSERT INTO observation_history (observation_id, version, value_kind, value, source_file, source_sheet,
                 source_row, source_column, replaced_by_import, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            let mut aud = tx.prepare(AUDIT_INSERT)?;
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
                        hist.execute(params![id, import_id, format!("replaced by import {import_id} ({s})")])?;
                        upd.execute(params![id, kind, n, s.file, s.sheet, s.row as i64, s.column, obs.source_name, import_id])?;
                        audit.append(&mut aud, "update", "observations", &k.to_string(), Some(&value_text(old)), Some(&value_text(obs.value)))?;
                        out.changed += 1;
                        out.history += 1;
                        written[i] = Some((id, version + 1));
                    }
                    None => {
                        ins.execute(params![
                            k.entity, k.indicator, k.dimension, k.category, k.sex, k.age, k.year, kind, n,
                            s.file, s.sheet, s.row as i64, s.column, obs.source_name, import_id
                        ])?;
                        audit.append(&mut aud, "insert", "observations", &k.to_string(), None, Some(&value_text(obs.value)))?;
                        out.inserted += 1;
                        written[i] = Some((tx.last_insert_rowid(), 1));
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
                hist_superseded.execute(params![id, version, kind, n, s.file, s.sheet, s.row as i64, s.column, import_id, reason])?;
                audit.append(
                    &mut aud, "supersede", "observations", &winner.key.to_string(),
                    Some(&value_text(earlier.value)), Some(&value_text(winner.value)),
                )?;
                out.history += 1;
            }
        }
        out.findings = imp.reader_findings.iter().chain(&imp.collapsed.findings).cloned().collect();
        if out.inserted + out.changed == 0 {
            tx.rollback()?;
            return Ok(out);
        }
        finish_import(&tx, import_id, &out.findings, [out.inserted, out.changed, out.unchanged])?;
        tx.commit()?;
        out.import_id = Some(import_id);
        Ok(out)
    }

    fn query(&self, q: &Query) -> Result<Vec<QueryRow>, StoreError> {
        let by: Vec<&str> = q.by.iter().map(|k| column(*k)).collect();
        let mut sql = String::from("SELECT ");
        for c in &by {
            sql.push_str(c);
            sql.push_str(", ");
        }
        sql.push_str(
            "COALESCE(SUM(CASE WHEN o.value_kind = 'count' THEN o.value ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN o.value_kind = 'below' THEN 1 ELSE 0 END), 0),
             COALESCE(SUM(CASE WHEN o.value_kind = 'below' THEN o.value - 1 ELSE 0 END), 0),
             COUNT(*)
             FROM observations o JOIN entities e ON e.id = o.entity
             WHERE o.value_kind <> 'missing'",
        );
        if !q.names_entities() {
            sql.push_str(" AND e.kind IN ('country', 'territory')");
        }
        let mut params: Vec<rusqlite::types::Value> = Vec::new();
        for f in &q.filters {
            let marks: Vec<String> = f
                .values
                .iter()
                .map(|v| {
                    params.push(if f.key == QueryKey::Year {
                        rusqlite::types::Value::Integer(v.parse().unwrap_or(i64::MIN))
                    } else {
                        rusqlite::types::Value::Text(v.clone())
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
        let mut st = self.conn.prepare(&sql)?;
        let nb = by.len();
        let mut rows: Vec<QueryRow> = st
            .query_map(params_from_iter(params), |r| {
                let mut keys = Vec::with_capacity(nb);
                for i in 0..nb {
                    keys.push(match r.get_ref(i)? {
                        rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                        rusqlite::types::ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                        rusqlite::types::ValueRef::Null => String::new(),
                        other => format!("{other:?}"),
                    });
                }
                let value: i64 = r.get(nb)?;
                let suppressed: i64 = r.get(nb + 1)?;
                let slack: i64 = r.get(nb + 2)?;
                let cells: i64 = r.get(nb + 3)?;
                Ok(QueryRow {
                    keys,
                    value: value as u64,
                    suppressed: suppressed as u64,
                    low: value as u64,
                    high: (value + slack) as u64,
                    cells: cells as u64,
                })
            })?
            .collect::<Result<_, _>>()?;
        sort_rows(&q.by, &mut rows);
        Ok(rows)
    }

    fn cell(&self, k: &ObsKey) -> Result<Option<StoredCell>, StoreError> {
        let sql = format!(
            "SELECT value_kind, value, version, source_file, source_sheet, source_row, source_column FROM observations WHERE {KEY_COLUMNS}"
        );
        let row = self
            .conn
            .query_row(&sql, params![k.entity, k.indicator, k.dimension, k.category, k.sex, k.age, k.year], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?, r.get::<_, i64>(2)?, source(r, 3)?))
            })
            .optional()?;
        row.map(|(kind, n, version, source)| {
            Ok(StoredCell { key: k.clone(), value: read_value(kind, n)?, version, source })
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
        let mut st = self.conn.prepare(&sql)?;
        let rows = st.query_map(params![k.entity, k.indicator, k.dimension, k.category, k.sex, k.age, k.year], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<i64>>(2)?, source(r, 3)?, r.get::<_, i64>(7)?, r.get::<_, String>(8)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (version, kind, n, source, replaced_by_import, reason) = row?;
            out.push(HistoryEntry { version, value: read_value(kind, n)?, source, replaced_by_import, reason });
        }
        Ok(out)
    }

    fn findings(&self, entity: Option<&str>, year: Option<i32>) -> Result<Vec<Finding>, StoreError> {
        let mut st = self.conn.prepare(
            "SELECT rule, severity, entity, year, cells, message FROM findings
             WHERE (?1 IS NULL OR entity = ?1) AND (?2 IS NULL OR year = ?2) ORDER BY import_id DESC, id",
        )?;
        let rows = st.query_map(params![entity, year], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, Option<i32>>(3)?, r.get::<_, String>(4)?, r.get::<_, String>(5)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (rule, severity, entity, year, cells, message) = row?;
            out.push(Finding {
                rule,
                severity: Severity::parse(&severity).ok_or_else(|| StoreError::Corrupt(format!("severity '{severity}'")))?,
                entity,
                year,
                cells: serde_json::from_str(&cells).map_err(|e| StoreError::Corrupt(format!("finding cells: {e}")))?,
                message,
            });
        }
        Ok(out)
    }

    fn counts(&self) -> Result<Counts, StoreError> {
        let n = |t: &str| -> Result<u64, StoreError> {
            Ok(self.conn.query_row(&format!("SELECT COUNT(*) FROM {t}"), [], |r| r.get::<_, i64>(0))? as u64)
        };
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
        Ok(self
            .conn
            .query_row(
                "SELECT id, kind, file, sha256, at FROM imports WHERE instrument_version NOT LIKE 'coding-scheme-%' ORDER BY id DESC LIMIT 1",
                [],
                |r| Ok(ImportInfo { id: r.get(0)?, kind: r.get(1)?, file: r.get(2)?, sha256: r.get(3)?, at: r.get(4)? }),
            )
            .optional()?)
    }

    fn verify_audit(&self) -> Result<AuditReport, StoreError> {
        let mut report = AuditReport::default();
        let mut last: HashMap<String, String> = HashMap::new();
        let mut prev = GENESIS.to_string();
        let mut st = self.conn.prepare(
            "SELECT seq, at, actor, action, table_name, row_key, old_value, new_value, prev_hash, hash FROM audit_log ORDER BY seq",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
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
        let mut st = self.conn.prepare(
            "SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value FROM observations",
        )?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let key = read_key(r, 0)?;
            let v = value_text(read_value(r.get(7)?, r.get(8)?)?);
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
        report.unaccounted.extend(crate::cases::unaccounted(&self.conn)?);
        report.unaccounted.extend(crate::releases::unaccounted(&self.conn)?);
        report.unaccounted.extend(crate::victims::unaccounted(&self.conn)?);
        report.unaccounted.sort();
        Ok(report)
    }
}

/// Records an import's findings and its counts (inserted, changed, unchanged), in its transaction.
pub(crate) fn finish_import(tx: &Transaction<'_>, import_id: i64, findings: &[Finding], counts: [u64; 3]) -> Result<(), StoreError> {
    let mut f = tx.prepare(
        "INSERT INTO findings (import_id, rule, severity, entity, year, cells, message) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for x in findings {
        let cells = serde_json::to_string(&x.cells).expect("strings serialise");
        f.execute(params![import_id, x.rule, x.severity.as_str(), x.entity, x.year, cells, x.message])?;
    }
    let [inserted, changed, unchanged] = counts;
    tx.execute(
        "UPDATE imports SET cells_inserted = ?2, cells_changed = ?3, cells_unchanged = ?4 WHERE id = ?1",
        params![import_id, inserted as i64, changed as i64, unchanged as i64],
    )?;
    Ok(())
}

/// The seven key columns (entity, indicator, dimension, category, sex, age, year) from `first` on.
pub(crate) fn read_key(r: &rusqlite::Row<'_>, first: usize) -> rusqlite::Result<ObsKey> {
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

fn source(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<String> {
    let (file, sheet, row, col): (String, String, i64, String) = (r.get(i)?, r.get(i + 1)?, r.get(i + 2)?, r.get(i + 3)?);
    Ok(tipdata_model::Provenance { file, sheet, row: row as u64, column: col }.to_string())
}
