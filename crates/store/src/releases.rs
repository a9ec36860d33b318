//! Releases ([`ReleaseStore`]): frozen, citable snapshots of the country data. A release copies
//! every stored cell with the import and version that wrote it, records which imports went in,
//! and carries a content hash over its cells; the tables refuse UPDATE and DELETE, and the
//! audit trail records each release's hash, which `verify_audit` recomputes from the copy.
//!
//! A release also keeps its protected publications ([`ReleasePublication`]): what the public
//! sees of it, computed once by the caller (disclosure control lives in `tipdata-privacy`)
//! and stored immutable with its parameters and a hash, so every reader answers the same bytes.

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
    /// SHA-256 over the cells in key order ([`content_hash`]) and, from hash version 2, over
    /// the imports that went in ([`content_hash_v2`]).
    pub content_hash: String,
    /// Which definition `content_hash` follows: 1 (cells only, releases made before
    /// migration 7) or 2 (cells and imports). Both keep verifying.
    pub hash_version: i64,
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
    /// The latest release (the last made), without reading every release.
    fn latest_release(&self) -> Result<Option<Release>, StoreError>;
    /// The publication of `release` kept with these parameters, if one was stored.
    fn release_publication(&self, release: &str, params: &PublicationParams) -> Result<Option<ReleasePublication>, StoreError>;
    /// The cells of a stored publication, in key order.
    fn publication_cells(&self, publication_id: i64) -> Result<Vec<(ObsKey, PublicValue)>, StoreError>;
    /// The cells of kept publication `p`, checked against its row (number of cells and
    /// [`publication_hash`]): the row and its cells are read in two statements, so a row that
    /// another process replaced in between (its cells gone), or cells that do not match it,
    /// are an error, never a short or altered publication served.
    fn publication_cells_checked(&self, p: &ReleasePublication) -> Result<Vec<(ObsKey, PublicValue)>, StoreError> {
        let cells = self.publication_cells(p.id)?;
        if cells.len() as u64 != p.cell_count || publication_hash(&cells) != p.content_hash {
            return Err(StoreError::Corrupt(format!(
                "the publication {} kept with release {} does not match its cells ({} read, {} recorded): \
                 replaced by another process meanwhile, or altered; read it again",
                p.id,
                p.release,
                cells.len(),
                p.cell_count
            )));
        }
        Ok(cells)
    }
    /// Keeps a publication of `release` (immutable, audited with its hash). When one with the
    /// same parameters is kept already (another process computed it first), returns that one
    /// and stores nothing: the first stored is the one everybody reads — unless the kept one
    /// is stale ([`ReleasePublication::is_stale`] against `new`: an older format version, or
    /// the same version under other validation rules). A stale one is replaced in this one
    /// transaction: recorded in `release_publication_replacements`, its cells and row
    /// deleted, `new` stored, the trail recording the deletion and the creation.
    fn store_publication(&mut self, release: &str, new: &NewPublication<'_>) -> Result<ReleasePublication, StoreError>;
    /// The database's rr3 secret: 32 random bytes from the OS, made and stored on first use
    /// (the first writer wins; every later call returns the same bytes). It keys rr3's
    /// rounding (`tipdata_privacy::glotip::publish_keyed`): never publish, report or log it.
    fn rr3_secret(&self) -> Result<[u8; 32], StoreError>;
}

/// The version of the content hash new releases get.
pub const HASH_VERSION: i64 = 2;

/// What a published cell shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PublicValue {
    Count(u64),
    /// `<t`: 0..t-1.
    Below(u64),
    /// Hidden (`x`): no value, no bound.
    Hidden,
}

impl PublicValue {
    fn parts(self) -> (&'static str, Option<u64>) {
        match self {
            PublicValue::Count(n) => ("count", Some(n)),
            PublicValue::Below(t) => ("below", Some(t)),
            PublicValue::Hidden => ("hidden", None),
        }
    }

