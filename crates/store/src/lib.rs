//! The store: one interface ([`Store`]) over the embedded SQLite file or a shared PostgreSQL
//! server, with versioned migrations and an append-only, hash-chained audit trail.

/// Parameters for one statement: `p![a, b, c]` (see [`db::ToValue`]).
macro_rules! p {
    ($($x:expr),* $(,)?) => { &[$($crate::db::ToValue::to_value(&$x)),*][..] };
}

mod audit;
pub mod backup;
mod cases;
mod db;
mod releases;
mod sql;
mod submissions;
pub mod testing;
mod users;
mod victims;

use tipdata_model::{CellValue, Collapsed, Finding, ObsKey, Query, QueryRow};

pub use audit::AuditReport;
pub use backup::BackupSummary;
pub use cases::{AddCodingsOutcome, CaseImport, CaseImportOutcome, CaseListItem, CaseStore, NewCoding};
pub use db::Backend;
pub use releases::{
    check_release_name, content_hash, content_hash_of, content_hash_v2, publication_hash, CellDiff, NewPublication, PublicValue,
    PublicationParams, Release, ReleaseImport, ReleasePublication, ReleaseStore, HASH_VERSION,
};
pub use sql::{SqlStore, SqliteStore};
pub use submissions::{
    today, DataQuery, NewSubmission, QueryComment, Round, RoundStatus, Submission, SubmissionCell, SubmissionError,
    SubmissionStore,
};
pub use users::{ApiToken, NewUser, Role, User, UserStore};
pub use victims::{
    records_hash, DpAnswer, NewDpAnswer, PrivacyBudget, PrivacySpend, VictimDataset, VictimImport, VictimImportOutcome,
    VictimStore,
};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {url}: {reason}")]
    Open { url: String, reason: String },
    #[error("database: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("database: {}", pg_message(.0))]
    Postgres(#[from] postgres::Error),
    /// Another writer changed the row since the version the caller read: nothing was written.
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("the database was written by a newer tipdata (schema version {found}, this build knows up to {known})")]
    TooNew { found: i64, known: i64 },
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// A request the stored data does not allow (a coding of a case that is not stored).
    #[error("{0}")]
    Invalid(String),
    #[error("{key} is locked: validated submission {submission} reported it; changing it needs a new submission")]
    Locked { key: String, submission: i64 },
    /// A differentially private release that would spend more than the dataset's budget.
    #[error("privacy budget of dataset '{dataset}' exceeded: epsilon {requested} requested, {spent} of {total} already spent ({remaining} left); nothing was released")]
    BudgetExceeded { dataset: String, requested: f64, spent: f64, total: f64, remaining: f64 },
}

/// An import of observations to apply as one transaction.
pub struct ObservationImport<'a> {
    /// What channel it came by (`glotip`, `questionnaire`, `sdmx`...).
    pub kind: &'a str,
    pub file: &'a str,
    pub sha256: String,
    pub actor: &'a str,
    pub rows_read: u64,
    pub collapsed: &'a Collapsed,
    /// What the reader noticed, stored with the import's own findings.
    pub reader_findings: &'a [Finding],
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// `None` when nothing changed: the import was not recorded at all.
    pub import_id: Option<i64>,
    pub inserted: u64,
    pub changed: u64,
    pub unchanged: u64,
    /// History entries written (values replaced by this import).
    pub history: u64,
    pub findings: Vec<Finding>,
}

impl ImportOutcome {
    pub fn is_noop(&self) -> bool {
        self.import_id.is_none()
    }
}

/// A stored cell with its current value and version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCell {
    pub key: ObsKey,
    pub value: CellValue,
    pub version: i64,
    pub source: String,
}

/// A value a cell held before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryEntry {
    pub version: i64,
    pub value: CellValue,
    pub source: String,
    pub replaced_by_import: i64,
    pub reason: String,
}

/// Row counts of the main tables.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    pub imports: u64,
    pub observations: u64,
    pub history: u64,
    pub findings: u64,
    pub audit: u64,
}

/// A recorded import, as a report cites its data version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportInfo {
    pub id: i64,
    pub kind: String,
    pub file: String,
    pub sha256: String,
    /// When it was applied (RFC 3339, UTC).
    pub at: String,
}

/// Everything the rest of tipdata asks of a database. Each method is one transaction.
pub trait Store: CaseStore + SubmissionStore + UserStore + ReleaseStore + VictimStore {
    /// Applies an import all or nothing; an import that changes nothing is not recorded.
    fn import_observations(&mut self, import: &ObservationImport<'_>) -> Result<ImportOutcome, StoreError>;
    /// Sums observations as [`Query`] says; rows sorted by the `by` keys.
    fn query(&self, q: &Query) -> Result<Vec<QueryRow>, StoreError>;
    fn cell(&self, key: &ObsKey) -> Result<Option<StoredCell>, StoreError>;
    /// Every stored cell (of one entity, or all) with its value, version and source, in one
    /// query, in the order the cells were first stored: what [`Store::cell`] gives for each.
    fn stored_cells(&self, entity: Option<&str>) -> Result<Vec<StoredCell>, StoreError>;
    fn cell_history(&self, key: &ObsKey) -> Result<Vec<HistoryEntry>, StoreError>;
    /// Stored findings, newest import first.
    fn findings(&self, entity: Option<&str>, year: Option<i32>) -> Result<Vec<Finding>, StoreError>;
    fn counts(&self) -> Result<Counts, StoreError>;
    /// The newest import of observations (not of cases), if any: the data version of reports.
    fn latest_observation_import(&self) -> Result<Option<ImportInfo>, StoreError>;
    /// Checks the audit trail's hash chain and that it accounts for every stored value.
    fn verify_audit(&self) -> Result<AuditReport, StoreError>;
    /// Which backend holds the data.
    fn backend(&self) -> Backend;
    /// Writes every table to `out` ([`backup`] format), from one consistent snapshot.
    fn backup(&self, out: &mut dyn std::io::Write) -> Result<BackupSummary, StoreError>;
    /// Loads a backup into this database, which must be empty; all or nothing.
    fn restore(&mut self, input: &mut dyn std::io::BufRead) -> Result<BackupSummary, StoreError>;
}

/// Opens the store a URL names: `postgres://user@host:port/dbname`, or a SQLite file path
/// (created on first use).
pub fn open(url: &str) -> Result<Box<dyn Store>, StoreError> {
    Ok(Box::new(SqlStore::open(url)?))
}

/// The server's own words for a PostgreSQL error (the driver's Display says only "db error").
pub(crate) fn pg_message(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => format!("{}: {}", db.severity(), db.message()),
        None => e.to_string(),
    }
}

pub(crate) fn now() -> String {
    // RFC 3339 in UTC from the system clock, without a date crate.
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z", rem / 3600, rem % 3600 / 60, rem % 60)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    #[test]
    fn dates_are_computed_right() {
        assert_eq!(super::civil_from_days(0), (1970, 1, 1));
        assert_eq!(super::civil_from_days(20_785), (2026, 11, 28));
        assert_eq!(super::civil_from_days(11_016), (2000, 2, 29));
    }
}
