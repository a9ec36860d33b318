//! Victim-level datasets and their privacy budget ([`VictimStore`]). A dataset (`ctdc`) is a
//! set of [`VictimRecord`]s; each import that changes it adds a new version (records are never
//! updated or deleted). Differentially private releases of a dataset spend its budget: the
//! ledger is append-only, every spend and budget change is an audit entry, and a spend that
//! would exceed the total is refused inside the same transaction that would record it.

use sha2::{Digest, Sha256};
use tipdata_model::{Instrument, VictimRecord};

use crate::db::Db;
use crate::sql::{start_import, AuditWriter};
use crate::{SqlStore, StoreError};

/// Victim records to store as the new version of a dataset, all or nothing.
pub struct VictimImport<'a> {
    /// The dataset's name (`ctdc`); also the kind of the import row.
    pub dataset: &'a str,
    pub file: &'a str,
    pub sha256: String,
    pub actor: &'a str,
    /// Data rows read (the records, in file order, with their 1-based file rows).
    pub records: &'a [(u64, VictimRecord)],
}

/// What a victim import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VictimImportOutcome {
    /// `None` when the records equal the dataset's current version: nothing was recorded.
    pub import_id: Option<i64>,
    pub records: u64,
    /// Records of the version this import replaced, if there was one.
    pub previous: Option<u64>,
    pub content_hash: String,
}

/// A dataset's current version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VictimDataset {
    pub name: String,
    pub import_id: i64,
    pub file: String,
    pub imported_at: String,
    pub records: u64,
    pub content_hash: String,
}

/// A dataset's privacy budget and what has been spent of it.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacyBudget {
    pub dataset: String,
    pub total: f64,
    pub spends: Vec<PrivacySpend>,
}

impl PrivacyBudget {
    pub fn spent(&self) -> f64 {
        self.spends.iter().map(|s| s.epsilon).sum()
    }

    pub fn remaining(&self) -> f64 {
        (self.total - self.spent()).max(0.0)
    }
}

/// One differentially private release of a dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct PrivacySpend {
    pub id: i64,
    pub epsilon: f64,
    pub at: String,
    pub actor: String,
    /// What was released (the command and its parameters).
    pub purpose: String,
}

/// A differentially private answer as released: kept so that the same question on the same
/// dataset version is answered again without spending (post-processing of a released answer).
#[derive(Debug, Clone, PartialEq)]
pub struct DpAnswer {
    pub id: i64,
    pub dataset: String,
    /// The dataset version (its import) the answer is about.
    pub import_id: i64,
    /// The question in canonical text (columns, their public categories, epsilon).
    pub query: String,
    pub epsilon: f64,
    /// The ledger entry that paid for it.
    pub spend_id: i64,
    /// The answer as the caller serialised it (the noisy counts).
    pub answer: String,
    /// SHA-256 (hex) of `answer`.
    pub answer_hash: String,
    pub at: String,
    pub actor: String,
}

/// An answer to release: paid for and kept in one transaction.
pub struct NewDpAnswer<'a> {
    pub dataset: &'a str,
    pub import_id: i64,
    pub query: &'a str,
    pub epsilon: f64,
    pub answer: &'a str,
    pub actor: &'a str,
    /// The ledger's purpose text.
    pub purpose: &'a str,
}

/// Spends are compared with this slack so that ten spends of 0.1 fit a budget of 1.0.
const EPSILON_SLACK: f64 = 1e-9;