    fn from_parts(kind: &str, n: Option<i64>) -> Result<PublicValue, StoreError> {
        match (kind, n) {
            ("count", Some(n)) if n >= 0 => Ok(PublicValue::Count(n as u64)),
            ("below", Some(t)) if t >= 0 => Ok(PublicValue::Below(t as u64)),
            ("hidden", None) => Ok(PublicValue::Hidden),
            _ => Err(StoreError::Corrupt(format!("published value of kind '{kind}' with {n:?}"))),
        }
    }

    fn text(self) -> String {
        match self.parts() {
            (k, Some(n)) => format!("{k}:{n}"),
            (k, None) => k.to_string(),
        }
    }
}

/// The parameters of a publication: `tipdata publish`'s (method `suppress` or `rr3`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicationParams {
    pub method: String,
    pub threshold: u64,
    pub margin: u64,
    pub seed: u64,
}

impl PublicationParams {
    /// What the public pages serve: `tipdata publish`'s defaults (suppression below 5, no
    /// hidden cell narrowed below a width of 4, seed 0).
    pub fn public() -> PublicationParams {
        PublicationParams { method: "suppress".into(), threshold: 5, margin: 4, seed: 0 }
    }

    fn key(&self, release: &str) -> String {
        format!("{release}:{}:{}:{}:{}", self.method, self.threshold, self.margin, self.seed)
    }
}

/// A publication to keep.
pub struct NewPublication<'a> {
    pub params: PublicationParams,
    /// The version of the validation rules the table sets were built from.
    pub rules_version: &'a str,
    /// Which disclosure code made it (`tipdata_privacy::release::PUBLICATION_FORMAT`).
    pub format_version: i64,
    pub cells: &'a [(ObsKey, PublicValue)],
    /// What disclosure control did (cells hidden, ...), as `tipdata publish` reports it.
    pub report: &'a str,
    pub actor: &'a str,
}

/// A kept publication of a release.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleasePublication {
    pub id: i64,
    pub release: String,
    pub params: PublicationParams,
    pub rules_version: String,
    /// Which disclosure code made it (`tipdata_privacy::release::PUBLICATION_FORMAT`); 0 for
    /// a publication kept before migration 8 (unknown: older code).
    pub format_version: i64,
    /// [`publication_hash`] of its cells.
    pub content_hash: String,
    pub cell_count: u64,
    /// Cells shown hidden or `<t`.
    pub hidden_count: u64,
    pub report: String,
    pub created_at: String,
    pub created_by: String,
}

impl ReleasePublication {
    /// Whether code that makes publications of format `format_version` under validation rules
    /// `rules_version` must recompute this one rather than serve it: it was made by older code
    /// (a lower format version), or by the same code under other rules. One made by newer code
    /// is not stale to older code (two versions of tipdata on one database would otherwise
    /// replace each other's publication on every read).
    pub fn is_stale(&self, format_version: i64, rules_version: &str) -> bool {
        self.format_version < format_version || (self.format_version == format_version && self.rules_version != rules_version)
    }
}

/// SHA-256 (hex) over published cells in key order, as [`content_hash`] does over stored ones
/// (value text `count:12`, `below:5`, `hidden`).
pub fn publication_hash(cells: &[(ObsKey, PublicValue)]) -> String {
    let mut sorted: Vec<&(ObsKey, PublicValue)> = cells.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let mut h = Sha256::new();
    for (k, v) in sorted {
        hash_cell(&mut h, k, &v.text());
    }
    crate::audit::hex(&h.finalize())
}

fn hash_part(h: &mut Sha256, part: &str) {
    h.update((part.len() as u64).to_le_bytes());
    h.update(part.as_bytes());
}

fn hash_cell(h: &mut Sha256, k: &ObsKey, value: &str) {
    let year = k.year.to_string();
    for part in [&k.entity, &k.indicator, &k.dimension, &k.category, &k.sex, &k.age, &year, value] {
        hash_part(h, part);
    }
}

