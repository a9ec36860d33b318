//! Submissions from national authorities, queries raised on their findings, and collection
//! rounds: stored with every change in the hash-chained audit trail (who, when, old, new, why).
//! The state machines themselves are `tipdata_model::submission`.

use tipdata_model::submission::{
    progress, QueryAction, QueryState, RoundCountryState, SubmissionAction, SubmissionState, TransitionError,
};
use tipdata_model::{collapse, CellValue, Finding, ObsKey, Observation, Provenance, Severity};

use crate::db::{is_unique_violation, Db, Row};
use crate::sql::{import_in, read_key, read_value, sync_entities, value_text, AuditWriter};
use crate::{ObservationImport, SqlStore, StoreError};

#[derive(Debug, thiserror::Error)]
pub enum SubmissionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: String },
    #[error("submission {id}: {reason}")]
    Transition { id: i64, reason: TransitionError },
    #[error("query {id}: {reason}")]
    QueryTransition { id: i64, reason: TransitionError },
    #[error("submission {id} is {state}: its cells are locked; changing them needs a new submission")]
    Locked { id: i64, state: SubmissionState },
    #[error("{0}")]
    Invalid(String),
}

/// One cell of a submission: the key (entity and year are the submission's) and where it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubmissionCell {
    pub key: ObsKey,
    pub value: CellValue,
    pub source: Provenance,
}