/// Victim-level datasets and the privacy-budget ledger. Each method is one transaction.
pub trait VictimStore {
    /// Stores the records as the dataset's new version; an import equal to the current version
    /// (the same records, in any order) changes nothing and is not recorded.
    fn import_victims(&mut self, import: &VictimImport<'_>) -> Result<VictimImportOutcome, StoreError>;
    fn victim_dataset(&self, name: &str) -> Result<Option<VictimDataset>, StoreError>;
    /// The records of the dataset's current version, in file order.
    fn victim_records(&self, name: &str) -> Result<Vec<VictimRecord>, StoreError>;
    /// Sets the total epsilon the dataset's releases may spend together. Fails below what is
    /// already spent.
    fn set_privacy_budget(&mut self, dataset: &str, total: f64, actor: &str) -> Result<PrivacyBudget, StoreError>;
    fn privacy_budget(&self, dataset: &str) -> Result<Option<PrivacyBudget>, StoreError>;
    /// Records a spend of `epsilon`; refuses ([`StoreError::BudgetExceeded`]) when the spends
    /// would exceed the total, and fails when the dataset has no budget.
    fn spend_privacy_budget(
        &mut self,
        dataset: &str,
        epsilon: f64,
        actor: &str,
        purpose: &str,
    ) -> Result<PrivacyBudget, StoreError>;
    /// The latest answer released for `query` at `epsilon` on version `import_id` of the dataset.
    fn dp_answer(&self, dataset: &str, import_id: i64, query: &str, epsilon: f64) -> Result<Option<DpAnswer>, StoreError>;
    /// Spends the answer's epsilon (refused as [`VictimStore::spend_privacy_budget`] refuses)
    /// and keeps the answer, in one transaction, both audited. Fails when `import_id` is no
    /// longer the dataset's current version.
    fn release_dp_answer(&mut self, new: &NewDpAnswer<'_>) -> Result<(PrivacyBudget, DpAnswer), StoreError>;
}

/// SHA-256 (hex) over records as a multiset: each record's values (CTDC column order, text as
/// [`VictimRecord::values`], length-prefixed) in sorted record order.
pub fn records_hash<'a>(records: impl IntoIterator<Item = &'a VictimRecord>) -> String {
    let mut sorted: Vec<&VictimRecord> = records.into_iter().collect();
    sorted.sort();
    let mut h = Sha256::new();
    for r in sorted {
        for v in r.values() {
            h.update((v.len() as u64).to_le_bytes());
            h.update(v.as_bytes());
        }
    }
    crate::audit::hex(&h.finalize())
}

fn audit_value(hash: &str, records: u64) -> String {
    format!("sha256:{hash} records:{records}")
}

fn check_epsilon(what: &str, e: f64) -> Result<(), StoreError> {
    if e.is_finite() && e >= 0.0 {
        Ok(())
    } else {
        Err(StoreError::Invalid(format!("{what} must be a finite number >= 0, not {e}")))
    }
}

fn flag(b: Option<bool>) -> Option<i64> {
    b.map(i64::from)
}

fn read_flag(n: Option<i64>) -> Result<Option<bool>, StoreError> {
    match n {
        None => Ok(None),
        Some(0) => Ok(Some(false)),
        Some(1) => Ok(Some(true)),
        Some(x) => Err(StoreError::Corrupt(format!("victim record flag {x} is neither 0 nor 1"))),
    }
}

fn dataset(db: &Db, name: &str) -> Result<Option<VictimDataset>, StoreError> {
    db.query_opt(
        "SELECT d.name, d.import_id, i.file, i.at, d.records, d.content_hash FROM victim_datasets d
         JOIN imports i ON i.id = d.import_id WHERE d.name = ?1",
        p![name],
    )?
    .map(|r| {
        Ok(VictimDataset {
            name: r.get(0)?,
            import_id: r.get(1)?,
            file: r.get(2)?,
            imported_at: r.get(3)?,
            records: r.get(4)?,
            content_hash: r.get(5)?,
        })
    })
    .transpose()
}

fn records_of(db: &Db, import_id: i64) -> Result<Vec<VictimRecord>, StoreError> {
    db.query(
        "SELECT year_of_registration, gender, age_broad, citizenship, is_forced_labour, is_sexual_exploit, country_of_exploitation
         FROM victim_records WHERE import_id = ?1 ORDER BY source_row, id",
        p![import_id],
    )?
    .iter()
    .map(|r| {
        Ok(VictimRecord {
            year_of_registration: r.get(0)?,
            gender: r.get(1)?,
            age_broad: r.get(2)?,
            citizenship: r.get(3)?,
            is_forced_labour: read_flag(r.get(4)?)?,
            is_sexual_exploit: read_flag(r.get(5)?)?,
            country_of_exploitation: r.get(6)?,
        })
    })
    .collect()
}

fn budget(db: &Db, name: &str) -> Result<Option<PrivacyBudget>, StoreError> {
    let Some(total) = db.query_opt("SELECT total_epsilon FROM privacy_budgets WHERE dataset = ?1", p![name])? else {
        return Ok(None);
    };
    let total: f64 = total.get(0)?;
    let spends = db
        .query("SELECT id, epsilon, at, actor, purpose FROM privacy_spends WHERE dataset = ?1 ORDER BY id", p![name])?
        .iter()
        .map(|r| Ok(PrivacySpend { id: r.get(0)?, epsilon: r.get(1)?, at: r.get(2)?, actor: r.get(3)?, purpose: r.get(4)? }))
        .collect::<Result<_, StoreError>>()?;
    Ok(Some(PrivacyBudget { dataset: name.to_string(), total, spends }))
}

/// A number as the trail records it (shortest text that reads back as the same f64).
fn num(x: f64) -> String {
    format!("{x}")
}

impl VictimStore for SqlStore {
    fn import_victims(&mut self, imp: &VictimImport<'_>) -> Result<VictimImportOutcome, StoreError> {
        if imp.records.is_empty() {
            return Err(StoreError::Invalid(format!("{}: no records to import", imp.file)));
        }
        let hash = records_hash(imp.records.iter().map(|(_, r)| r));
        let n = imp.records.len() as u64;
        let tx = self.db.write()?;
        let current = dataset(&tx, imp.dataset)?;
        if current.as_ref().is_some_and(|c| c.content_hash == hash) {
            return Ok(VictimImportOutcome {
                import_id: None,
                records: n,
                previous: current.map(|c| c.records),
                content_hash: hash,
            });
        }
        let import_id = start_import(&tx, [imp.dataset, imp.file, &imp.sha256, imp.actor, &Instrument::v1().version], n)?;
        tx.execute("UPDATE imports SET cells_inserted = ?2 WHERE id = ?1", p![import_id, n])?;
        for (row, r) in imp.records {
            tx.execute(
                "INSERT INTO victim_records (import_id, source_row, year_of_registration, gender, age_broad, citizenship,
                 is_forced_labour, is_sexual_exploit, country_of_exploitation) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                p![
                    import_id,
                    row,
                    r.year_of_registration,
                    r.gender,
                    r.age_broad,
                    r.citizenship,
                    flag(r.is_forced_labour),
                    flag(r.is_sexual_exploit),
                    r.country_of_exploitation
                ],
            )?;
        }
        tx.execute(
            "INSERT INTO victim_datasets (name, import_id, records, content_hash) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (name) DO UPDATE SET import_id = excluded.import_id, records = excluded.records,
             content_hash = excluded.content_hash",
            p![imp.dataset, import_id, n, hash],
        )?;
        let mut audit = AuditWriter::start(&tx, imp.actor)?;
        let old = current.as_ref().map(|c| audit_value(&c.content_hash, c.records));
        let action = if current.is_some() { "update" } else { "insert" };
        audit.append(&tx, action, "victim_datasets", imp.dataset, old.as_deref(), Some(&audit_value(&hash, n)))?;
        tx.commit()?;
        Ok(VictimImportOutcome {
            import_id: Some(import_id),
            records: n,
            previous: current.map(|c| c.records),
            content_hash: hash,
        })
    }

