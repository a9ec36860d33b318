//! Releases ([`ReleaseStore`]): frozen, citable snapshots of the country data. A release copies
//! every stored cell with the import and version that wrote it, records which imports went in,
//! and carries a content hash over its cells; the tables refuse UPDATE and DELETE, and the
//! audit trail records each release's hash, which `verify_audit` recomputes from the copy.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};
use tipdata_model::{CellValue, Instrument, ObsKey};

use crate::db::{Db, Row, Value};
use crate::sql::{read_key, read_value, value_text, AuditWriter};
use crate::{SqlStore, StoreError};

/// A frozen snapshot of the country data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Release {
    pub id: i64,
    pub name: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub created_by: String,
    pub instrument_version: String,
    /// SHA-256 over the cells in key order ([`content_hash`]).
    pub content_hash: String,
    pub cell_count: u64,
    pub note: String,
    /// Every import applied when the release was made, oldest first.
    pub imports: Vec<ReleaseImport>,
}

/// An import that went into a release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseImport {
    pub import_id: i64,
    /// `glotip`, `sdmx`, `submission` (a validated submission), ...
    pub kind: String,
    pub file: String,
    pub at: String,
    /// How many of the release's cells hold the value this import wrote (0: all replaced later).
    pub cells: u64,
}

/// Frozen snapshots of the country data. Each method is one transaction.
pub trait ReleaseStore {
    /// Freezes every stored cell under `name` (letters, digits, `.`, `_`, `-`; unique).
    /// Fails when the name is taken or nothing is stored.
    fn create_release(&mut self, name: &str, actor: &str, note: &str) -> Result<Release, StoreError>;
    /// Every release, oldest first.
    fn releases(&self) -> Result<Vec<Release>, StoreError>;
    fn release(&self, name: &str) -> Result<Option<Release>, StoreError>;
    /// The cells of a release (optionally of one entity), in key order.
    fn release_cells(&self, name: &str, entity: Option<&str>) -> Result<Vec<(ObsKey, CellValue)>, StoreError>;
}

/// SHA-256 (hex) over cells in key order: per cell, each key field then the value text
/// (`count:12`, `below:5`, `missing`), each as its UTF-8 length (8 bytes, little-endian)
/// followed by its bytes. The order of `cells` does not matter.
pub fn content_hash(cells: &[(ObsKey, CellValue)]) -> String {
    let mut sorted: Vec<&(ObsKey, CellValue)> = cells.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut h = Sha256::new();
    for (k, v) in sorted {
        let year = k.year.to_string();
        let value = value_text(*v);
        for part in [&k.entity, &k.indicator, &k.dimension, &k.category, &k.sex, &k.age, &year, &value] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part.as_bytes());
        }
    }
    crate::audit::hex(&h.finalize())
}

/// What changed from one set of cells to another.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CellDiff {
    pub added: Vec<(ObsKey, CellValue)>,
    /// Key, value before, value after.
    pub changed: Vec<(ObsKey, CellValue, CellValue)>,
    pub removed: Vec<(ObsKey, CellValue)>,
}

impl CellDiff {
    /// Cells added, changed and removed from `a` to `b`, each list in key order.
    pub fn between(a: &[(ObsKey, CellValue)], b: &[(ObsKey, CellValue)]) -> CellDiff {
        let before: BTreeMap<&ObsKey, CellValue> = a.iter().map(|(k, v)| (k, *v)).collect();
        let after: BTreeMap<&ObsKey, CellValue> = b.iter().map(|(k, v)| (k, *v)).collect();
        let mut d = CellDiff::default();
        for (k, v) in &after {
            match before.get(k) {
                None => d.added.push(((*k).clone(), *v)),
                Some(old) if old != v => d.changed.push(((*k).clone(), *old, *v)),
                Some(_) => {}
            }
        }
        for (k, v) in &before {
            if !after.contains_key(k) {
                d.removed.push(((*k).clone(), *v));
            }
        }
        d
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

/// A release name: 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit.
pub fn check_release_name(name: &str) -> Result<(), StoreError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!(
            "'{name}' is not a release name: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. 2026-11)"
        )))
    }
}

/// What the audit trail records of a release.
fn audit_value(hash: &str, cells: u64, instrument: &str) -> String {
    format!("sha256:{hash} cells:{cells} instrument:{instrument}")
}

const RELEASE_COLUMNS: &str = "id, name, created_at, created_by, instrument_version, content_hash, cell_count, note";

