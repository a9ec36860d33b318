//! Court cases in the store: the [`CaseStore`] interface and its SQL implementation.
//! Cases, codings and final values change only through these methods, each one transaction,
//! each change appended to the audit trail (the trail records content hashes, and
//! `verify_audit` recomputes them from the stored rows).

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Map, Value as Json};
use sha2::{Digest, Sha256};
use tipdata_model::case::{Case, CaseBundle, CoderId, CodingRecord, CodingStatus, FinalMethod, FinalValue};
use tipdata_model::coding::{Coding, Evidence, SCHEME_VERSION};

use crate::db::{Db, Row, Value};
use crate::sql::AuditWriter;
use crate::{SqlStore, StoreError};

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
    fn add_codings(&mut self, actor: &str, codings: &[NewCoding]) -> Result<AddCodingsOutcome, StoreError>;
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
    tipdata_model::Instrument::v1().entity(code).is_some_and(|e| e.kind == tipdata_model::EntityKind::Country)
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

const CASE_COLUMNS: &str =
    "id, source, source_id, source_key, country, court, year, judgment_date, name, link, summary, flags, raw";

fn read_case(r: &Row) -> Result<Case, StoreError> {
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
    c.flags = serde_json::from_str(&flags).map_err(|e| corrupt(format!("case {}: flags: {e}", c.id)))?;
    c.raw = serde_json::from_str(&raw).map_err(|e| corrupt(format!("case {}: raw: {e}", c.id)))?;
    Ok(c)
}

fn query_cases(db: &Db, where_: &str, p: &[Value]) -> Result<Vec<Case>, StoreError> {
    db.query(&format!("SELECT {CASE_COLUMNS} FROM cases {where_} ORDER BY id"), p)?.iter().map(read_case).collect()
}