/// SHA-256 (hex) over cells in key order: per cell, each key field then the value text
/// (`count:12`, `below:5`, `missing`), each as its UTF-8 length (8 bytes, little-endian)
/// followed by its bytes. The order of `cells` does not matter.
/// This is hash version 1; new releases use [`content_hash_v2`].
pub fn content_hash(cells: &[(ObsKey, CellValue)]) -> String {
    let mut h = Sha256::new();
    hash_cells(&mut h, cells);
    crate::audit::hex(&h.finalize())
}

fn hash_cells(h: &mut Sha256, cells: &[(ObsKey, CellValue)]) {
    let mut sorted: Vec<&(ObsKey, CellValue)> = cells.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (k, v) in sorted {
        hash_cell(h, k, &value_text(*v));
    }
}

/// Hash version 2: SHA-256 (hex) over the text `tipdata-release-v2`, the cells as
/// [`content_hash`] hashes them, the text `imports` and the number of imports, then per import
/// in id order its id, kind, file, time and cell count, every part length-prefixed as there.
/// What went into a release is then part of what its hash certifies.
pub fn content_hash_v2(cells: &[(ObsKey, CellValue)], imports: &[ReleaseImport]) -> String {
    let mut h = Sha256::new();
    hash_part(&mut h, "tipdata-release-v2");
    hash_cells(&mut h, cells);
    hash_part(&mut h, "imports");
    hash_part(&mut h, &imports.len().to_string());
    let mut sorted: Vec<&ReleaseImport> = imports.iter().collect();
    sorted.sort_by_key(|i| i.import_id);
    for i in sorted {
        for part in [&i.import_id.to_string(), &i.kind, &i.file, &i.at, &i.cells.to_string()] {
            hash_part(&mut h, part);
        }
    }
    crate::audit::hex(&h.finalize())
}