fn read_release(r: &Row) -> Result<Release, StoreError> {
    Ok(Release {
        id: r.get(0)?,
        name: r.get(1)?,
        created_at: r.get(2)?,
        created_by: r.get(3)?,
        instrument_version: r.get(4)?,
        content_hash: r.get(5)?,
        cell_count: r.get(6)?,
        note: r.get(7)?,
        imports: Vec::new(),
    })
}

fn with_imports(db: &Db, mut r: Release) -> Result<Release, StoreError> {
    r.imports = db
        .query(
            "SELECT i.id, i.kind, i.file, i.at, ri.cells FROM release_imports ri JOIN imports i ON i.id = ri.import_id
             WHERE ri.release_id = ?1 ORDER BY i.id",
            p![r.id],
        )?
        .iter()
        .map(|x| Ok(ReleaseImport { import_id: x.get(0)?, kind: x.get(1)?, file: x.get(2)?, at: x.get(3)?, cells: x.get(4)? }))
        .collect::<Result<_, StoreError>>()?;
    Ok(r)
}

fn cells_of(db: &Db, release_id: i64, entity: Option<&str>) -> Result<Vec<(ObsKey, CellValue)>, StoreError> {
    let rows = db.query(
        "SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value FROM release_cells
         WHERE release_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR entity = ?2)",
        p![release_id, entity],
    )?;
    let mut out = rows
        .iter()
        .map(|r| Ok((read_key(r, 0)?, read_value(&r.get::<String>(7)?, r.get(8)?)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    // Sorted here, not by SQL: byte order on every backend, whatever its collation.
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

fn release_in(db: &Db, where_: &str, key: Value) -> Result<Option<Release>, StoreError> {
    db.query_opt(&format!("SELECT {RELEASE_COLUMNS} FROM releases WHERE {where_} = ?1"), &[key])?
        .map(|r| with_imports(db, read_release(&r)?))
        .transpose()
}

impl ReleaseStore for SqlStore {
    fn create_release(&mut self, name: &str, actor: &str, note: &str) -> Result<Release, StoreError> {
        check_release_name(name)?;
        // The write lock: no import may slip in between the copy and the counts.
        let tx = self.db.write()?;
        if let Some(r) = tx.query_opt("SELECT created_at FROM releases WHERE name = ?1", p![name])? {
            let at: String = r.get(0)?;
            return Err(StoreError::Invalid(format!(
                "release '{name}' exists (created {at}); releases are immutable: choose a new name"
            )));
        }
        let n: u64 = tx.query_one("SELECT COUNT(*) FROM observations", p![])?.get(0)?;
        if n == 0 {
            return Err(StoreError::Invalid(
                "nothing to release: no cells are stored (import data first, e.g. tipdata import glotip FILE)".into(),
            ));
        }
        let mut audit = AuditWriter::start(&tx, actor)?;
        let at = audit.at().to_string();
        let instrument = Instrument::v1().version.clone();
        // Hashed before the row is written: releases refuse UPDATE, so it is written once, whole.
        let cells: Vec<(ObsKey, CellValue)> = tx
            .query("SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value FROM observations", p![])?
            .iter()
            .map(|r| Ok((read_key(r, 0)?, read_value(&r.get::<String>(7)?, r.get(8)?)?)))
            .collect::<Result<_, StoreError>>()?;
        let hash = content_hash(&cells);
        let id = tx.insert(
            "INSERT INTO releases (name, created_at, created_by, instrument_version, content_hash, cell_count, note)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
            p![name, at, actor, instrument, hash, n, note],
        )?;
        tx.execute(
            "INSERT INTO release_cells (release_id, entity, indicator, dimension, category, sex, age, year, value_kind, value, import_id, version)
             SELECT CAST(?1 AS BIGINT), entity, indicator, dimension, category, sex, age, year, value_kind, value, import_id, version FROM observations",
            p![id],
        )?;
        tx.execute(
            "INSERT INTO release_imports (release_id, import_id, cells)
             SELECT CAST(?1 AS BIGINT), i.id, (SELECT COUNT(*) FROM observations o WHERE o.import_id = i.id) FROM imports i",
            p![id],
        )?;
        audit.append(&tx, "create", "releases", name, None, Some(&audit_value(&hash, n, &instrument)))?;
        let release = release_in(&tx, "id", Value::Int(id))?.ok_or_else(|| StoreError::Corrupt(format!("release {name} vanished")))?;
        tx.commit()?;
        Ok(release)
    }

    fn releases(&self) -> Result<Vec<Release>, StoreError> {
        let rows = self.db.query(&format!("SELECT {RELEASE_COLUMNS} FROM releases ORDER BY id"), p![])?;
        rows.iter().map(|r| with_imports(&self.db, read_release(r)?)).collect()
    }

    fn release(&self, name: &str) -> Result<Option<Release>, StoreError> {
        release_in(&self.db, "name", Value::Text(name.to_string()))
    }

    fn release_cells(&self, name: &str, entity: Option<&str>) -> Result<Vec<(ObsKey, CellValue)>, StoreError> {
        let id: i64 = self
            .db
            .query_opt("SELECT id FROM releases WHERE name = ?1", p![name])?
            .ok_or_else(|| StoreError::Invalid(format!("no release '{name}' (tipdata release list shows them)")))?
            .get(0)?;
        cells_of(&self.db, id, entity)
    }
}

/// Releases whose stored cells no longer hash to what the release and the trail recorded.
pub(crate) fn unaccounted(db: &Db) -> Result<Vec<String>, StoreError> {
    let mut trail: BTreeMap<String, String> = BTreeMap::new();
    for r in db.query(
        "SELECT row_key, new_value FROM audit_log WHERE table_name = 'releases' AND action = 'create' ORDER BY seq",
        p![],
    )? {
        trail.insert(r.get(0)?, r.get::<Option<String>>(1)?.unwrap_or_default());
    }
    let mut out = Vec::new();
    let releases: Vec<Release> =
        db.query(&format!("SELECT {RELEASE_COLUMNS} FROM releases ORDER BY id"), p![])?.iter().map(read_release).collect::<Result<_, _>>()?;
    for r in releases {
        let cells = cells_of(db, r.id, None)?;
        let hash = content_hash(&cells);
        let value = audit_value(&hash, cells.len() as u64, &r.instrument_version);
        if hash != r.content_hash || cells.len() as u64 != r.cell_count {
            out.push(format!("release {}: its cells hash to {hash} ({} cells), it records {}", r.name, cells.len(), r.content_hash));
        }
        match trail.remove(&r.name) {
            Some(t) if t == value => {}
            Some(t) => out.push(format!("release {}: stored {value}, the trail recorded {t}", r.name)),
            None => out.push(format!("release {}: stored, never recorded in the trail", r.name)),
        }
    }
    for (name, t) in trail {
        out.push(format!("release {name}: the trail records {t} but the release is gone"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(entity: &str, sex: &str) -> ObsKey {
        ObsKey {
            entity: entity.into(),
            indicator: "Detected trafficking victims".into(),
            dimension: "Total".into(),
            category: "Total".into(),
            sex: sex.into(),
            age: "Total".into(),
            year: 2020,
        }
    }

    #[test]
    fn the_hash_ignores_order_and_sees_every_value() {
        let a = vec![(key("FRA", "Total"), CellValue::Count(12)), (key("DEU", "Female"), CellValue::Below(5))];
        let b: Vec<_> = a.iter().rev().cloned().collect();
        assert_eq!(content_hash(&a), content_hash(&b));
        let mut c = a.clone();
        c[1].1 = CellValue::Count(4);
        assert_ne!(content_hash(&a), content_hash(&c));
        assert_ne!(content_hash(&a), content_hash(&a[..1]));
    }

    #[test]
    fn the_diff_lists_added_changed_and_removed_in_key_order() {
        let a = vec![(key("FRA", "Total"), CellValue::Count(12)), (key("DEU", "Total"), CellValue::Below(5)), (key("ITA", "Total"), CellValue::Count(3))];
        let b = vec![(key("FRA", "Total"), CellValue::Count(13)), (key("ITA", "Total"), CellValue::Count(3)), (key("AUT", "Total"), CellValue::Missing)];
        let d = CellDiff::between(&a, &b);
        assert_eq!(d.added, vec![(key("AUT", "Total"), CellValue::Missing)]);
        assert_eq!(d.changed, vec![(key("FRA", "Total"), CellValue::Count(12), CellValue::Count(13))]);
        assert_eq!(d.removed, vec![(key("DEU", "Total"), CellValue::Below(5))]);
        assert!(CellDiff::between(&a, &a).is_empty());
    }

    #[test]
    fn names_are_checked() {
        for ok in ["2026-11", "v1.0", "glotip_2024"] {
            check_release_name(ok).unwrap();
        }
        for bad in ["", "-x", "a b", "é", &"x".repeat(65)] {
            assert!(check_release_name(bad).is_err(), "{bad}");
        }
    }
}