    fn victim_dataset(&self, name: &str) -> Result<Option<VictimDataset>, StoreError> {
        dataset(&self.db, name)
    }

    fn victim_records(&self, name: &str) -> Result<Vec<VictimRecord>, StoreError> {
        let d = dataset(&self.db, name)?.ok_or_else(|| {
            StoreError::Invalid(format!("no dataset '{name}' is stored (import one, e.g. tipdata import ctdc FILE)"))
        })?;
        records_of(&self.db, d.import_id)
    }

    fn set_privacy_budget(&mut self, name: &str, total: f64, actor: &str) -> Result<PrivacyBudget, StoreError> {
        check_epsilon("the total budget", total)?;
        let tx = self.db.write()?;
        let before = budget(&tx, name)?;
        if let Some(b) = &before {
            if total + EPSILON_SLACK < b.spent() {
                return Err(StoreError::Invalid(format!(
                    "dataset '{name}' has already spent epsilon {} of its budget: the total cannot go below that",
                    num(b.spent())
                )));
            }
        }
        let mut audit = AuditWriter::start(&tx, actor)?;
        tx.execute(
            "INSERT INTO privacy_budgets (dataset, total_epsilon, set_at, set_by) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (dataset) DO UPDATE SET total_epsilon = excluded.total_epsilon, set_at = excluded.set_at, set_by = excluded.set_by",
            p![name, total, audit.at(), actor],
        )?;
        let old = before.as_ref().map(|b| num(b.total));
        let action = if before.is_some() { "update" } else { "insert" };
        audit.append(&tx, action, "privacy_budgets", name, old.as_deref(), Some(&num(total)))?;
        let b = budget(&tx, name)?.ok_or_else(|| StoreError::Corrupt(format!("the budget of {name} vanished")))?;
        tx.commit()?;
        Ok(b)
    }

    fn privacy_budget(&self, name: &str) -> Result<Option<PrivacyBudget>, StoreError> {
        budget(&self.db, name)
    }