/// The content hash of a release under hash version `version`.
pub fn content_hash_of(version: i64, cells: &[(ObsKey, CellValue)], imports: &[ReleaseImport]) -> Result<String, StoreError> {
    match version {
        1 => Ok(content_hash(cells)),
        2 => Ok(content_hash_v2(cells, imports)),
        v => Err(StoreError::Corrupt(format!("release hash version {v} is unknown to this tipdata"))),
    }
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

/// What the audit trail records of a release (version 2 also names its imports and version).
fn audit_value(version: i64, hash: &str, cells: u64, instrument: &str, imports: usize) -> String {
    match version {
        1 => format!("sha256:{hash} cells:{cells} instrument:{instrument}"),
        v => format!("sha256:{hash} cells:{cells} instrument:{instrument} imports:{imports} hash:v{v}"),
    }
}

const RELEASE_COLUMNS: &str =
    "id, name, created_at, created_by, instrument_version, content_hash, cell_count, note, hash_version";

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
        hash_version: r.get(8)?,
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
        let imports: Vec<ReleaseImport> = tx
            .query(
                "SELECT i.id, i.kind, i.file, i.at, (SELECT COUNT(*) FROM observations o WHERE o.import_id = i.id) FROM imports i ORDER BY i.id",
                p![],
            )?
            .iter()
            .map(|x| Ok(ReleaseImport { import_id: x.get(0)?, kind: x.get(1)?, file: x.get(2)?, at: x.get(3)?, cells: x.get(4)? }))
            .collect::<Result<_, StoreError>>()?;
        let hash = content_hash_v2(&cells, &imports);
        let id = tx.insert(
            "INSERT INTO releases (name, created_at, created_by, instrument_version, content_hash, cell_count, note, hash_version)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id",
            p![name, at, actor, instrument, hash, n, note, HASH_VERSION],
        )?;
        tx.execute(
            "INSERT INTO release_cells (release_id, entity, indicator, dimension, category, sex, age, year, value_kind, value, import_id, version)
             SELECT CAST(?1 AS BIGINT), entity, indicator, dimension, category, sex, age, year, value_kind, value, import_id, version FROM observations",
            p![id],
        )?;
        for i in &imports {
            tx.execute(
                "INSERT INTO release_imports (release_id, import_id, cells) VALUES (?1, ?2, ?3)",
                p![id, i.import_id, i.cells],
            )?;
        }
        audit.append(
            &tx,
            "create",
            "releases",
            name,
            None,
            Some(&audit_value(HASH_VERSION, &hash, n, &instrument, imports.len())),
        )?;
        let release =
            release_in(&tx, "id", Value::Int(id))?.ok_or_else(|| StoreError::Corrupt(format!("release {name} vanished")))?;
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

    fn latest_release(&self) -> Result<Option<Release>, StoreError> {
        self.db
            .query_opt(&format!("SELECT {RELEASE_COLUMNS} FROM releases ORDER BY id DESC LIMIT 1"), p![])?
            .map(|r| with_imports(&self.db, read_release(&r)?))
            .transpose()
    }

    fn release_publication(&self, release: &str, params: &PublicationParams) -> Result<Option<ReleasePublication>, StoreError> {
        publication_in(&self.db, release, params)
    }

    fn publication_cells(&self, publication_id: i64) -> Result<Vec<(ObsKey, PublicValue)>, StoreError> {
        publication_cells_of(&self.db, publication_id)
    }

    fn rr3_secret(&self) -> Result<[u8; 32], StoreError> {
        if let Some(r) = self.db.query_opt("SELECT secret FROM rr3_secret WHERE id = 1", p![])? {
            return parse_secret(&r.get::<String>(0)?);
        }
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| StoreError::Invalid(format!("cannot get random bytes from the OS for the rr3 secret: {e}")))?;
        // Two processes may race here: the first insert wins and both read it back.
        self.db.execute(
            "INSERT INTO rr3_secret (id, secret) VALUES (1, ?1) ON CONFLICT (id) DO NOTHING",
            p![crate::audit::hex(&bytes)],
        )?;
        parse_secret(&self.db.query_one("SELECT secret FROM rr3_secret WHERE id = 1", p![])?.get::<String>(0)?)
    }

    fn store_publication(&mut self, release: &str, new: &NewPublication<'_>) -> Result<ReleasePublication, StoreError> {
        let tx = self.db.write()?;
        let stale = match publication_in(&tx, release, &new.params)? {
            Some(p) if !p.is_stale(new.format_version, new.rules_version) => return Ok(p),
            kept => kept,
        };
        let release_id: i64 = tx
            .query_opt("SELECT id FROM releases WHERE name = ?1", p![release])?
            .ok_or_else(|| StoreError::Invalid(format!("no release '{release}' (tipdata release list shows them)")))?
            .get(0)?;
        let hash = publication_hash(new.cells);
        let n = new.cells.len() as u64;
        let hidden = new.cells.iter().filter(|(_, v)| !matches!(v, PublicValue::Count(_))).count() as u64;
        let mut audit = AuditWriter::start(&tx, new.actor)?;
        let p = &new.params;
        if let Some(old) = stale {
            // Recorded first: the delete triggers let a publication go only once its
            // replacement names it.
            tx.execute(
                "INSERT INTO release_publication_replacements (publication_id, release_id, method, threshold, margin, seed,
                 rules_version, format_version, content_hash, cell_count, hidden_count, created_at, created_by,
                 new_format_version, new_rules_version, replaced_at, replaced_by)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
                p![
                    old.id,
                    release_id,
                    old.params.method,
                    old.params.threshold,
                    old.params.margin,
                    old.params.seed.to_string(),
                    old.rules_version,
                    old.format_version,
                    old.content_hash,
                    old.cell_count,
                    old.hidden_count,
                    old.created_at,
                    old.created_by,
                    new.format_version,
                    new.rules_version,
                    audit.at(),
                    new.actor
                ],
            )?;
            tx.execute("DELETE FROM release_publication_cells WHERE publication_id = ?1", p![old.id])?;
            tx.execute("DELETE FROM release_publications WHERE id = ?1", p![old.id])?;
            audit.append(
                &tx,
                "delete",
                "release_publications",
                &p.key(release),
                Some(&publication_audit_value(&old.content_hash, old.cell_count, old.hidden_count, old.format_version)),
                None,
            )?;
        }
        // A new id above every id a replacement record names. SQLite's `INTEGER PRIMARY KEY`
        // (no AUTOINCREMENT) would give the highest row's id again once it is deleted: the
        // replacement would carry the id its record names, and when only the rules changed
        // (same format, same cells and hash) that record would let the new row be deleted too.
        // PostgreSQL's identity never reuses an id.
        let id_column = match tx.backend() {
            crate::db::Backend::Sqlite => {
                "(SELECT MAX(x) + 1 FROM (SELECT COALESCE(MAX(id), 0) AS x FROM release_publications
                 UNION ALL SELECT COALESCE(MAX(publication_id), 0) FROM release_publication_replacements))"
            }
            crate::db::Backend::Postgres => "DEFAULT",
        };
        let id = tx.insert(
            &format!(
                "INSERT INTO release_publications (id, release_id, method, threshold, margin, seed, rules_version, content_hash,
                 cell_count, hidden_count, report, created_at, created_by, format_version)
                 VALUES ({id_column}, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) RETURNING id"
            ),
            p![
                release_id,
                p.method,
                p.threshold,
                p.margin,
                p.seed.to_string(),
                new.rules_version,
                hash,
                n,
                hidden,
                new.report,
                audit.at(),
                new.actor,
                new.format_version
            ],
        )?;
        // Many rows per statement: a publication of the whole GLOTIP file has ~10^5 cells.
        const ROWS: usize = 100;
        for chunk in new.cells.chunks(ROWS) {
            let mut marks = Vec::with_capacity(chunk.len());
            let mut params: Vec<Value> = Vec::with_capacity(chunk.len() * 10);
            for (k, v) in chunk {
                let b = params.len();
                marks.push(format!(
                    "(?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{})",
                    b + 1,
                    b + 2,
                    b + 3,
                    b + 4,
                    b + 5,
                    b + 6,
                    b + 7,
                    b + 8,
                    b + 9,
                    b + 10
                ));
                let (kind, value) = v.parts();
                params.extend([
                    Value::Int(id),
                    Value::Text(k.entity.clone()),
                    Value::Text(k.indicator.clone()),
                    Value::Text(k.dimension.clone()),
                    Value::Text(k.category.clone()),
                    Value::Text(k.sex.clone()),
                    Value::Text(k.age.clone()),
                    Value::Int(i64::from(k.year)),
                    Value::Text(kind.to_string()),
                    value.map_or(Value::Null, |n| Value::Int(n as i64)),
                ]);
            }
            tx.execute(
                &format!(
                    "INSERT INTO release_publication_cells (publication_id, entity, indicator, dimension, category, sex, age, year, value_kind, value) VALUES {}",
                    marks.join(", ")
                ),
                &params,
            )?;
        }
        audit.append(
            &tx,
            "create",
            "release_publications",
            &p.key(release),
            None,
            Some(&publication_audit_value(&hash, n, hidden, new.format_version)),
        )?;
        let out = publication_in(&tx, release, p)?
            .ok_or_else(|| StoreError::Corrupt(format!("the publication of {release} vanished")))?;
        tx.commit()?;
        Ok(out)
    }
}

