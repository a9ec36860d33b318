//! Court cases in the store: the [`CaseStore`] interface and its SQLite implementation.
//! Cases, codings and final values change only through these methods, each one transaction,
//! each change appended to the audit trail (the trail records content hashes, and
//! `verify_audit` recomputes them from the stored rows).

use std::collections::{BTreeMap, HashMap};

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde_json::{json, Map, Value as Json};
use sha2::{Digest, Sha256};
use tipdata_model::case::{
    Case, CaseBundle, CoderId, CodingRecord, CodingStatus, FinalMethod, FinalValue,
};
use tipdata_model::coding::{Coding, Evidence, SCHEME_VERSION};

use crate::sqlite::{AuditWriter, SqliteStore, AUDIT_INSERT};
use crate::StoreError;

/// An import of cases (and the codings that came with them), applied as one transaction.
pub struct CaseImport<'a> {
    /// `cases-cldb`, `cases-jsonl`, `cases-htcds`.
    pub kind: &'a str,
    pub file: &'a str,
    pub sha256: String,
    pub actor: &'a str,
    pub records_read: u64,
    pub bundles: &'a [CaseBundle],
    /// What the reader noticed, stored as the import's findings.
    pub findings: &'a [tipdata_model::Finding],
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseImportOutcome {
    /// `None` when nothing changed: the import was not recorded.
    pub import_id: Option<i64>,
    pub cases_inserted: u64,
    pub cases_changed: u64,
    pub cases_unchanged: u64,
    pub codings_added: u64,
    pub codings_unchanged: u64,
}