/// A submission to record, all its cells in one transaction.
pub struct NewSubmission<'a> {
    pub entity: &'a str,
    pub year: i32,
    /// `questionnaire`, `sdmx`, ...
    pub channel: &'a str,
    pub file: &'a str,
    /// Free metadata (source agency, national definition of a child, notes) as JSON.
    pub metadata: serde_json::Value,
    pub actor: &'a str,
    pub cells: &'a [SubmissionCell],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub id: i64,
    pub entity: String,
    pub year: i32,
    pub state: SubmissionState,
    pub channel: String,
    pub file: String,
    pub metadata: String,
    pub created_by: String,
    pub created_at: String,
    pub updated_at: String,
    pub cells: u64,
    /// Goes up by one with every change to the submission or one of its cells.
    pub version: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataQuery {
    pub id: i64,
    pub submission_id: Option<i64>,
    pub finding: Finding,
    pub state: QueryState,
    pub created_by: String,
    pub created_at: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryComment {
    pub at: String,
    pub actor: String,
    pub action: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub id: i64,
    pub name: String,
    pub first_year: i32,
    pub last_year: i32,
    /// `YYYY-MM-DD`.
    pub deadline: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RoundStatus {
    pub round: Round,
    pub countries: Vec<(String, RoundCountryState)>,
    /// Countries that responded over countries invited (0 when none are invited).
    pub response_rate: f64,
}

/// Submissions, queries and rounds. Each method is one transaction with its audit entries.
pub trait SubmissionStore {
    /// Every stored cell (optionally of one entity), in key order as
    /// [`ReleaseStore::release_cells`](crate::ReleaseStore::release_cells): what `tipdata validate` reads.
    fn cells(&self, entity: Option<&str>) -> Result<Vec<(ObsKey, CellValue)>, StoreError>;
    fn create_submission(&mut self, s: &NewSubmission<'_>) -> Result<i64, SubmissionError>;
    fn submission(&self, id: i64) -> Result<Submission, SubmissionError>;
    fn submissions(&self, entity: Option<&str>, year: Option<i32>) -> Result<Vec<Submission>, SubmissionError>;
    fn submission_cells(&self, id: i64) -> Result<Vec<SubmissionCell>, SubmissionError>;
    /// The version of one cell of a submission (`None`: the submission has no such cell yet).
    fn submission_cell_version(&self, id: i64, key: &ObsKey) -> Result<Option<i64>, SubmissionError>;
    /// Changes one cell of a draft; any other state is locked. Last writer wins: use
    /// [`set_submission_cell_from`](Self::set_submission_cell_from) where two people may edit at once.
    fn set_submission_cell(
        &mut self,
        id: i64,
        key: &ObsKey,
        value: CellValue,
        actor: &str,
        why: &str,
    ) -> Result<(), SubmissionError>;
    /// Changes one cell of a draft if it is still at `read_version` (0: the cell did not exist);
    /// otherwise nothing is written and the error is `StoreError::Conflict`. Returns the new version.
    fn set_submission_cell_from(
        &mut self,
        id: i64,
        key: &ObsKey,
        value: CellValue,
        read_version: i64,
        actor: &str,
        why: &str,
    ) -> Result<i64, SubmissionError>;
    /// Moves a submission through its state machine. `Validate` also stores its reported
    /// cells as observations (import kind `submission`).
    fn transition_submission(
        &mut self,
        id: i64,
        action: SubmissionAction,
        actor: &str,
        why: &str,
    ) -> Result<Submission, SubmissionError>;
    fn open_query(&mut self, submission: Option<i64>, finding: &Finding, actor: &str) -> Result<i64, SubmissionError>;
    fn data_query(&self, id: i64) -> Result<(DataQuery, Vec<QueryComment>), SubmissionError>;
    fn data_queries(&self, entity: Option<&str>, state: Option<QueryState>) -> Result<Vec<DataQuery>, SubmissionError>;
    fn transition_query(
        &mut self,
        id: i64,
        action: QueryAction,
        actor: &str,
        comment: &str,
    ) -> Result<QueryState, SubmissionError>;
    fn comment_query(&mut self, id: i64, actor: &str, body: &str) -> Result<(), SubmissionError>;
    fn create_round(
        &mut self,
        name: &str,
        first_year: i32,
        last_year: i32,
        deadline: &str,
        actor: &str,
    ) -> Result<i64, SubmissionError>;
    fn invite(&mut self, round: &str, entities: &[String], actor: &str) -> Result<usize, SubmissionError>;
    fn mark_questionnaire_sent(&mut self, round: &str, entity: &str, actor: &str) -> Result<(), SubmissionError>;
    fn round_status(&self, round: &str, today: &str) -> Result<RoundStatus, SubmissionError>;
}

/// Appends one entry to the audit chain inside `tx`.
fn audit(
    tx: &Db,
    actor: &str,
    action: &str,
    table: &str,
    row_key: &str,
    old: Option<&str>,
    new: Option<&str>,
) -> Result<(), StoreError> {
    AuditWriter::start(tx, actor)?.append(tx, action, table, row_key, old, new)
}

/// An audit value with the reason for the change.
fn with_why(value: &str, why: &str) -> String {
    serde_json::json!({ "value": value, "why": why }).to_string()
}

fn parse_state<T: std::str::FromStr<Err = String>>(s: &str) -> Result<T, StoreError> {
    s.parse().map_err(StoreError::Corrupt)
}

const SUBMISSION_COLUMNS: &str =
    "s.id, s.entity, s.year, s.state, s.channel, s.file, s.metadata, s.created_by, s.created_at, s.updated_at,
     (SELECT COUNT(*) FROM submission_cells c WHERE c.submission_id = s.id), s.version";

fn submission_row(r: &Row) -> Result<Submission, StoreError> {
    Ok(Submission {
        id: r.get(0)?,
        entity: r.get(1)?,
        year: r.get(2)?,
        state: parse_state(&r.get::<String>(3)?)?,
        channel: r.get(4)?,
        file: r.get(5)?,
        metadata: r.get(6)?,
        created_by: r.get(7)?,
        created_at: r.get(8)?,
        updated_at: r.get(9)?,
        cells: r.get(10)?,
        version: r.get(11)?,
    })
}

const QUERY_COLUMNS: &str = "id, submission_id, rule, severity, entity, year, cells, message, state, created_by, created_at";

fn to_query(r: &Row) -> Result<DataQuery, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("data query: {what}"));
    Ok(DataQuery {
        id: r.get(0)?,
        submission_id: r.get(1)?,
        finding: Finding {
            rule: r.get(2)?,
            severity: Severity::parse(&r.get::<String>(3)?).ok_or_else(|| corrupt("severity"))?,
            entity: r.get(4)?,
            year: r.get(5)?,
            cells: serde_json::from_str(&r.get::<String>(6)?).map_err(|_| corrupt("cells"))?,
            message: r.get(7)?,
        },
        state: parse_state(&r.get::<String>(8)?)?,
        created_by: r.get(9)?,
        created_at: r.get(10)?,
    })
}

fn submission_in(db: &Db, id: i64) -> Result<Submission, SubmissionError> {
    db.query_opt(&format!("SELECT {SUBMISSION_COLUMNS} FROM submissions s WHERE s.id = ?1"), p![id])?
        .map(|r| submission_row(&r))
        .transpose()?
        .ok_or_else(|| SubmissionError::NotFound { what: "submission", id: id.to_string() })
}

const CELL_KEY: &str = "submission_id = ?1 AND indicator = ?2 AND dimension = ?3 AND category = ?4 AND sex = ?5 AND age = ?6";

fn cells_in(db: &Db, s: &Submission) -> Result<Vec<SubmissionCell>, StoreError> {
    db.query(
        "SELECT indicator, dimension, category, sex, age, value_kind, value, source_sheet, source_row, source_column
         FROM submission_cells WHERE submission_id = ?1 ORDER BY id",
        p![s.id],
    )?
    .iter()
    .map(|r| {
        let key = ObsKey {
            entity: s.entity.clone(),
            indicator: r.get(0)?,
            dimension: r.get(1)?,
            category: r.get(2)?,
            sex: r.get(3)?,
            age: r.get(4)?,
            year: s.year,
        };
        let value = read_value(&r.get::<String>(5)?, r.get(6)?)?;
        let source = Provenance { file: s.file.clone(), sheet: r.get(7)?, row: r.get(8)?, column: r.get(9)? };
        Ok(SubmissionCell { key, value, source })
    })
    .collect()
}

impl SqlStore {
    fn round_by_name(&self, name: &str) -> Result<Round, SubmissionError> {
        self.db
            .query_opt("SELECT id, name, first_year, last_year, deadline FROM rounds WHERE name = ?1", p![name])?
            .map(|r| {
                Ok::<_, StoreError>(Round {
                    id: r.get(0)?,
                    name: r.get(1)?,
                    first_year: r.get(2)?,
                    last_year: r.get(3)?,
                    deadline: r.get(4)?,
                })
            })
            .transpose()?
            .ok_or_else(|| SubmissionError::NotFound { what: "round", id: name.to_string() })
    }
}

impl SubmissionStore for SqlStore {
    fn cells(&self, entity: Option<&str>) -> Result<Vec<(ObsKey, CellValue)>, StoreError> {
        let mut out = self
            .db
            .query(
                "SELECT entity, indicator, dimension, category, sex, age, year, value_kind, value FROM observations
                 WHERE (CAST(?1 AS TEXT) IS NULL OR entity = ?1)",
                p![entity],
            )?
            .iter()
            .map(|r| Ok((read_key(r, 0)?, read_value(&r.get::<String>(7)?, r.get(8)?)?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
        // Key order (byte order on every backend), as a release's cells come.
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }

    fn create_submission(&mut self, s: &NewSubmission<'_>) -> Result<i64, SubmissionError> {
        if tipdata_model::Instrument::v1().entity(s.entity).is_none() {
            return Err(SubmissionError::Invalid(format!("'{}' is not a known country code", s.entity)));
        }
        if let Some(c) = s.cells.iter().find(|c| c.key.entity != s.entity || c.key.year != s.year) {
            return Err(SubmissionError::Invalid(format!("cell {} is not for {} {}", c.key, s.entity, s.year)));
        }
        let tx = self.db.write()?;
        sync_entities(&tx)?;
        let now = crate::now();
        let id = tx.insert(
            "INSERT INTO submissions (entity, year, state, channel, file, metadata, created_by, created_at, updated_at)
             VALUES (?1, ?2, 'draft', ?3, ?4, ?5, ?6, ?7, ?7) RETURNING id",
            p![s.entity, s.year, s.channel, s.file, s.metadata.to_string(), s.actor, now],
        )?;
        let mut audit = AuditWriter::start(&tx, s.actor)?;
        audit.append(
            &tx,
            "insert",
            "submissions",
            &id.to_string(),
            None,
            Some(&with_why("draft", &format!("{} {} by {} from {}", s.entity, s.year, s.channel, s.file))),
        )?;
        for c in s.cells {
            let k = &c.key;
            let (kind, n) = c.value.to_parts();
            tx.execute(
                "INSERT INTO submission_cells (submission_id, indicator, dimension, category, sex, age, value_kind, value,
                 source_sheet, source_row, source_column) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                p![
                    id,
                    k.indicator,
                    k.dimension,
                    k.category,
                    k.sex,
                    k.age,
                    kind,
                    n,
                    c.source.sheet,
                    c.source.row,
                    c.source.column
                ],
            )
            .map_err(|e| {
                if is_unique_violation(&e) {
                    SubmissionError::Invalid(format!("cell {k} appears twice (second at {})", c.source))
                } else {
                    e.into()
                }
            })?;
            audit.append(&tx, "insert", "submission_cells", &format!("{id}|{k}"), None, Some(&value_text(c.value)))?;
        }
        tx.commit()?;
        Ok(id)
    }

    fn submission(&self, id: i64) -> Result<Submission, SubmissionError> {
        submission_in(&self.db, id)
    }

    fn submissions(&self, entity: Option<&str>, year: Option<i32>) -> Result<Vec<Submission>, SubmissionError> {
        Ok(self
            .db
            .query(
                &format!("SELECT {SUBMISSION_COLUMNS} FROM submissions s WHERE (CAST(?1 AS TEXT) IS NULL OR s.entity = ?1) AND (CAST(?2 AS BIGINT) IS NULL OR s.year = ?2) ORDER BY s.id"),
                p![entity, year],
            )?
            .iter()
            .map(submission_row)
            .collect::<Result<_, _>>()?)
    }

    fn submission_cells(&self, id: i64) -> Result<Vec<SubmissionCell>, SubmissionError> {
        let s = self.submission(id)?;
        Ok(cells_in(&self.db, &s)?)
    }

    fn submission_cell_version(&self, id: i64, key: &ObsKey) -> Result<Option<i64>, SubmissionError> {
        self.submission(id)?;
        Ok(self
            .db
            .query_opt(
                &format!("SELECT version FROM submission_cells WHERE {CELL_KEY}"),
                p![id, key.indicator, key.dimension, key.category, key.sex, key.age],
            )?
            .map(|r| r.get(0))
            .transpose()?)
    }

    fn set_submission_cell(
        &mut self,
        id: i64,
        key: &ObsKey,
        value: CellValue,
        actor: &str,
        why: &str,
    ) -> Result<(), SubmissionError> {
        self.change_submission_cell(id, key, value, None, actor, why).map(|_| ())
    }

    fn set_submission_cell_from(
        &mut self,
        id: i64,
        key: &ObsKey,
        value: CellValue,
        read_version: i64,
        actor: &str,
        why: &str,
    ) -> Result<i64, SubmissionError> {
        self.change_submission_cell(id, key, value, Some(read_version), actor, why)
    }

    fn transition_submission(
        &mut self,
        id: i64,
        action: SubmissionAction,
        actor: &str,
        why: &str,
    ) -> Result<Submission, SubmissionError> {
        let tx = self.db.write()?;
        // Read inside the write transaction: the state cannot move under us until commit.
        let s = submission_in(&tx, id)?;
        let to = s.state.apply(action, why).map_err(|reason| SubmissionError::Transition { id, reason })?;
        if action == SubmissionAction::Validate {
            // Validated figures become the stored data, in the same transaction as the state
            // change (an import that changes nothing records nothing).
            let obs: Vec<Observation> = cells_in(&tx, &s)?
                .into_iter()
                .filter(|c| c.value != CellValue::Missing)
                .map(|c| Observation { key: c.key, value: c.value, source: c.source, source_name: format!("submission {id}") })
                .collect();
            let rows = obs.len() as u64;
            let collapsed = collapse(obs);
            let name = format!("submission {id} ({})", s.file);
            tx.batch("SAVEPOINT validate_import")?;
            let (_, changed) = import_in(
                &tx,
                &ObservationImport {
                    kind: "submission",
                    file: &name,
                    sha256: String::new(),
                    actor,
                    rows_read: rows,
                    collapsed: &collapsed,
                    reader_findings: &[],
                },
            )?;
            if !changed {
                // An import that changes nothing is not recorded; the state change still is.
                tx.batch("ROLLBACK TO SAVEPOINT validate_import")?;
            }
            tx.batch("RELEASE SAVEPOINT validate_import")?;
        }
        tx.execute(
            "UPDATE submissions SET state = ?2, updated_at = ?3, version = version + 1 WHERE id = ?1",
            p![id, to.as_str(), crate::now()],
        )?;
        audit(
            &tx,
            actor,
            action.as_str(),
            "submissions",
            &id.to_string(),
            Some(s.state.as_str()),
            Some(&with_why(to.as_str(), why)),
        )?;
        let out = submission_in(&tx, id)?;
        tx.commit()?;
        Ok(out)
    }

    fn open_query(&mut self, submission: Option<i64>, f: &Finding, actor: &str) -> Result<i64, SubmissionError> {
        if let Some(s) = submission {
            self.submission(s)?;
        }
        let tx = self.db.write()?;
        let cells = serde_json::to_string(&f.cells).map_err(|e| SubmissionError::Invalid(e.to_string()))?;
        let id = tx.insert(
            "INSERT INTO data_queries (submission_id, rule, severity, entity, year, cells, message, state, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'open', ?8, ?9) RETURNING id",
            p![submission, f.rule, f.severity.as_str(), f.entity, f.year, cells, f.message, actor, crate::now()],
        )?;
        audit(
            &tx,
            actor,
            "insert",
            "data_queries",
            &id.to_string(),
            None,
            Some(&with_why("open", &format!("{}: {}", f.rule, f.message))),
        )?;
        tx.commit()?;
        Ok(id)
    }

    fn data_query(&self, id: i64) -> Result<(DataQuery, Vec<QueryComment>), SubmissionError> {
        let q = self
            .db
            .query_opt(&format!("SELECT {QUERY_COLUMNS} FROM data_queries WHERE id = ?1"), p![id])?
            .map(|r| to_query(&r))
            .transpose()?
            .ok_or_else(|| SubmissionError::NotFound { what: "query", id: id.to_string() })?;
        let comments = self
            .db
            .query("SELECT at, actor, action, body FROM data_query_comments WHERE query_id = ?1 ORDER BY id", p![id])?
            .iter()
            .map(|r| Ok::<_, StoreError>(QueryComment { at: r.get(0)?, actor: r.get(1)?, action: r.get(2)?, body: r.get(3)? }))
            .collect::<Result<_, _>>()?;
        Ok((q, comments))
    }

    fn data_queries(&self, entity: Option<&str>, state: Option<QueryState>) -> Result<Vec<DataQuery>, SubmissionError> {
        Ok(self
            .db
            .query(
                &format!("SELECT {QUERY_COLUMNS} FROM data_queries WHERE (CAST(?1 AS TEXT) IS NULL OR entity = ?1) AND (CAST(?2 AS TEXT) IS NULL OR state = ?2) ORDER BY id"),
                p![entity, state.map(|s| s.as_str())],
            )?
            .iter()
            .map(to_query)
            .collect::<Result<_, _>>()?)
    }

    fn transition_query(
        &mut self,
        id: i64,
        action: QueryAction,
        actor: &str,
        comment: &str,
    ) -> Result<QueryState, SubmissionError> {
        let (q, _) = self.data_query(id)?;
        let to = q.state.apply(action, comment).map_err(|reason| SubmissionError::QueryTransition { id, reason })?;
        let tx = self.db.write()?;
        let moved =
            tx.execute("UPDATE data_queries SET state = ?2 WHERE id = ?1 AND state = ?3", p![id, to.as_str(), q.state.as_str()])?;
        if moved == 0 {
            return Err(StoreError::Conflict(format!("query {id} changed state meanwhile; read it again")).into());
        }
        tx.execute(
            "INSERT INTO data_query_comments (query_id, at, actor, action, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            p![id, crate::now(), actor, action.as_str(), comment],
        )?;
        audit(
            &tx,
            actor,
            action.as_str(),
            "data_queries",
            &id.to_string(),
            Some(q.state.as_str()),
            Some(&with_why(to.as_str(), comment)),
        )?;
        tx.commit()?;
        Ok(to)
    }

    fn comment_query(&mut self, id: i64, actor: &str, body: &str) -> Result<(), SubmissionError> {
        self.data_query(id)?;
        if body.trim().is_empty() {
            return Err(SubmissionError::Invalid("a comment cannot be empty".into()));
        }
        let tx = self.db.write()?;
        tx.execute(
            "INSERT INTO data_query_comments (query_id, at, actor, action, body) VALUES (?1, ?2, ?3, 'comment', ?4)",
            p![id, crate::now(), actor, body],
        )?;
        audit(&tx, actor, "comment", "data_query_comments", &id.to_string(), None, Some(body))?;
        tx.commit()?;
        Ok(())
    }

    fn create_round(
        &mut self,
        name: &str,
        first_year: i32,
        last_year: i32,
        deadline: &str,
        actor: &str,
    ) -> Result<i64, SubmissionError> {
        let d = deadline.as_bytes();
        let date_like = d.len() == 10
            && d[4] == b'-'
            && d[7] == b'-'
            && d.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !date_like {
            return Err(SubmissionError::Invalid(format!("deadline '{deadline}' is not a date YYYY-MM-DD")));
        }
        if first_year > last_year {
            return Err(SubmissionError::Invalid(format!("years {first_year}..{last_year} are reversed")));
        }
        let tx = self.db.write()?;
        let id = tx
            .insert(
                "INSERT INTO rounds (name, first_year, last_year, deadline, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id",
                p![name, first_year, last_year, deadline, actor, crate::now()],
            )
            .map_err(|e| {
                if is_unique_violation(&e) {
                    SubmissionError::Invalid(format!("a round named '{name}' exists already"))
                } else {
                    e.into()
                }
            })?;
        audit(
            &tx,
            actor,
            "insert",
            "rounds",
            name,
            None,
            Some(&format!("years {first_year}..{last_year}, deadline {deadline}")),
        )?;
        tx.commit()?;
        Ok(id)
    }

    fn invite(&mut self, round: &str, entities: &[String], actor: &str) -> Result<usize, SubmissionError> {
        let r = self.round_by_name(round)?;
        for e in entities {
            if tipdata_model::Instrument::v1().entity(e).is_none() {
                return Err(SubmissionError::Invalid(format!("'{e}' is not a known country code")));
            }
        }
        let tx = self.db.write()?;
        sync_entities(&tx)?;
        let mut n = 0;
        for e in entities {
            let added = tx.execute(
                "INSERT INTO round_countries (round_id, entity, invited_at) VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING",
                p![r.id, e, crate::now()],
            )?;
            if added > 0 {
                audit(&tx, actor, "invite", "round_countries", &format!("{round}|{e}"), None, Some("invited"))?;
                n += 1;
            }
        }
        tx.commit()?;
        Ok(n)
    }

    fn mark_questionnaire_sent(&mut self, round: &str, entity: &str, actor: &str) -> Result<(), SubmissionError> {
        let r = self.round_by_name(round)?;
        let tx = self.db.write()?;
        let n = tx.execute(
            "UPDATE round_countries SET questionnaire_sent = ?3 WHERE round_id = ?1 AND entity = ?2",
            p![r.id, entity, crate::now()],
        )?;
        if n == 0 {
            return Err(SubmissionError::NotFound { what: "invitation of", id: format!("{entity} to {round}") });
        }
        audit(
            &tx,
            actor,
            "update",
            "round_countries",
            &format!("{round}|{entity}"),
            Some("invited"),
            Some("questionnaire_sent"),
        )?;
        tx.commit()?;
        Ok(())
    }

    fn round_status(&self, round: &str, today: &str) -> Result<RoundStatus, SubmissionError> {
        let r = self.round_by_name(round)?;
        let rows = self.db.query(
            "SELECT rc.entity, rc.questionnaire_sent, s.state FROM round_countries rc
             LEFT JOIN submissions s ON s.entity = rc.entity AND s.year BETWEEN ?2 AND ?3
             WHERE rc.round_id = ?1 ORDER BY rc.entity",
            p![r.id, r.first_year, r.last_year],
        )?;
        let mut best: Vec<(String, bool, Option<SubmissionState>)> = Vec::new();
        for row in rows {
            let (entity, sent, state): (String, Option<String>, Option<String>) = (row.get(0)?, row.get(1)?, row.get(2)?);
            let state: Option<SubmissionState> = state.as_deref().map(parse_state).transpose()?;
            match best.last_mut() {
                Some(last) if last.0 == entity => {
                    if state.map(progress) > last.2.map(progress) {
                        last.2 = state;
                    }
                }
                _ => best.push((entity, sent.is_some(), state)),
            }
        }
        let countries: Vec<(String, RoundCountryState)> = best
            .into_iter()
            .map(|(e, sent, state)| {
                let s = RoundCountryState::derive(state, sent, &r.deadline, today);
                (e, s)
            })
            .collect();
        let responded = countries.iter().filter(|(_, s)| s.responded()).count();
        let response_rate = if countries.is_empty() { 0.0 } else { responded as f64 / countries.len() as f64 };
        Ok(RoundStatus { round: r, countries, response_rate })
    }
}

impl SqlStore {
    /// One cell change of a draft, checked against the version the writer read when given.
    fn change_submission_cell(
        &mut self,
        id: i64,
        key: &ObsKey,
        value: CellValue,
        read_version: Option<i64>,
        actor: &str,
        why: &str,
    ) -> Result<i64, SubmissionError> {
        if why.trim().is_empty() {
            return Err(SubmissionError::Invalid("a change to a cell needs a reason".into()));
        }
        let tx = self.db.write()?;
        // State and version are read under the write lock: nothing moves until commit.
        let s = submission_in(&tx, id)?;
        if !s.state.editable() {
            return Err(SubmissionError::Locked { id, state: s.state });
        }
        let old = tx.query_opt(
            &format!("SELECT id, value_kind, value, version FROM submission_cells WHERE {CELL_KEY}"),
            p![id, key.indicator, key.dimension, key.category, key.sex, key.age],
        )?;
        let stored_version: i64 = old.as_ref().map(|r| r.get(3)).transpose()?.unwrap_or(0);
        if let Some(read) = read_version {
            if read != stored_version {
                return Err(StoreError::Conflict(format!(
                    "submission {id} cell {key}: you read version {read}, it is now version {stored_version} \
                     (changed by someone else meanwhile); read it again and reapply your change"
                ))
                .into());
            }
        }
        let (kind, n) = value.to_parts();
        let old_text = match &old {
            Some(r) => {
                let cell: i64 = r.get(0)?;
                tx.execute(
                    "UPDATE submission_cells SET value_kind = ?2, value = ?3, version = version + 1 WHERE id = ?1",
                    p![cell, kind, n],
                )?;
                Some(value_text(read_value(&r.get::<String>(1)?, r.get(2)?)?))
            }
            None => {
                tx.execute(
                    "INSERT INTO submission_cells (submission_id, indicator, dimension, category, sex, age, value_kind, value,
                     source_sheet, source_row, source_column) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '', 0, 'edited')",
                    p![id, key.indicator, key.dimension, key.category, key.sex, key.age, kind, n],
                )?;
                None
            }
        };
        let row_key =
            format!("{id}|{}|{}|{}|{}|{}|{}|{}", s.entity, key.indicator, key.dimension, key.category, key.sex, key.age, s.year);
        audit(&tx, actor, "update", "submission_cells", &row_key, old_text.as_deref(), Some(&with_why(&value_text(value), why)))?;
        tx.execute("UPDATE submissions SET updated_at = ?2, version = version + 1 WHERE id = ?1", p![id, crate::now()])?;
        tx.commit()?;
        Ok(stored_version + 1)
    }
}

/// Today's date as `YYYY-MM-DD` (UTC).
pub fn today() -> String {
    crate::now()[..10].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Store;

    fn key(sex: &str, year: i32) -> ObsKey {
        ObsKey {
            entity: "BOL".into(),
            indicator: "Detected trafficking victims".into(),
            dimension: "Total".into(),
            category: "Total".into(),
            sex: sex.into(),
            age: "Total".into(),
            year,
        }
    }

    fn cell(sex: &str, v: CellValue, at: &str) -> SubmissionCell {
        SubmissionCell {
            key: key(sex, 2022),
            value: v,
            source: Provenance { file: "q.xlsx".into(), sheet: "Victims".into(), row: 7, column: at.into() },
        }
    }

    fn store_with_submission() -> (crate::testing::TestDb, SqlStore, i64) {
        let dir = crate::testing::TestDb::new();
        let mut st = dir.open();
        let cells = [
            cell("Total", CellValue::Count(30), "B"),
            cell("Female", CellValue::Below(5), "C"),
            cell("Male", CellValue::Missing, "D"),
        ];
        let id = st
            .create_submission(&NewSubmission {
                entity: "BOL",
                year: 2022,
                channel: "questionnaire",
                file: "q.xlsx",
                metadata: serde_json::json!({"source agency": "Police"}),
                actor: "focal",
                cells: &cells,
            })
            .expect("created");
        (dir, st, id)
    }

    #[test]
    fn a_submission_goes_from_draft_to_validated_and_its_cells_become_observations() {
        let (_d, mut st, id) = store_with_submission();
        assert_eq!(st.submission(id).expect("s").state, SubmissionState::Draft);
        st.set_submission_cell(id, &key("Male", 2022), CellValue::Count(26), "focal", "counted again")
            .expect("draft is editable");
        for a in [SubmissionAction::Submit, SubmissionAction::Review, SubmissionAction::Validate] {
            st.transition_submission(id, a, "team", "").expect("legal");
        }
        assert_eq!(st.submission(id).expect("s").state, SubmissionState::Validated);
        assert_eq!(st.cell(&key("Male", 2022)).expect("q").map(|c| c.value), Some(CellValue::Count(26)));
        assert_eq!(st.cell(&key("Female", 2022)).expect("q").map(|c| c.value), Some(CellValue::Below(5)));
        let r = st.verify_audit().expect("verify");
        assert!(r.ok(), "{r:?}");
    }

    #[test]
    fn a_file_import_cannot_change_a_cell_a_validated_submission_reported() {
        let (_d, mut st, id) = store_with_submission();
        for a in [SubmissionAction::Submit, SubmissionAction::Review, SubmissionAction::Validate] {
            st.transition_submission(id, a, "team", "").expect("legal");
        }
        let file = |v: CellValue| {
            collapse(vec![Observation {
                key: key("Total", 2022),
                value: v,
                source: Provenance { file: "later.csv".into(), sheet: String::new(), row: 2, column: "txtVALUE".into() },
                source_name: "GLOTIP".into(),
            }])
        };
        let import = |st: &mut SqlStore, c: &crate::Collapsed| {
            st.import_observations(&ObservationImport {
                kind: "glotip",
                file: "later.csv",
                sha256: String::new(),
                actor: "analyst",
                rows_read: 1,
                collapsed: c,
                reader_findings: &[],
            })
        };
        let before = st.counts().expect("counts");
        match import(&mut st, &file(CellValue::Count(31))) {
            Err(StoreError::Locked { submission, .. }) => assert_eq!(submission, id),
            other => panic!("a locked cell was changed: {other:?}"),
        }
        assert_eq!(st.counts().expect("counts"), before);
        assert_eq!(st.cell(&key("Total", 2022)).expect("q").map(|c| c.value), Some(CellValue::Count(30)));
        // The same value is no change, so it passes.
        assert!(import(&mut st, &file(CellValue::Count(30))).expect("same value").is_noop());
    }

    #[test]
    fn validated_cells_are_locked_and_illegal_transitions_change_nothing() {
        let (_d, mut st, id) = store_with_submission();
        let e = st.transition_submission(id, SubmissionAction::Validate, "team", "").unwrap_err();
        assert!(e.to_string().contains("cannot validate a submission that is draft"), "{e}");
        for a in [SubmissionAction::Submit, SubmissionAction::Review, SubmissionAction::Validate] {
            st.transition_submission(id, a, "team", "").expect("legal");
        }
        let e = st.set_submission_cell(id, &key("Male", 2022), CellValue::Count(1), "focal", "oops").unwrap_err();
        assert!(matches!(e, SubmissionError::Locked { .. }), "{e}");
        assert!(st.transition_submission(id, SubmissionAction::Reopen, "team", "").is_err());
        let s = st.transition_submission(id, SubmissionAction::Reopen, "team", "the police revised 2022").expect("reopen");
        assert_eq!(s.state, SubmissionState::UnderReview);
        assert!(st.set_submission_cell(id, &key("Male", 2022), CellValue::Count(1), "focal", "oops").is_err());
    }

    #[test]
    fn a_finding_becomes_a_query_with_a_thread() {
        let (_d, mut st, id) = store_with_submission();
        let f = Finding {
            rule: "sex_parts_exceed_total".into(),
            severity: Severity::Error,
            entity: "BOL".into(),
            year: Some(2022),
            cells: vec!["a".into(), "b".into()],
            message: "parts exceed".into(),
        };
        let q = st.open_query(Some(id), &f, "team").expect("opened");
        assert!(st.transition_query(q, QueryAction::Resolve, "team", "ok").is_err());
        st.comment_query(q, "team", "please check the male figure").expect("comment");
        st.transition_query(q, QueryAction::Answer, "focal", "typo, corrected").expect("answer");
        st.transition_query(q, QueryAction::Resolve, "team", "").expect("resolve");
        let (dq, thread) = st.data_query(q).expect("q");
        assert_eq!(dq.state, QueryState::Resolved);
        assert_eq!(dq.finding, f);
        assert_eq!(thread.iter().map(|c| c.action.as_str()).collect::<Vec<_>>(), ["comment", "answer", "resolve"]);
        assert!(st.verify_audit().expect("v").ok());
    }

    #[test]
    fn editing_or_deleting_a_submission_entry_of_the_audit_log_is_detected() {
        let (_d, mut st, id) = store_with_submission();
        st.transition_submission(id, SubmissionAction::Submit, "focal", "").expect("submit");
        assert!(st.verify_audit().expect("v").ok());
        // The triggers refuse the edit; someone with direct access drops them first.
        assert!(st.db.execute("UPDATE audit_log SET actor = 'x' WHERE seq = 2", p![]).is_err());
        assert!(st.db.execute("DELETE FROM audit_log WHERE seq = 2", p![]).is_err());
        st.db
            .batch(match st.backend() {
                crate::Backend::Sqlite => "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;",
                crate::Backend::Postgres => {
                    "DROP TRIGGER audit_log_no_update ON audit_log; DROP TRIGGER audit_log_no_delete ON audit_log;"
                }
            })
            .expect("drop");
        st.db.execute("UPDATE audit_log SET new_value = 'count:99' WHERE seq = 2", p![]).expect("tamper");
        let r = st.verify_audit().expect("v");
        assert_eq!(r.broken, ["entry 2: its hash does not match its content"]);
        st.db.execute("DELETE FROM audit_log WHERE seq = 3", p![]).expect("delete");
        let r = st.verify_audit().expect("v");
        assert!(r.broken.contains(&"entry 4: does not link to the entry before it".to_string()), "{r:?}");
    }

    #[test]
    fn a_round_reports_each_country_and_the_response_rate() {
        let (_d, mut st, id) = store_with_submission();
        st.create_round("GLOTIP 2024", 2021, 2023, "2024-03-31", "team").expect("round");
        assert_eq!(st.invite("GLOTIP 2024", &["BOL".into(), "PER".into(), "CHL".into()], "team").expect("invite"), 3);
        st.mark_questionnaire_sent("GLOTIP 2024", "PER", "team").expect("sent");
        st.transition_submission(id, SubmissionAction::Submit, "focal", "").expect("submit");
        st.transition_submission(id, SubmissionAction::Review, "team", "").expect("review");
        let s = st.round_status("GLOTIP 2024", "2024-01-01").expect("status");
        let states: Vec<(&str, &str)> = s.countries.iter().map(|(e, s)| (e.as_str(), s.as_str())).collect();
        assert_eq!(states, [("BOL", "under_validation"), ("CHL", "invited"), ("PER", "questionnaire_sent")]);
        assert!((s.response_rate - 1.0 / 3.0).abs() < 1e-9);
        let s = st.round_status("GLOTIP 2024", "2024-04-01").expect("status");
        assert_eq!(s.countries[1].1, RoundCountryState::NoResponse);
        assert!(st.verify_audit().expect("v").ok());
    }
}