/// Reads codings (id, case, coder, at, status) and rebuilds their values and evidence.
fn read_codings(db: &Db, where_: &str, p: &[Value]) -> Result<Vec<(i64, CodingRecord)>, StoreError> {
    let heads = db.query(&format!("SELECT id, case_id, coder, coded_at, status FROM codings {where_} ORDER BY id"), p)?;
    let mut out = Vec::new();
    for h in heads {
        let (id, case_id, coder, at, status): (i64, String, String, String, String) =
            (h.get(0)?, h.get(1)?, h.get(2)?, h.get(3)?, h.get(4)?);
        let mut obj = Map::new();
        for r in db.query("SELECT variable, value FROM coding_values WHERE coding_id = ?1", p![id])? {
            let (var, v): (String, String) = (r.get(0)?, r.get(1)?);
            obj.insert(var, serde_json::from_str(&v).map_err(|e| corrupt(format!("coding {id}: {e}")))?);
        }
        let evidence: Vec<Evidence> = db
            .query(
                "SELECT variable, value, start_char, end_char, quoted FROM coding_evidence WHERE coding_id = ?1 ORDER BY id",
                p![id],
            )?
            .iter()
            .map(|r| {
                Ok(Evidence {
                    variable: r.get(0)?,
                    value: r.get(1)?,
                    start: r.get::<u64>(2)? as usize,
                    end: r.get::<u64>(3)? as usize,
                    text: r.get(4)?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        obj.insert("evidence".into(), serde_json::to_value(&evidence).expect("evidence serialises"));
        let coding = Coding::from_json(&obj, &[], &is_country).map_err(|e| corrupt(format!("coding {id}: {e}")))?;
        out.push((
            id,
            CodingRecord {
                case_id,
                coder: CoderId::parse(&coder).map_err(|e| corrupt(format!("coding {id}: {e}")))?,
                at,
                coding,
                status: CodingStatus::parse(&status).ok_or_else(|| corrupt(format!("coding {id}: status '{status}'")))?,
            },
        ));
    }
    Ok(out)
}

fn read_finals(db: &Db, case_id: Option<&str>) -> Result<Vec<FinalValue>, StoreError> {
    let rows = db.query(
        "SELECT case_id, variable, value, evidence, method, basis, decided_by, reason FROM final_values
         WHERE (CAST(?1 AS TEXT) IS NULL OR case_id = ?1) ORDER BY case_id",
        p![case_id],
    )?;
    let mut out = Vec::new();
    for r in rows {
        let (case_id, variable, value, evidence, method): (String, String, String, String, String) =
            (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?);
        let var = tipdata_model::coding::variable(&variable).ok_or_else(|| corrupt(format!("final value of '{variable}'")))?;
        let v: Json = serde_json::from_str(&value).map_err(|e| corrupt(format!("final value: {e}")))?;
        out.push(FinalValue {
            value: tipdata_model::coding::check_value(var, &v, &is_country).map_err(corrupt)?,
            evidence: serde_json::from_str(&evidence).map_err(|e| corrupt(format!("final evidence: {e}")))?,
            method: FinalMethod::parse(&method).ok_or_else(|| corrupt(format!("final method '{method}'")))?,
            case_id,
            variable,
            basis: r.get(5)?,
            decided_by: r.get(6)?,
            reason: r.get(7)?,
        });
    }
    let order = |v: &str| tipdata_model::coding::SCHEME.iter().position(|s| s.name == v).unwrap_or(usize::MAX);
    out.sort_by(|a, b| a.case_id.cmp(&b.case_id).then(order(&a.variable).cmp(&order(&b.variable))));
    Ok(out)
}

/// Adds one coding unless it equals the coder's current coding of the case; supersedes that
/// coding otherwise. Returns whether it added.
fn put_coding(
    tx: &Db,
    audit: &mut AuditWriter,
    case_id: &str,
    coder: &CoderId,
    coding: &Coding,
    import_id: Option<i64>,
) -> Result<bool, StoreError> {
    let content = coding_content(case_id, coder.as_str(), coding);
    let hash = sha(&content);
    let current = tx.query_opt(
        "SELECT id, content_sha256 FROM codings WHERE case_id = ?1 AND coder = ?2 AND status = 'current'",
        p![case_id, coder.as_str()],
    )?;
    if let Some(r) = current {
        let (id, h): (i64, String) = (r.get(0)?, r.get(1)?);
        if h == hash {
            return Ok(false);
        }
        tx.execute("UPDATE codings SET status = 'superseded' WHERE id = ?1", p![id])?;
        audit.append(tx, "supersede", "codings", &id.to_string(), Some(&h), None)?;
    }
    let id = tx.insert(
        "INSERT INTO codings (case_id, coder, coded_at, status, scheme_version, import_id, content_sha256)
         VALUES (?1, ?2, ?3, 'current', ?4, ?5, ?6) RETURNING id",
        p![case_id, coder.as_str(), audit.at(), SCHEME_VERSION, import_id, hash],
    )?;
    for (var, val) in &coding.values {
        tx.execute(
            "INSERT INTO coding_values (coding_id, variable, value) VALUES (?1, ?2, ?3)",
            p![id, var, val.to_json().to_string()],
        )?;
    }
    for x in &coding.evidence {
        tx.execute(
            "INSERT INTO coding_evidence (coding_id, variable, value, start_char, end_char, quoted) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            p![id, x.variable, x.value, x.start, x.end, x.text],
        )?;
    }
    audit.append(tx, "insert", "codings", &id.to_string(), None, Some(&hash))?;
    Ok(true)
}

fn case_exists(tx: &Db, id: &str) -> Result<(), StoreError> {
    match tx.query_opt("SELECT 1 FROM cases WHERE id = ?1", p![id])? {
        Some(_) => Ok(()),
        None => Err(StoreError::Invalid(format!("no case '{id}' in the database"))),
    }
}

impl CaseStore for SqlStore {
    fn import_cases(&mut self, imp: &CaseImport<'_>) -> Result<CaseImportOutcome, StoreError> {
        let tx = self.db.write()?;
        let scheme = format!("coding-scheme-{SCHEME_VERSION}");
        let import_id = crate::sql::start_import(&tx, [imp.kind, imp.file, &imp.sha256, imp.actor, &scheme], imp.records_read)?;
        let mut out = CaseImportOutcome::default();
        let mut audit = AuditWriter::start(&tx, imp.actor)?;
        for b in imp.bundles {
            let c = &b.case;
            let content = case_content(c);
            let hash = sha(&content);
            let stored = tx.query_opt("SELECT content_sha256, version FROM cases WHERE id = ?1", p![c.id])?;
            let stored: Option<(String, i64)> = stored.map(|r| Ok::<_, StoreError>((r.get(0)?, r.get(1)?))).transpose()?;
            let flags = serde_json::to_string(&c.flags).expect("strings serialise");
            let raw = Json::Object(c.raw.clone()).to_string();
            match stored {
                Some((h, _)) if h == hash => out.cases_unchanged += 1,
                Some((h, version)) => {
                    let old = query_cases(&tx, "WHERE id = ?1", p![c.id])?;
                    let old = old.first().ok_or_else(|| corrupt(format!("case {} vanished", c.id)))?;
                    tx.execute(
                        "INSERT INTO case_history (case_id, version, content, content_sha256, replaced_by_import) VALUES (?1, ?2, ?3, ?4, ?5)",
                        p![c.id, version, case_content(old), h, import_id],
                    )?;
                    tx.execute(
                        "UPDATE cases SET source = ?2, source_id = ?3, source_key = ?4, country = ?5, court = ?6, year = ?7,
                         judgment_date = ?8, name = ?9, link = ?10, summary = ?11, flags = ?12, raw = ?13, content_sha256 = ?14,
                         import_id = ?15, version = version + 1 WHERE id = ?1",
                        p![
                            c.id,
                            c.source,
                            c.source_id,
                            c.source_key,
                            c.country,
                            c.court,
                            c.year,
                            c.date,
                            c.name,
                            c.link,
                            c.summary,
                            flags,
                            raw,
                            hash,
                            import_id
                        ],
                    )?;
                    audit.append(&tx, "update", "cases", &c.id, Some(&h), Some(&hash))?;
                    out.cases_changed += 1;
                }
                None => {
                    tx.execute(
                        &format!(
                            "INSERT INTO cases ({CASE_COLUMNS}, content_sha256, import_id, version)
                                  VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 1)"
                        ),
                        p![
                            c.id,
                            c.source,
                            c.source_id,
                            c.source_key,
                            c.country,
                            c.court,
                            c.year,
                            c.date,
                            c.name,
                            c.link,
                            c.summary,
                            flags,
                            raw,
                            hash,
                            import_id
                        ],
                    )?;
                    audit.append(&tx, "insert", "cases", &c.id, None, Some(&hash))?;
                    out.cases_inserted += 1;
                }
            }
            for (coder, coding) in &b.codings {
                if put_coding(&tx, &mut audit, &c.id, coder, coding, Some(import_id))? {
                    out.codings_added += 1;
                } else {
                    out.codings_unchanged += 1;
                }
            }
        }
        if out.cases_inserted + out.cases_changed + out.codings_added == 0 {
            tx.rollback()?;
            return Ok(out);
        }
        crate::sql::finish_import(&tx, import_id, imp.findings, [out.cases_inserted, out.cases_changed, out.cases_unchanged])?;
        tx.commit()?;
        out.import_id = Some(import_id);
        Ok(out)
    }

    fn cases(&self) -> Result<Vec<CaseListItem>, StoreError> {
        let tx = self.db.read()?;
        let cases = query_cases(&tx, "", p![])?;
        let mut coders: HashMap<String, Vec<String>> = HashMap::new();
        for r in tx.query("SELECT case_id, coder FROM codings WHERE status = 'current' ORDER BY coder", p![])? {
            coders.entry(r.get(0)?).or_default().push(r.get(1)?);
        }
        let mut finals: HashMap<String, u64> = HashMap::new();
        for r in tx.query("SELECT case_id, COUNT(*) FROM final_values GROUP BY case_id", p![])? {
            finals.insert(r.get(0)?, r.get(1)?);
        }
        tx.commit()?;
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
        Ok(query_cases(&self.db, "WHERE id = ?1", p![id])?.into_iter().next())
    }

    fn cases_with_source_id(&self, source_id: &str) -> Result<Vec<Case>, StoreError> {
        query_cases(&self.db, "WHERE source_id = ?1", p![source_id])
    }

    fn codings_of_case(&self, case_id: &str) -> Result<Vec<CodingRecord>, StoreError> {
        Ok(read_codings(&self.db, "WHERE case_id = ?1", p![case_id])?.into_iter().map(|(_, c)| c).collect())
    }

    fn add_codings(&mut self, actor: &str, codings: &[NewCoding]) -> Result<AddCodingsOutcome, StoreError> {
        let tx = self.db.write()?;
        let mut out = AddCodingsOutcome::default();
        let mut audit = AuditWriter::start(&tx, actor)?;
        for n in codings {
            case_exists(&tx, &n.case_id)?;
            if put_coding(&tx, &mut audit, &n.case_id, &n.coder, &n.coding, None)? {
                out.added += 1;
            } else {
                out.unchanged += 1;
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn current_codings(&self, coder: &CoderId) -> Result<BTreeMap<String, Coding>, StoreError> {
        let rows = read_codings(&self.db, "WHERE coder = ?1 AND status = 'current'", p![coder.as_str()])?;
        Ok(rows.into_iter().map(|(_, r)| (r.case_id, r.coding)).collect())
    }

    fn final_values(&self, case_id: Option<&str>) -> Result<Vec<FinalValue>, StoreError> {
        read_finals(&self.db, case_id)
    }

    fn decide(&mut self, actor: &str, decisions: &[FinalValue]) -> Result<u64, StoreError> {
        let tx = self.db.write()?;
        let mut changed = 0;
        let mut audit = AuditWriter::start(&tx, actor)?;
        for d in decisions {
            case_exists(&tx, &d.case_id)?;
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
                p![d.case_id, d.variable, value, evidence, d.method.as_str(), d.basis, d.decided_by, audit.at(), d.reason],
            )?;
            let old_value: Option<String> =
                old.as_deref().and_then(|o| serde_json::from_str::<Json>(o).ok()).map(|o| o["value"].to_string());
            tx.execute(
                "INSERT INTO adjudications (case_id, variable, old_value, new_value, method, basis, decided_by, decided_at, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                p![d.case_id, d.variable, old_value, value, d.method.as_str(), d.basis, d.decided_by, audit.at(), d.reason],
            )?;
            let (action, old_hash) = match &old {
                Some(o) => ("update", Some(sha(o))),
                None => ("insert", None),
            };
            audit.append(&tx, action, "final_values", &key, old_hash.as_deref(), Some(&sha(&new)))?;
            changed += 1;
        }
        tx.commit()?;
        Ok(changed)
    }
}

/// What `verify_audit` adds for cases: every stored case, current or superseded coding and
/// final value must hash to the last value the trail recorded for it, and the trail must
/// record nothing that is gone.
pub(crate) fn unaccounted(db: &Db) -> Result<Vec<String>, StoreError> {
    let mut last: HashMap<(String, String), String> = HashMap::new();
    for r in db.query(
        "SELECT table_name, row_key, new_value FROM audit_log
         WHERE table_name IN ('cases', 'codings', 'final_values') AND action IN ('insert', 'update') ORDER BY seq",
        p![],
    )? {
        let (t, k, v): (String, String, Option<String>) = (r.get(0)?, r.get(1)?, r.get(2)?);
        if let Some(v) = v {
            last.insert((t, k), v);
        }
    }
    let mut out = Vec::new();
    let mut check = |table: &str, key: String, hash: String| match last.remove(&(table.to_string(), key.clone())) {
        Some(t) if t == hash => {}
        Some(_) => out.push(format!("{table} {key}: stored content differs from what the trail last recorded")),
        None => out.push(format!("{table} {key}: stored, never recorded in the trail")),
    };
    for c in query_cases(db, "", p![])? {
        check("cases", c.id.clone(), sha(&case_content(&c)));
    }
    for (id, r) in read_codings(db, "", p![])? {
        check("codings", id.to_string(), sha(&coding_content(&r.case_id, r.coder.as_str(), &r.coding)));
    }
    for f in read_finals(db, None)? {
        check("final_values", format!("{}/{}", f.case_id, f.variable), sha(&final_content(&f)));
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
        coding.values.insert("border".into(), CodedValue::Label("domestic".into()));
        CaseBundle {
            case: Case { id: id.into(), source: "jsonl".into(), summary: summary.into(), ..Case::default() },
            codings: vec![(CoderId::parse("unodc-cldb").unwrap(), coding)],
        }
    }

    fn store_with(bundles: &[CaseBundle]) -> (crate::testing::TestDb, SqlStore) {
        let dir = crate::testing::TestDb::new();
        let mut s = dir.open();
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
        c.values.insert("border".into(), CodedValue::Label(border.into()));
        c
    }

    #[test]
    fn a_coding_of_an_unknown_case_rolls_back_the_whole_batch() {
        let (_d, mut s) = store_with(&[bundle("c1", "text")]);
        let ann = CoderId::parse("ann").unwrap();
        let batch = [
            NewCoding { case_id: "c1".into(), coder: ann.clone(), coding: coding("domestic") },
            NewCoding { case_id: "nope".into(), coder: ann.clone(), coding: coding("domestic") },
        ];
        let audit_before = s.counts().unwrap().audit;
        assert!(matches!(s.add_codings("t", &batch), Err(StoreError::Invalid(_))));
        assert!(s.current_codings(&ann).unwrap().is_empty());
        assert_eq!(s.counts().unwrap().audit, audit_before);
        assert!(s.verify_audit().unwrap().ok());
    }

    #[test]
    fn a_new_coding_supersedes_the_coders_earlier_one_and_keeps_it() {
        let (_d, mut s) = store_with(&[bundle("c1", "text")]);
        let ann = CoderId::parse("ann").unwrap();
        s.add_codings("t", &[NewCoding { case_id: "c1".into(), coder: ann.clone(), coding: coding("domestic") }]).unwrap();
        let o = s
            .add_codings("t", &[NewCoding { case_id: "c1".into(), coder: ann.clone(), coding: coding("cross_border") }])
            .unwrap();
        assert_eq!(o.added, 1);
        let all = s.codings_of_case("c1").unwrap();
        let ann_codings: Vec<_> = all.iter().filter(|r| r.coder == ann).map(|r| (r.status, value_of(&r.coding))).collect();
        assert_eq!(
            ann_codings,
            [(CodingStatus::Superseded, "domestic".to_string()), (CodingStatus::Current, "cross_border".to_string())]
        );
        assert!(s.verify_audit().unwrap().ok());
    }

    fn value_of(c: &Coding) -> String {
        c.get("border").map(tipdata_model::case::value_key).unwrap_or_default()
    }

    #[test]
    fn a_case_edited_behind_the_stores_back_fails_audit_verification() {
        let (_d, s) = store_with(&[bundle("c1", "text")]);
        assert!(s.verify_audit().unwrap().ok());
        s.db.execute("UPDATE cases SET summary = 'other text' WHERE id = 'c1'", p![]).unwrap();
        s.db.execute("UPDATE coding_values SET value = '\"cross_border\"'", p![]).unwrap();
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
        assert_eq!((o.cases_changed, o.codings_added, o.codings_unchanged), (1, 0, 1));
        let old: String = s.db.query_one("SELECT content FROM case_history WHERE case_id = 'c1'", p![]).unwrap().get(0).unwrap();
        assert!(old.contains("\"summary\":\"text\""), "{old}");
        assert_eq!(s.case("c1").unwrap().unwrap().summary, "corrected text");
        assert!(s.verify_audit().unwrap().ok());
    }
}