/// A coding to add: `coder`'s values for case `case_id`.
#[derive(Debug, Clone)]
pub struct NewCoding {
    pub case_id: String,
    pub coder: CoderId,
    pub coding: Coding,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddCodingsOutcome {
    pub added: u64,
    /// Codings identical to the coder's current coding of the case: not stored again.
    pub unchanged: u64,
}

/// A case as `tipdata cases list` shows it.
#[derive(Debug, Clone)]
pub struct CaseListItem {
    pub case: Case,
    /// Coders with a current coding of the case, sorted.
    pub coders: Vec<String>,
    /// Variables with a final value.
    pub final_variables: u64,
}

/// What the rest of tipdata asks of the case repository. Each method is one transaction.
pub trait CaseStore {
    /// Stores cases and their codings all or nothing. A case already stored with the same
    /// content is unchanged; with other content it is updated, its old content kept in
    /// `case_history`. A coding equal to the coder's current coding of the case is not added.
    fn import_cases(&mut self, imp: &CaseImport<'_>) -> Result<CaseImportOutcome, StoreError>;
    /// All cases, sorted by id.
    fn cases(&self) -> Result<Vec<CaseListItem>, StoreError>;
    fn case(&self, id: &str) -> Result<Option<Case>, StoreError>;
    /// Cases whose source id is `source_id` (two for UNODC's USA174).
    fn cases_with_source_id(&self, source_id: &str) -> Result<Vec<Case>, StoreError>;
    /// Every coding of a case, superseded ones too, oldest first.
    fn codings_of_case(&self, case_id: &str) -> Result<Vec<CodingRecord>, StoreError>;
    /// Adds codings all or nothing; a coding of a case that is not stored is an error.
    fn add_codings(
        &mut self,
        actor: &str,
        codings: &[NewCoding],
    ) -> Result<AddCodingsOutcome, StoreError>;
    /// The coder's current coding of every case it coded, by case id.
    fn current_codings(&self, coder: &CoderId) -> Result<BTreeMap<String, Coding>, StoreError>;
    /// Final values, of one case or of all, sorted by case and scheme order of variables.
    fn final_values(&self, case_id: Option<&str>) -> Result<Vec<FinalValue>, StoreError>;
    /// Records decisions all or nothing; returns how many final values changed (a decision
    /// equal to the stored final value changes nothing).
    fn decide(&mut self, actor: &str, decisions: &[FinalValue]) -> Result<u64, StoreError>;
}

fn sha(s: &str) -> String {
    crate::audit::hex(&Sha256::digest(s.as_bytes()))
}

fn case_content(c: &Case) -> String {
    serde_json::to_string(c).expect("a case serialises")
}

fn coding_content(case_id: &str, coder: &str, coding: &Coding) -> String {
    json!({"case": case_id, "coder": coder, "coding": Json::Object(coding.to_json())}).to_string()
}

fn final_content(f: &FinalValue) -> String {
    json!({
        "value": f.value.to_json(), "evidence": f.evidence, "method": f.method.as_str(),
        "basis": f.basis, "decided_by": f.decided_by, "reason": f.reason,
    })
    .to_string()
}

fn is_country(code: &str) -> bool {
    tipdata_model::Instrument::v1()
        .entity(code)
        .is_some_and(|e| e.kind == tipdata_model::EntityKind::Country)
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

const CASE_COLUMNS: &str =
    "id, source, source_id, source_key, country, court, year, judgment_date, name, link, summary, flags, raw";

fn read_case(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<Case, StoreError>> {
    let flags: String = r.get(11)?;
    let raw: String = r.get(12)?;
    let mut c = Case {
        id: r.get(0)?,
        source: r.get(1)?,
        source_id: r.get(2)?,
        source_key: r.get(3)?,
        country: r.get(4)?,
        court: r.get(5)?,
        year: r.get(6)?,
        date: r.get(7)?,
        name: r.get(8)?,
        link: r.get(9)?,
        summary: r.get(10)?,
        ..Case::default()
    };
    Ok((|| {
        c.flags = serde_json::from_str(&flags)
            .map_err(|e| corrupt(format!("case {}: flags: {e}", c.id)))?;
        c.raw =
            serde_json::from_str(&raw).map_err(|e| corrupt(format!("case {}: raw: {e}", c.id)))?;
        Ok(c)
    })())
}

fn query_cases(
    conn: &Connection,
    where_: &str,
    p: &[&dyn rusqlite::ToSql],
) -> Result<Vec<Case>, StoreError> {
    let mut st = conn.prepare(&format!(
        "SELECT {CASE_COLUMNS} FROM cases {where_} ORDER BY id"
    ))?;
    let rows = st.query_map(p, read_case)?;
    let mut out = Vec::new();
    for r in rows {
        out.push(r??);
    }
    Ok(out)
}

/// Reads codings (id, case, coder, at, status) and rebuilds their values and evidence.
fn read_codings(
    conn: &Connection,
    where_: &str,
    p: &[&dyn rusqlite::ToSql],
) -> Result<Vec<(i64, CodingRecord)>, StoreError> {
    let mut st = conn.prepare(&format!(
        "SELECT id, case_id, coder, coded_at, status FROM codings {where_} ORDER BY id"
    ))?;
    let heads: Vec<(i64, String, String, String, String)> = st
        .query_map(p, |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<Result<_, _>>()?;
    let mut vals =
        conn.prepare("SELECT variable, value FROM coding_values WHERE coding_id = ?1")?;
    let mut ev = conn.prepare(
        "SELECT variable, value, start_char, end_char, quoted FROM coding_evidence WHERE coding_id = ?1 ORDER BY id",
    )?;
    let mut out = Vec::new();
    for (id, case_id, coder, at, status) in heads {
        let mut obj = Map::new();
        for row in vals.query_map([id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })? {
            let (var, v) = row?;
            obj.insert(
                var,
                serde_json::from_str(&v).map_err(|e| corrupt(format!("coding {id}: {e}")))?,
            );
        }
        let evidence: Vec<Evidence> = ev
            .query_map([id], |r| {
                Ok(Evidence {
                    variable: r.get(0)?,
                    value: r.get(1)?,
                    start: r.get::<_, i64>(2)? as usize,
                    end: r.get::<_, i64>(3)? as usize,
                    text: r.get(4)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        obj.insert(
            "evidence".into(),
            serde_json::to_value(&evidence).expect("evidence serialises"),
        );
        let coding = Coding::from_json(&obj, &[], &is_country)
            .map_err(|e| corrupt(format!("coding {id}: {e}")))?;
        out.push((
            id,
            CodingRecord {
                case_id,
                coder: CoderId::parse(&coder).map_err(|e| corrupt(format!("coding {id}: {e}")))?,
                at,
                coding,
                status: CodingStatus::parse(&status)
                    .ok_or_else(|| corrupt(format!("coding {id}: status '{status}'")))?,
            },
        ));
    }
    Ok(out)
}

fn read_finals(conn: &Connection, case_id: Option<&str>) -> Result<Vec<FinalValue>, StoreError> {
    let mut st = conn.prepare(
        "SELECT case_id, variable, value, evidence, method, basis, decided_by, reason FROM final_values
         WHERE (?1 IS NULL OR case_id = ?1) ORDER BY case_id",
    )?;
    type FinalRow = (
        String,
        String,
        String,
        String,
        String,
        String,
        String,
        Option<String>,
    );
    let rows: Vec<FinalRow> = st
        .query_map([case_id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
                r.get(6)?,
                r.get(7)?,
            ))
        })?
        .collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (case_id, variable, value, evidence, method, basis, decided_by, reason) in rows {
        let var = tipdata_model::coding::variable(&variable)
            .ok_or_else(|| corrupt(format!("final value of '{variable}'")))?;
        let v: Json =
            serde_json::from_str(&value).map_err(|e| corrupt(format!("final value: {e}")))?;
        out.push(FinalValue {
            value: tipdata_model::coding::check_value(var, &v, &is_country).map_err(corrupt)?,
            evidence: serde_json::from_str(&evidence)
                .map_err(|e| corrupt(format!("final evidence: {e}")))?,
            method: FinalMethod::parse(&method)
                .ok_or_else(|| corrupt(format!("final method '{method}'")))?,
            case_id,
            variable,
            basis,
            decided_by,
            reason,
        });
    }
    let order = |v: &str| {
        tipdata_model::coding::SCHEME
            .iter()
            .position(|s| s.name == v)
            .unwrap_or(usize::MAX)
    };
    out.sort_by(|a, b| {
        a.case_id
            .cmp(&b.case_id)
            .then(order(&a.variable).cmp(&order(&b.variable)))
    });
    Ok(out)
}

/// Adds one coding unless it equals the coder's current coding of the case; supersedes that
/// coding otherwise. Returns whether it added.
fn put_coding(
    tx: &Transaction<'_>,
    audit: &mut AuditWriter,
    aud: &mut rusqlite::Statement<'_>,
    case_id: &str,
    coder: &CoderId,
    coding: &Coding,
    import_id: Option<i64>,
) -> Result<bool, StoreError> {
    let content = coding_content(case_id, coder.as_str(), coding);
    let hash = sha(&content);
    let current: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, content_sha256 FROM codings WHERE case_id = ?1 AND coder = ?2 AND status = 'current'",
            params![case_id, coder.as_str()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((id, h)) = &current {
        if *h == hash {
            return Ok(false);
        }
        tx.execute(
            "UPDATE codings SET status = 'superseded' WHERE id = ?1",
            [id],
        )?;
        audit.append(aud, "supersede", "codings", &id.to_string(), Some(h), None)?;
    }
    tx.execute(
        "INSERT INTO codings (case_id, coder, coded_at, status, scheme_version, import_id, content_sha256)
         VALUES (?1, ?2, ?3, 'current', ?4, ?5, ?6)",
        params![case_id, coder.as_str(), audit.at(), SCHEME_VERSION, import_id, hash],
    )?;
    let id = tx.last_insert_rowid();
    let mut v = tx.prepare_cached(
        "INSERT INTO coding_values (coding_id, variable, value) VALUES (?1, ?2, ?3)",
    )?;
    for (var, val) in &coding.values {
        v.execute(params![id, var, val.to_json().to_string()])?;
    }
    let mut e = tx.prepare_cached(
        "INSERT INTO coding_evidence (coding_id, variable, value, start_char, end_char, quoted) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for x in &coding.evidence {
        e.execute(params![
            id,
            x.variable,
            x.value,
            x.start as i64,
            x.end as i64,
            x.text
        ])?;
    }
    audit.append(aud, "insert", "codings", &id.to_string(), None, Some(&hash))?;
    Ok(true)
}

impl CaseStore for SqliteStore {
    fn import_cases(&mut self, imp: &CaseImport<'_>) -> Result<CaseImportOutcome, StoreError> {
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO imports (kind, file, sha256, actor, at, instrument_version, rows_read, cells_inserted, cells_changed, cells_unchanged)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0, 0, 0)",
            params![imp.kind, imp.file, imp.sha256, imp.actor, crate::now(), format!("coding-scheme-{SCHEME_VERSION}"), imp.records_read as i64],
        )?;
        let import_id = tx.last_insert_rowid();
        let mut out = CaseImportOutcome::default();
        let mut audit = AuditWriter::start(&tx, imp.actor)?;
        {
            let mut aud = tx.prepare(AUDIT_INSERT)?;
            for b in imp.bundles {
                let c = &b.case;
                let content = case_content(c);
                let hash = sha(&content);
                let stored: Option<(String, i64)> = tx
                    .query_row(
                        "SELECT content_sha256, version FROM cases WHERE id = ?1",
                        [&c.id],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                let flags = serde_json::to_string(&c.flags).expect("strings serialise");
                let raw = Json::Object(c.raw.clone()).to_string();
                match stored {
                    Some((h, _)) if h == hash => out.cases_unchanged += 1,
                    Some((h, version)) => {
                        let old = query_cases(&tx, "WHERE id = ?1", &[&c.id])?;
                        let old = old
                            .first()
                            .ok_or_else(|| corrupt(format!("case {} vanished", c.id)))?;
                        tx.execute(
                            "INSERT INTO case_history (case_id, version, content, content_sha256, replaced_by_import) VALUES (?1, ?2, ?3, ?4, ?5)",
                            params![c.id, version, case_content(old), h, import_id],
                        )?;
                        tx.execute(
                            "UPDATE cases SET source = ?2, source_id = ?3, source_key = ?4, country = ?5, court = ?6, year = ?7,
                             judgment_date = ?8, name = ?9, link = ?10, summary = ?11, flags = ?12, raw = ?13, content_sha256 = ?14,
                             import_id = ?15, version = version + 1 WHERE id = ?1",
                            params![c.id, c.source, c.source_id, c.source_key, c.country, c.court, c.year, c.date, c.name, c.link,
                                    c.summary, flags, raw, hash, import_id],
                        )?;
                        audit.append(&mut aud, "update", "cases", &c.id, Some(&h), Some(&hash))?;
                        out.cases_changed += 1;
                    }
                    None => {
                        tx.execute(
                            &format!("INSERT INTO cases ({CASE_COLUMNS}, content_sha256, import_id, version)
                                      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 1)"),
                            params![c.id, c.source, c.source_id, c.source_key, c.country, c.court, c.year, c.date, c.name, c.link,
                                    c.summary, flags, raw, hash, import_id],
                        )?;
                        audit.append(&mut aud, "insert", "cases", &c.id, None, Some(&hash))?;
                        out.cases_inserted += 1;
                    }
                }
                for (coder, coding) in &b.codings {
                    if put_coding(
                        &tx,
                        &mut audit,
                        &mut aud,
                        &c.id,
                        coder,
                        coding,
                        Some(import_id),
                    )? {
                        out.codings_added += 1;
                    } else {
                        out.codings_unchanged += 1;
                    }
                }
            }
        }
        if out.cases_inserted + out.cases_changed + out.codings_added == 0 {
            tx.rollback()?;
            return Ok(out);
        }
        crate::sqlite::finish_import(
            &tx,
            import_id,
            imp.findings,
            [out.cases_inserted, out.cases_changed, out.cases_unchanged],
        )?;
        tx.commit()?;
        out.import_id = Some(import_id);
        Ok(out)
    }

    fn cases(&self) -> Result<Vec<CaseListItem>, StoreError> {
        let cases = query_cases(&self.conn, "", &[])?;
        let mut coders: HashMap<String, Vec<String>> = HashMap::new();
        let mut st = self.conn.prepare(
            "SELECT case_id, coder FROM codings WHERE status = 'current' ORDER BY coder",
        )?;
        for r in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))? {
            let (c, coder) = r?;
            coders.entry(c).or_default().push(coder);
        }
        let mut finals: HashMap<String, u64> = HashMap::new();
        let mut st = self
            .conn
            .prepare("SELECT case_id, COUNT(*) FROM final_values GROUP BY case_id")?;
        for r in st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))? {
            let (c, n) = r?;
            finals.insert(c, n as u64);
        }
        Ok(cases
            .into_iter()
            .map(|case| CaseListItem {
                coders: coders.remove(&case.id).unwrap_or_default(),
                final_variables: finals.get(&case.id).copied().unwrap_or(0),
                case,
            })
            .collect())
    }

    fn case(&self, id: &str) -> Result<Option<Case>, StoreError> {
        Ok(query_cases(&self.conn, "WHERE id = ?1", &[&id])?
            .into_iter()
            .next())
    }

    fn cases_with_source_id(&self, source_id: &str) -> Result<Vec<Case>, StoreError> {
        query_cases(&self.conn, "WHERE source_id = ?1", &[&source_id])
    }

    fn codings_of_case(&self, case_id: &str) -> Result<Vec<CodingRecord>, StoreError> {
        Ok(read_codings(&self.conn, "WHERE case_id = ?1", &[&case_id])?
            .into_iter()
            .map(|(_, c)| c)
            .collect())
    }

    fn add_codings(
        &mut self,
        actor: &str,
        codings: &[NewCoding],
    ) -> Result<AddCodingsOutcome, StoreError> {
        let tx = self.conn.transaction()?;
        let mut out = AddCodingsOutcome::default();
        let mut audit = AuditWriter::start(&tx, actor)?;
        {
            let mut aud = tx.prepare(AUDIT_INSERT)?;
            for n in codings {
                let exists: Option<i64> = tx
                    .query_row("SELECT 1 FROM cases WHERE id = ?1", [&n.case_id], |r| {
                        r.get(0)
                    })
                    .optional()?;
                if exists.is_none() {
                    return Err(StoreError::Invalid(format!(
                        "no case '{}' in the database",
                        n.case_id
                    )));
                }
                if put_coding(
                    &tx, &mut audit, &mut aud, &n.case_id, &n.coder, &n.coding, None,
                )? {
                    out.added += 1;
                } else {
                    out.unchanged += 1;
                }
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn current_codings(&self, coder: &CoderId) -> Result<BTreeMap<String, Coding>, StoreError> {
        let rows = read_codings(
            &self.conn,
            "WHERE coder = ?1 AND status = 'current'",
            &[&coder.as_str()],
        )?;
        Ok(rows
            .into_iter()
            .map(|(_, r)| (r.case_id, r.coding))
            .collect())
    }

    fn final_values(&self, case_id: Option<&str>) -> Result<Vec<FinalValue>, StoreError> {
        read_finals(&self.conn, case_id)
    }

    fn decide(&mut self, actor: &str, decisions: &[FinalValue]) -> Result<u64, StoreError> {
        let tx = self.conn.transaction()?;
        let mut changed = 0;
        let mut audit = AuditWriter::start(&tx, actor)?;
        {
            let mut aud = tx.prepare(AUDIT_INSERT)?;
            for d in decisions {
                let exists: Option<i64> = tx
                    .query_row("SELECT 1 FROM cases WHERE id = ?1", [&d.case_id], |r| {
                        r.get(0)
                    })
                    .optional()?;
                if exists.is_none() {
                    return Err(StoreError::Invalid(format!(
                        "no case '{}' in the database",
                        d.case_id
                    )));
                }
                let key = format!("{}/{}", d.case_id, d.variable);
                let new = final_content(d);
                let old: Option<String> = read_finals(&tx, Some(d.case_id.as_str()))?
                    .into_iter()
                    .find(|f| f.variable == d.variable)
                    .map(|f| final_content(&f));
                if old.as_deref() == Some(new.as_str()) {
                    continue;
                }
                let value = d.value.to_json().to_string();
                let evidence = serde_json::to_string(&d.evidence).expect("evidence serialises");
                tx.execute(
                    "INSERT INTO final_values (case_id, variable, value, evidence, method, basis, decided_by, decided_at, reason)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                     ON CONFLICT (case_id, variable) DO UPDATE SET value = excluded.value, evidence = excluded.evidence,
                     method = excluded.method, basis = excluded.basis, decided_by = excluded.decided_by,
                     decided_at = excluded.decided_at, reason = excluded.reason",
                    params![d.case_id, d.variable, value, evidence, d.method.as_str(), d.basis, d.decided_by, audit.at(), d.reason],
                )?;
                let old_value: Option<String> = old
                    .as_deref()
                    .and_then(|o| serde_json::from_str::<Json>(o).ok())
                    .map(|o| o["value"].to_string());
                tx.execute(
                    "INSERT INTO adjudications (case_id, variable, old_value, new_value, method, basis, decided_by, decided_at, reason)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![d.case_id, d.variable, old_value, value, d.method.as_str(), d.basis, d.decided_by, audit.at(), d.reason],
                )?;
                let (action, old_hash) = match &old {
                    Some(o) => ("update", Some(sha(o))),
                    None => ("insert", None),
                };
                audit.append(
                    &mut aud,
                    action,
                    "final_values",
                    &key,
                    old_hash.as_deref(),
                    Some(&sha(&new)),
                )?;
                changed += 1;
            }
        }
        tx.commit()?;
        Ok(changed)
    }
}

/// What `verify_audit` adds for cases: every stored case, current or superseded coding and
/// final value must hash to the last value the trail recorded for it, and the trail must
/// record nothing that is gone.
pub(crate) fn unaccounted(conn: &Connection) -> Result<Vec<String>, StoreError> {
    let mut last: HashMap<(String, String), String> = HashMap::new();
    let mut st = conn.prepare(
        "SELECT table_name, row_key, new_value FROM audit_log
         WHERE table_name IN ('cases', 'codings', 'final_values') AND action IN ('insert', 'update') ORDER BY seq",
    )?;
    for r in st.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Option<String>>(2)?,
        ))
    })? {
        let (t, k, v) = r?;
        if let Some(v) = v {
            last.insert((t, k), v);
        }
    }
    let mut out = Vec::new();
    let mut check = |table: &str, key: String, hash: String| match last
        .remove(&(table.to_string(), key.clone()))
    {
        Some(t) if t == hash => {}
        Some(_) => out.push(format!(
            "{table} {key}: stored content differs from what the trail last recorded"
        )),
        None => out.push(format!(
            "{table} {key}: stored, never recorded in the trail"
        )),
    };
    for c in query_cases(conn, "", &[])? {
        check("cases", c.id.clone(), sha(&case_content(&c)));
    }
    for (id, r) in read_codings(conn, "", &[])? {
        check(
            "codings",
            id.to_string(),
            sha(&coding_content(&r.case_id, r.coder.as_str(), &r.coding)),
        );
    }
    for f in read_finals(conn, None)? {
        check(
            "final_values",
            format!("{}/{}", f.case_id, f.variable),
            sha(&final_content(&f)),
        );
    }
    for ((t, k), _) in last {
        out.push(format!("{t} {k}: the trail records it but it is gone"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;
    use tipdata_model::coding::CodedValue;

    fn bundle(id: &str, summary: &str) -> CaseBundle {
        let mut coding = Coding::default();
        coding
            .values
            .insert("border".into(), CodedValue::Label("domestic".into()));
        CaseBundle {
            case: Case {
                id: id.into(),
                source: "jsonl".into(),
                summary: summary.into(),
                ..Case::default()
            },
            codings: vec![(CoderId::parse("unodc-cldb").unwrap(), coding)],
        }
    }

    fn store_with(bundles: &[CaseBundle]) -> (tempfile::TempDir, SqliteStore) {
        let dir = tempfile::tempdir().unwrap();
        let mut s = SqliteStore::open(dir.path().join("t.db").to_str().unwrap()).unwrap();
        let o = s
            .import_cases(&CaseImport {
                kind: "cases-jsonl",
                file: "f",
                sha256: "x".into(),
                actor: "t",
                records_read: 1,
                bundles,
                findings: &[],
            })
            .unwrap();
        assert_eq!(o.cases_inserted, bundles.len() as u64);
        (dir, s)
    }

    fn coding(border: &str) -> Coding {
        let mut c = Coding::default();
        c.values
            .insert("border".into(), CodedValue::Label(border.into()));
        c
    }

    #[test]
    fn a_coding_of_an_unknown_case_rolls_back_the_whole_batch() {
        let (_d, mut s) = store_with(&[bundle("c1", "text")]);
        let ann = CoderId::parse("ann").unwrap();
        let batch = [
            NewCoding {
                case_id: "c1".into(),
                coder: ann.clone(),
                coding: coding("domestic"),
            },
            NewCoding {
                case_id: "nope".into(),
                coder: ann.clone(),
                coding: coding("domestic"),
            },
        ];
        let audit_before = s.counts().unwrap().audit;
        assert!(matches!(
            s.add_codings("t", &batch),
            Err(StoreError::Invalid(_))
        ));
        assert!(s.current_codings(&ann).unwrap().is_empty());
        assert_eq!(s.counts().unwrap().audit, audit_before);
        assert!(s.verify_audit().unwrap().ok());
    }

    #[test]
    fn a_new_coding_supersedes_the_coders_earlier_one_and_keeps_it() {
        let (_d, mut s) = store_with(&[bundle("c1", "text")]);
        let ann = CoderId::parse("ann").unwrap();
        s.add_codings(
            "t",
            &[NewCoding {
                case_id: "c1".into(),
                coder: ann.clone(),
                coding: coding("domestic"),
            }],
        )
        .unwrap();
        let o = s
            .add_codings(
                "t",
                &[NewCoding {
                    case_id: "c1".into(),
                    coder: ann.clone(),
                    coding: coding("cross_border"),
                }],
            )
            .unwrap();
        assert_eq!(o.added, 1);
        let all = s.codings_of_case("c1").unwrap();
        let ann_codings: Vec<_> = all
            .iter()
            .filter(|r| r.coder == ann)
            .map(|r| (r.status, value_of(&r.coding)))
            .collect();
        assert_eq!(
            ann_codings,
            [
                (CodingStatus::Superseded, "domestic".to_string()),
                (CodingStatus::Current, "cross_border".to_string())
            ]
        );
        assert!(s.verify_audit().unwrap().ok());
    }

    fn value_of(c: &Coding) -> String {
        c.get("border")
            .map(tipdata_model::case::value_key)
            .unwrap_or_default()
    }

    #[test]
    fn a_case_edited_behind_the_stores_back_fails_audit_verification() {
        let (_d, s) = store_with(&[bundle("c1", "text")]);
        assert!(s.verify_audit().unwrap().ok());
        s.conn
            .execute(
                "UPDATE cases SET summary = 'other text' WHERE id = 'c1'",
                [],
            )
            .unwrap();
        s.conn
            .execute("UPDATE coding_values SET value = '\"cross_border\"'", [])
            .unwrap();
        let r = s.verify_audit().unwrap();
        assert_eq!(
            r.unaccounted,
            [
                "cases c1: stored content differs from what the trail last recorded",
                "codings 1: stored content differs from what the trail last recorded",
            ]
        );
    }

    #[test]
    fn a_changed_case_keeps_its_old_content_in_history() {
        let (_d, mut s) = store_with(&[bundle("c1", "text")]);
        let o = s
            .import_cases(&CaseImport {
                kind: "cases-jsonl",
                file: "g",
                sha256: "y".into(),
                actor: "t",
                records_read: 1,
                bundles: &[bundle("c1", "corrected text")],
                findings: &[],
            })
            .unwrap();
        assert_eq!(
            (o.cases_changed, o.codings_added, o.codings_unchanged),
            (1, 0, 1)
        );
        let old: String = s
            .conn
            .query_row(
                "SELECT content FROM case_history WHERE case_id = 'c1'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert!(old.contains("\"summary\":\"text\""), "{old}");
        assert_eq!(s.case("c1").unwrap().unwrap().summary, "corrected text");
        assert!(s.verify_audit().unwrap().ok());
    }
}