    fn spend_privacy_budget(
        &mut self,
        name: &str,
        epsilon: f64,
        actor: &str,
        purpose: &str,
    ) -> Result<PrivacyBudget, StoreError> {
        // Under the write lock: two releases at once cannot both see the same remaining budget.
        let tx = self.db.write()?;
        spend_in(&tx, name, epsilon, actor, purpose)?;
        let b = budget(&tx, name)?.ok_or_else(|| StoreError::Corrupt(format!("the budget of {name} vanished")))?;
        tx.commit()?;
        Ok(b)
    }

    fn dp_answer(&self, name: &str, import_id: i64, query: &str, epsilon: f64) -> Result<Option<DpAnswer>, StoreError> {
        Ok(self
            .db
            .query(&format!("SELECT {ANSWER_COLUMNS} FROM dp_answers WHERE dataset = ?1 AND import_id = ?2 AND epsilon = ?3 ORDER BY id DESC"), p![name, import_id, epsilon])?
            .iter()
            .map(read_answer)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .find(|a| a.query == query))
    }

    fn release_dp_answer(&mut self, new: &NewDpAnswer<'_>) -> Result<(PrivacyBudget, DpAnswer), StoreError> {
        let tx = self.db.write()?;
        let current = dataset(&tx, new.dataset)?.map(|d| d.import_id);
        if current != Some(new.import_id) {
            return Err(StoreError::Invalid(format!(
                "dataset '{}' changed while the answer was computed (its version is import {current:?}, the answer is about import {}): ask again",
                new.dataset, new.import_id
            )));
        }
        let spend_id = spend_in(&tx, new.dataset, new.epsilon, new.actor, new.purpose)?;
        let hash = crate::audit::hex(&Sha256::digest(new.answer.as_bytes()));
        let mut audit = AuditWriter::start(&tx, new.actor)?;
        let id = tx.insert(
            "INSERT INTO dp_answers (dataset, import_id, query, epsilon, spend_id, answer, answer_hash, at, actor)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id",
            p![new.dataset, new.import_id, new.query, new.epsilon, spend_id, new.answer, hash, audit.at(), new.actor],
        )?;
        audit.append(
            &tx,
            "insert",
            "dp_answers",
            &id.to_string(),
            None,
            Some(&answer_audit_value(new.dataset, new.import_id, new.epsilon, spend_id, &hash)),
        )?;
        let b =
            budget(&tx, new.dataset)?.ok_or_else(|| StoreError::Corrupt(format!("the budget of {} vanished", new.dataset)))?;
        let a = tx
            .query_opt(&format!("SELECT {ANSWER_COLUMNS} FROM dp_answers WHERE id = ?1"), p![id])?
            .map(|r| read_answer(&r))
            .transpose()?
            .ok_or_else(|| StoreError::Corrupt(format!("released answer {id} vanished")))?;
        tx.commit()?;
        Ok((b, a))
    }
}

const ANSWER_COLUMNS: &str = "id, dataset, import_id, query, epsilon, spend_id, answer, answer_hash, at, actor";

fn read_answer(r: &crate::db::Row) -> Result<DpAnswer, StoreError> {
    Ok(DpAnswer {
        id: r.get(0)?,
        dataset: r.get(1)?,
        import_id: r.get(2)?,
        query: r.get(3)?,
        epsilon: r.get(4)?,
        spend_id: r.get(5)?,
        answer: r.get(6)?,
        answer_hash: r.get(7)?,
        at: r.get(8)?,
        actor: r.get(9)?,
    })
}

fn answer_audit_value(dataset: &str, import_id: i64, epsilon: f64, spend_id: i64, hash: &str) -> String {
    serde_json::json!({ "dataset": dataset, "import_id": import_id, "epsilon": epsilon, "spend": spend_id, "sha256": hash })
        .to_string()
}

/// Records a spend inside the caller's write transaction; refuses one beyond the budget.
fn spend_in(tx: &Db, name: &str, epsilon: f64, actor: &str, purpose: &str) -> Result<i64, StoreError> {
    {
        check_epsilon("epsilon", epsilon)?;
        if epsilon == 0.0 {
            return Err(StoreError::Invalid("epsilon must be above 0".into()));
        }
        let b = budget(tx, name)?.ok_or_else(|| {
            StoreError::Invalid(format!(
                "dataset '{name}' has no privacy budget: set one first (tipdata dp budget --dataset {name} --total EPSILON)"
            ))
        })?;
        let spent = b.spent();
        if spent + epsilon > b.total + EPSILON_SLACK {
            return Err(StoreError::BudgetExceeded {
                dataset: name.to_string(),
                requested: epsilon,
                spent,
                total: b.total,
                remaining: (b.total - spent).max(0.0),
            });
        }
        let mut audit = AuditWriter::start(tx, actor)?;
        let id = tx.insert(
            "INSERT INTO privacy_spends (dataset, epsilon, at, actor, purpose) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id",
            p![name, epsilon, audit.at(), actor, purpose],
        )?;
        let new = serde_json::json!({ "dataset": name, "epsilon": epsilon, "purpose": purpose }).to_string();
        audit.append(tx, "insert", "privacy_spends", &id.to_string(), None, Some(&new))?;
        Ok(id)
    }
}