/// What the trail records of a publication (from format version 1, with its version).
fn publication_audit_value(hash: &str, cells: u64, hidden: u64, format_version: i64) -> String {
    match format_version {
        0 => format!("sha256:{hash} cells:{cells} hidden:{hidden}"),
        v => format!("sha256:{hash} cells:{cells} hidden:{hidden} format:v{v}"),
    }
}

const PUBLICATION_COLUMNS: &str =
    "p.id, r.name, p.method, p.threshold, p.margin, p.seed, p.rules_version, p.content_hash, p.cell_count, \
    p.hidden_count, p.report, p.created_at, p.created_by, p.format_version";

fn read_publication(r: &Row) -> Result<ReleasePublication, StoreError> {
    let seed: String = r.get(5)?;
    Ok(ReleasePublication {
        id: r.get(0)?,
        release: r.get(1)?,
        params: PublicationParams {
            method: r.get(2)?,
            threshold: r.get(3)?,
            margin: r.get(4)?,
            seed: seed.parse().map_err(|_| StoreError::Corrupt(format!("publication seed '{seed}'")))?,
        },
        rules_version: r.get(6)?,
        content_hash: r.get(7)?,
        cell_count: r.get(8)?,
        hidden_count: r.get(9)?,
        report: r.get(10)?,
        created_at: r.get(11)?,
        created_by: r.get(12)?,
        format_version: r.get(13)?,
    })
}

fn publication_in(db: &Db, release: &str, params: &PublicationParams) -> Result<Option<ReleasePublication>, StoreError> {
    db.query_opt(
        &format!(
            "SELECT {PUBLICATION_COLUMNS} FROM release_publications p JOIN releases r ON r.id = p.release_id
             WHERE r.name = ?1 AND p.method = ?2 AND p.threshold = ?3 AND p.margin = ?4 AND p.seed = ?5"
        ),
        p![release, params.method, params.threshold, params.margin, params.seed.to_string()],
    )?
    .map(|r| read_publication(&r))
    .transpose()
}

fn publication_cells_of(db: &Db, publication_id: i64) -> Result<Vec<(ObsKey, PublicValue)>, StoreError> {
    let rows = db.query(
        "SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value FROM release_publication_cells WHERE publication_id = ?1",
        p![publication_id],
    )?;
    let mut out = rows
        .iter()
        .map(|r| Ok((read_key(r, 0)?, PublicValue::from_parts(&r.get::<String>(7)?, r.get(8)?)?)))
        .collect::<Result<Vec<_>, StoreError>>()?;
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
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
    let releases: Vec<Release> = db
        .query(&format!("SELECT {RELEASE_COLUMNS} FROM releases ORDER BY id"), p![])?
        .iter()
        .map(|r| with_imports(db, read_release(r)?))
        .collect::<Result<_, _>>()?;
    for r in releases {
        let cells = cells_of(db, r.id, None)?;
        let hash = content_hash_of(r.hash_version, &cells, &r.imports)?;
        let value = audit_value(r.hash_version, &hash, cells.len() as u64, &r.instrument_version, r.imports.len());
        if hash != r.content_hash || cells.len() as u64 != r.cell_count {
            out.push(format!(
                "release {}: its cells hash to {hash} ({} cells), it records {}",
                r.name,
                cells.len(),
                r.content_hash
            ));
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
    // Publications: their cells hash to what the row and the trail recorded (the trail's last
    // word on each: a stale publication replaced is deleted, then its replacement created).
    let mut trail: BTreeMap<String, String> = BTreeMap::new();
    for r in db.query(
        "SELECT row_key, action, old_value, new_value FROM audit_log
         WHERE table_name = 'release_publications' AND action IN ('create', 'delete') ORDER BY seq",
        p![],
    )? {
        let key: String = r.get(0)?;
        if r.get::<String>(1)? == "delete" {
            let old = r.get::<Option<String>>(2)?.unwrap_or_default();
            match trail.remove(&key) {
                Some(t) if t == old => {}
                t => out.push(format!("publication {key}: the trail deletes {old}, it recorded {t:?}")),
            }
        } else {
            trail.insert(key, r.get::<Option<String>>(3)?.unwrap_or_default());
        }
    }
    let pubs: Vec<ReleasePublication> = db
        .query(
            &format!(
                "SELECT {PUBLICATION_COLUMNS} FROM release_publications p JOIN releases r ON r.id = p.release_id ORDER BY p.id"
            ),
            p![],
        )?
        .iter()
        .map(read_publication)
        .collect::<Result<_, _>>()?;
    for p in pubs {
        let cells = publication_cells_of(db, p.id)?;
        let hash = publication_hash(&cells);
        let hidden = cells.iter().filter(|(_, v)| !matches!(v, PublicValue::Count(_))).count() as u64;
        let key = p.params.key(&p.release);
        if hash != p.content_hash || cells.len() as u64 != p.cell_count || hidden != p.hidden_count {
            out.push(format!(
                "publication {key}: its cells hash to {hash} ({} cells), it records {}",
                cells.len(),
                p.content_hash
            ));
        }
        let value = publication_audit_value(&hash, cells.len() as u64, hidden, p.format_version);
        match trail.remove(&key) {
            Some(t) if t == value => {}
            Some(t) => out.push(format!("publication {key}: stored {value}, the trail recorded {t}")),
            None => out.push(format!("publication {key}: stored, never recorded in the trail")),
        }
    }
    for (key, t) in trail {
        out.push(format!("publication {key}: the trail records {t} but the publication is gone"));
    }
    Ok(out)
}

/// The stored rr3 secret (64 hex digits) as bytes.
fn parse_secret(hex: &str) -> Result<[u8; 32], StoreError> {
    let bad = || StoreError::Invalid("rr3_secret: the stored secret is not 64 hex digits".into());
    if hex.len() != 64 || !hex.is_ascii() {
        return Err(bad());
    }
    let mut out = [0u8; 32];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
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
        let a = vec![
            (key("FRA", "Total"), CellValue::Count(12)),
            (key("DEU", "Total"), CellValue::Below(5)),
            (key("ITA", "Total"), CellValue::Count(3)),
        ];
        let b = vec![
            (key("FRA", "Total"), CellValue::Count(13)),
            (key("ITA", "Total"), CellValue::Count(3)),
            (key("AUT", "Total"), CellValue::Missing),
        ];
        let d = CellDiff::between(&a, &b);
        assert_eq!(d.added, vec![(key("AUT", "Total"), CellValue::Missing)]);
        assert_eq!(d.changed, vec![(key("FRA", "Total"), CellValue::Count(12), CellValue::Count(13))]);
        assert_eq!(d.removed, vec![(key("DEU", "Total"), CellValue::Below(5))]);
        assert!(CellDiff::between(&a, &a).is_empty());
    }

    #[test]
    fn hash_version_2_sees_the_imports_and_version_1_is_unchanged() {
        let cells = vec![(key("FRA", "Total"), CellValue::Count(12))];
        let imp = |id: i64, file: &str| ReleaseImport {
            import_id: id,
            kind: "glotip".into(),
            file: file.into(),
            at: "2026-01-01T00:00:00Z".into(),
            cells: 1,
        };
        let a = vec![imp(1, "a.xlsx"), imp(2, "b.xlsx")];
        let b: Vec<_> = a.iter().rev().cloned().collect();
        assert_eq!(content_hash_v2(&cells, &a), content_hash_v2(&cells, &b), "import order does not matter");
        assert_ne!(content_hash_v2(&cells, &a), content_hash_v2(&cells, &a[..1]), "a left-out import changes it");
        assert_ne!(content_hash_v2(&cells, &a), content_hash_v2(&cells, &[imp(1, "a.xlsx"), imp(2, "c.xlsx")]));
        assert_ne!(content_hash_v2(&cells, &a), content_hash(&cells));
        // Version 1 as shipped in migration 5: a hash recorded then still verifies.
        assert_eq!(content_hash(&cells), content_hash_of(1, &cells, &a).unwrap());
        assert_eq!(content_hash(&[]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert!(content_hash_of(3, &cells, &a).is_err());
    }

    #[test]
    fn the_publication_hash_sees_hidden_cells() {
        let a = vec![(key("FRA", "Total"), PublicValue::Count(12)), (key("FRA", "Female"), PublicValue::Hidden)];
        let mut b = a.clone();
        b[1].1 = PublicValue::Count(3);
        assert_ne!(publication_hash(&a), publication_hash(&b));
        let r: Vec<_> = a.iter().rev().cloned().collect();
        assert_eq!(publication_hash(&a), publication_hash(&r));
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