/// Datasets and ledger entries that do not match what the audit trail recorded.
pub(crate) fn unaccounted(db: &Db) -> Result<Vec<String>, StoreError> {
    use std::collections::BTreeMap;
    let mut last: BTreeMap<(String, String), Option<String>> = BTreeMap::new();
    for r in db.query(
        "SELECT table_name, row_key, new_value FROM audit_log
         WHERE table_name IN ('victim_datasets', 'privacy_budgets', 'privacy_spends', 'dp_answers') ORDER BY seq",
        p![],
    )? {
        last.insert((r.get(0)?, r.get(1)?), r.get(2)?);
    }
    let mut out = Vec::new();
    let mut corrupt = Vec::new();
    let mut check = |table: &str, key: String, stored: String| match last.remove(&(table.to_string(), key.clone())) {
        Some(Some(t)) if t == stored => {}
        Some(t) => out.push(format!("{table} {key}: stored {stored}, the trail last recorded {}", t.unwrap_or_default())),
        None => out.push(format!("{table} {key}: stored {stored}, never recorded in the trail")),
    };
    for r in db.query("SELECT name FROM victim_datasets ORDER BY name", p![])? {
        let name: String = r.get(0)?;
        let d = dataset(db, &name)?.ok_or_else(|| StoreError::Corrupt(format!("dataset {name} vanished")))?;
        let records = records_of(db, d.import_id)?;
        let hash = records_hash(&records);
        if hash != d.content_hash || records.len() as u64 != d.records {
            corrupt.push(format!(
                "dataset {name}: its records hash to {hash} ({} records), it records {}",
                records.len(),
                d.content_hash
            ));
        }
        check("victim_datasets", name, audit_value(&hash, records.len() as u64));
    }
    for r in db.query("SELECT dataset, total_epsilon FROM privacy_budgets ORDER BY dataset", p![])? {
        check("privacy_budgets", r.get(0)?, num(r.get(1)?));
    }
    for r in db.query("SELECT id, dataset, epsilon, purpose FROM privacy_spends ORDER BY id", p![])? {
        let (id, name, epsilon, purpose): (i64, String, f64, String) = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?);
        let new = serde_json::json!({ "dataset": name, "epsilon": epsilon, "purpose": purpose }).to_string();
        check("privacy_spends", id.to_string(), new);
    }
    for r in db.query(&format!("SELECT {ANSWER_COLUMNS} FROM dp_answers ORDER BY id"), p![])? {
        let a = read_answer(&r)?;
        let hash = crate::audit::hex(&Sha256::digest(a.answer.as_bytes()));
        if hash != a.answer_hash {
            corrupt.push(format!("dp_answers {}: the answer hashes to {hash}, it records {}", a.id, a.answer_hash));
        }
        check("dp_answers", a.id.to_string(), answer_audit_value(&a.dataset, a.import_id, a.epsilon, a.spend_id, &hash));
    }
    for ((t, k), v) in last {
        out.push(format!("{t} {k}: the trail records {} but it is not stored", v.unwrap_or_default()));
    }
    out.extend(corrupt);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(year: i32, gender: &str) -> VictimRecord {
        VictimRecord {
            year_of_registration: year,
            gender: Some(gender.into()),
            age_broad: None,
            citizenship: Some("PH".into()),
            is_forced_labour: Some(true),
            is_sexual_exploit: None,
            country_of_exploitation: None,
        }
    }

    #[test]
    fn the_records_hash_is_order_free_and_counts_repeats() {
        let a = [rec(2016, "Female"), rec(2017, "Male")];
        let b = [rec(2017, "Male"), rec(2016, "Female")];
        assert_eq!(records_hash(&a), records_hash(&b));
        let c = [rec(2016, "Female"), rec(2017, "Male"), rec(2017, "Male")];
        assert_ne!(records_hash(&a), records_hash(&c));
    }
}
