//! Collection from national authorities on the web: a focal point downloads and uploads the
//! questionnaire, sees the validation findings, answers queries and submits; the research team
//! reviews, raises and resolves queries, validates or returns. Each action is one function
//! over the store that a page and an API route both call; a submission or query is reached only
//! through its country's path, and one of another country answers 404.

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Json};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{json, Value};
use tipdata_io::questionnaire::{read_questionnaire_bytes, write_questionnaire, Questionnaire, QuestionnaireSpec};
use tipdata_model::submission::{QueryAction, SubmissionAction, SubmissionState};
use tipdata_model::validation::{validate, RuleSet, ValidationConfig};
use tipdata_model::{CellValue, Finding, ObsKey, Query as SumQuery, QueryKey};
use tipdata_store::{DataQuery, NewSubmission, QueryComment, Role, Store, Submission, SubmissionCell, SubmissionError, User};

use crate::auth::Principal;
use crate::html::{self, esc};
use crate::pages::{csrf_field, entity_or_404, signed_in};
use crate::{ApiError, AppState, Failure, PageError};

/// The cells the rules saw, and what they found.
pub type Checked = (Vec<(ObsKey, CellValue)>, Vec<Finding>);

/// Runs the rules over the stored cells of a country (or all), or over a submission's cells
/// laid over its country's stored cells; findings only for `year` (the submission's year).
pub fn run_rules(
    store: &dyn Store,
    rules: &RuleSet,
    country: Option<&str>,
    year: Option<i32>,
    submission: Option<i64>,
) -> Result<Checked, SubmissionError> {
    let mut country = country.map(str::to_string);
    let mut year = year;
    let mut overlay = Vec::new();
    if let Some(id) = submission {
        let s = store.submission(id)?;
        country = Some(s.entity.clone());
        year = Some(s.year);
        overlay = store.submission_cells(id)?.into_iter().map(|c| (c.key, c.value)).collect();
    }
    let mut cells = store.cells(country.as_deref())?;
    let mut at: std::collections::HashMap<ObsKey, usize> = cells.iter().enumerate().map(|(i, (k, _))| (k.clone(), i)).collect();
    for (k, v) in overlay {
        match at.get(&k) {
            Some(&i) => cells[i].1 = v,
            None => {
                at.insert(k.clone(), cells.len());
                cells.push((k, v));
            }
        }
    }
    // "Missing this year" is judged up to the latest year any country reported.
    let last = store
        .query(&SumQuery { filters: Vec::new(), by: vec![QueryKey::Year] })?
        .iter()
        .filter_map(|r| r.keys.first()?.parse().ok())
        .max();
    let config = ValidationConfig { last_year: last.max(year) };
    let findings = validate(rules, &cells, &config).into_iter().filter(|f| year.is_none() || f.year == year).collect();
    Ok((cells, findings))
}

/// Records a questionnaire read back as a draft submission (all its cells in one transaction).
pub fn record_questionnaire(
    store: &mut dyn Store,
    q: Questionnaire,
    file: &str,
    actor: &str,
) -> Result<(i64, usize), SubmissionError> {
    let cells: Vec<SubmissionCell> =
        q.observations.into_iter().map(|o| SubmissionCell { key: o.key, value: o.value, source: o.source }).collect();
    let metadata = serde_json::to_value(&q.metadata).map_err(|e| SubmissionError::Invalid(format!("metadata: {e}")))?;
    let id = store.create_submission(&NewSubmission {
        entity: &q.entity,
        year: q.year,
        channel: "questionnaire",
        file,
        metadata,
        actor,
        cells: &cells,
    })?;
    Ok((id, cells.len()))
}

fn failure(e: SubmissionError) -> Failure {
    use tipdata_model::submission::TransitionError;
    match e {
        SubmissionError::NotFound { .. } => Failure::not_found(e.to_string()),
        SubmissionError::Transition { reason: TransitionError::ReasonRequired(_), .. }
        | SubmissionError::QueryTransition { reason: TransitionError::ReasonRequired(_), .. } => {
            Failure::bad_request("reason_required", e.to_string())
        }
        SubmissionError::Transition { .. } | SubmissionError::QueryTransition { .. } => {
            Failure::new(StatusCode::CONFLICT, "illegal_transition", e.to_string())
        }
        SubmissionError::Locked { .. } => Failure::new(StatusCode::CONFLICT, "locked", e.to_string()),
        SubmissionError::Invalid(m) => Failure::bad_request("invalid", m),
        SubmissionError::Store(e) => Failure::store(e),
    }
}

/// Runs `f` on the store; its [`SubmissionError`] becomes a [`Failure`] with a fitting status.
async fn with_store<T, F>(state: &AppState, f: F) -> Result<T, Failure>
where
    T: Send + 'static,
    F: FnOnce(&mut dyn Store) -> Result<T, SubmissionError> + Send + 'static,
{
    state.store(move |s| Ok(f(s))).await?.map_err(failure)
}

fn not_here(what: &'static str, id: i64, iso3: &str) -> SubmissionError {
    SubmissionError::NotFound { what, id: format!("{id} of {iso3}") }
}

/// The submission if it belongs to `iso3`; another country's is "not found", not "forbidden",
/// so ids of other countries cannot be probed.
fn own_submission(s: &dyn Store, iso3: &str, id: i64) -> Result<Submission, SubmissionError> {
    match s.submission(id) {
        Ok(sub) if sub.entity == iso3 => Ok(sub),
        Ok(_) | Err(SubmissionError::NotFound { .. }) => Err(not_here("submission", id, iso3)),
        Err(e) => Err(e),
    }
}

fn own_query(s: &dyn Store, iso3: &str, id: i64) -> Result<(DataQuery, Vec<QueryComment>), SubmissionError> {
    match s.data_query(id) {
        Ok((q, thread)) if q.finding.entity == iso3 => Ok((q, thread)),
        Ok(_) | Err(SubmissionError::NotFound { .. }) => Err(not_here("query", id, iso3)),
        Err(e) => Err(e),
    }
}

/// A submission with everything its page shows.
struct SubmissionView {
    sub: Submission,
    cells: Vec<SubmissionCell>,
    findings: Vec<Finding>,
    queries: Vec<DataQuery>,
}

fn submission_view(s: &dyn Store, iso3: &str, id: i64) -> Result<SubmissionView, SubmissionError> {
    let sub = own_submission(s, iso3, id)?;
    let cells = s.submission_cells(id)?;
    let (_, findings) = run_rules(s, RuleSet::v1(), None, None, Some(id))?;
    let queries = s.data_queries(Some(iso3), None)?.into_iter().filter(|q| q.submission_id == Some(id)).collect();
    Ok(SubmissionView { sub, cells, findings, queries })
}

/// Reads an uploaded workbook and records it for `iso3`. A questionnaire made for another
/// country is refused: a focal point answers for one country only.
fn upload(
    s: &mut dyn Store,
    iso3: &str,
    file: &str,
    bytes: &[u8],
    actor: &str,
) -> Result<Result<(i64, usize, usize), Failure>, SubmissionError> {
    let q = match read_questionnaire_bytes(file, bytes) {
        Ok(q) => q,
        Err(e) => return Ok(Err(Failure::bad_request("bad_questionnaire", e.to_string()))),
    };
    if q.entity != iso3 {
        return Ok(Err(Failure::new(
            StatusCode::FORBIDDEN,
            "other_country",
            format!("{file} is the questionnaire of {} {}; this upload is for {iso3}", q.entity, q.year),
        )));
    }
    let (id, n) = record_questionnaire(s, q, file, actor)?;
    let (_, findings) = run_rules(s, RuleSet::v1(), None, None, Some(id))?;
    Ok(Ok((id, n, findings.len())))
}

/// The research team's moves on a submission (submitting is the country's, see `submit`).
fn decision(action: &str) -> Result<SubmissionAction, Failure> {
    match action.parse::<SubmissionAction>() {
        Ok(a) if a != SubmissionAction::Submit => Ok(a),
        _ => Err(Failure::bad_request("bad_action", format!("'{action}' is not one of: review, validate, return, reopen"))),
    }
}

/// Raises finding number `index` of the submission's current findings as a query. `rule`
/// must still name that finding: if the findings changed since the page was drawn, nothing is raised.
fn raise(s: &mut dyn Store, iso3: &str, id: i64, index: usize, rule: &str, actor: &str) -> Result<i64, SubmissionError> {
    let v = submission_view(s, iso3, id)?;
    let f = v.findings.get(index).filter(|f| f.rule == rule).ok_or_else(|| {
        SubmissionError::Invalid(format!("finding {index} is no longer '{rule}': the findings changed; reload the submission"))
    })?;
    if v.queries.iter().any(|q| q.finding.rule == f.rule && q.finding.message == f.message) {
        return Err(SubmissionError::Invalid("this finding has a query already".into()));
    }
    s.open_query(Some(id), f, actor)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QueryMove {
    Answer,
    Comment,
    Resolve,
    Reopen,
}

fn move_query(s: &mut dyn Store, iso3: &str, id: i64, how: QueryMove, actor: &str, comment: &str) -> Result<(), SubmissionError> {
    own_query(s, iso3, id)?;
    match how {
        QueryMove::Comment if comment.trim().is_empty() => Err(SubmissionError::Invalid("a comment needs some text".into())),
        QueryMove::Comment => s.comment_query(id, actor, comment),
        QueryMove::Answer => s.transition_query(id, QueryAction::Answer, actor, comment).map(|_| ()),
        QueryMove::Resolve => s.transition_query(id, QueryAction::Resolve, actor, comment).map(|_| ()),
        QueryMove::Reopen => s.transition_query(id, QueryAction::Reopen, actor, comment).map(|_| ()),
    }
}

/// A body as JSON (scripts) or as a form (pages), by its content type.
fn decode<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Result<T, Failure> {
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    if ct.starts_with("application/json") {
        serde_json::from_slice(body).map_err(|e| Failure::bad_request("bad_body", format!("the JSON body does not fit: {e}")))
    } else {
        serde_urlencoded::from_bytes(body).map_err(|e| Failure::bad_request("bad_body", format!("the form does not fit: {e}")))
    }
}

#[derive(Deserialize)]
pub struct Reason {
    #[serde(default)]
    reason: String,
}

#[derive(Deserialize)]
pub struct Decision {
    action: String,
    #[serde(default)]
    reason: String,
}

#[derive(Deserialize)]
pub struct Raise {
    finding: usize,
    rule: String,
}

#[derive(Deserialize)]
pub struct Comment {
    #[serde(default)]
    comment: String,
}

fn actor(p: &Principal) -> Result<String, Failure> {
    Ok(signed_in(p)?.username.clone())
}

fn is_team(u: Option<&User>) -> bool {
    matches!(u.map(|u| u.role), Some(Role::Admin | Role::Analyst))
}

// ---- JSON ----

fn submission_json(s: &Submission) -> Value {
    json!({
        "id": s.id, "country": s.entity, "year": s.year, "state": s.state.as_str(), "channel": s.channel, "file": s.file,
        "metadata": serde_json::from_str::<Value>(&s.metadata).unwrap_or(Value::Null),
        "created_by": s.created_by, "created_at": s.created_at, "updated_at": s.updated_at, "cells": s.cells,
    })
}

fn query_json(q: &DataQuery) -> Value {
    json!({ "id": q.id, "submission": q.submission_id, "state": q.state.as_str(), "finding": q.finding, "created_by": q.created_by, "created_at": q.created_at })
}

fn cell_json(c: &SubmissionCell) -> Value {
    json!({
        "indicator": c.key.indicator, "dimension": c.key.dimension, "category": c.key.category, "sex": c.key.sex, "age": c.key.age,
        "year": c.key.year, "value": c.value.to_string(), "source": format!("{}!{}{}", c.source.sheet, c.source.column, c.source.row),
    })
}

// ---- pages ----

type PageResult = Result<Html<String>, PageError>;

fn state_badge(s: SubmissionState) -> String {
    format!("<span class=\"state state-{0}\">{1}</span>", s.as_str(), s.as_str().replace('_', " "))
}

fn default_year() -> i32 {
    tipdata_store::today().get(..4).and_then(|y| y.parse::<i32>().ok()).map_or(2024, |y| y - 1)
}

pub async fn submissions_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(iso3): Path<String>,
) -> PageResult {
    submissions_view(&state, &p, &iso3, None).await
}

/// The submissions page, with `error` (a refused upload) shown above the upload form.
async fn submissions_view(state: &AppState, p: &Principal, iso3: &str, error: Option<&str>) -> PageResult {
    let p = p.clone();
    let e = entity_or_404(iso3)?;
    let c = e.id.clone();
    let (subs, queries) =
        with_store(state, move |s| Ok((s.submissions(Some(&c), None)?, s.data_queries(Some(&c), None)?))).await?;
    let id = esc(&e.id);
    let error =
        error.map(|m| format!("<p class=\"error\" role=\"alert\">The upload was refused: {}</p>", esc(m))).unwrap_or_default();
    let sub_rows: Vec<Vec<String>> = subs
        .iter()
        .map(|s| {
            vec![
                format!("<a href=\"/countries/{id}/submissions/{0}\">Submission {0}</a>", s.id),
                s.year.to_string(),
                state_badge(s.state),
                esc(&s.file),
                s.cells.to_string(),
                esc(&s.updated_at),
            ]
        })
        .collect();
    let open: Vec<&DataQuery> = queries.iter().filter(|q| q.state != tipdata_model::submission::QueryState::Resolved).collect();
    let body = format!(
        "<p class=\"crumbs\"><a href=\"/countries/{id}\">{name}</a></p><h1>Submissions: {name}</h1>\
<p class=\"notice restricted\">Not public: what {name} reports before the research team validates it. Shown to admins, analysts and this country's focal point.</p>\
<h2>Queries waiting for an answer or a decision ({nq})</h2>{qt}\
<h2 id=\"send\">Send figures</h2>{error}<ol class=\"steps\"><li>Download the questionnaire for a year (last year's figures are in it for reference): \
<form method=\"get\" action=\"/countries/{id}/questionnaire\" class=\"inline\"><label>Year <input name=\"year\" type=\"number\" min=\"2000\" max=\"2100\" value=\"{year}\" class=\"year\"></label> <button type=\"submit\">Download .xlsx</button></form></li>\
<li>Fill it in (a cell left empty is not reported; write <code>&lt;5</code> for a count you may not give).</li>\
<li>Upload it: it becomes a draft you can check against the validation rules before you submit it.\
<form method=\"post\" action=\"/countries/{id}/submissions\" enctype=\"multipart/form-data\" class=\"form\">{csrf}\
<label>Filled questionnaire (.xlsx) <input type=\"file\" name=\"file\" accept=\".xlsx\" required></label><button type=\"submit\">Upload</button></form></li></ol>\
<h2>Submissions ({ns})</h2>{st}",
        name = esc(&e.name),
        nq = open.len(),
        qt = query_table(&e.id, &open),
        year = default_year(),
        csrf = csrf_field(&p),
        ns = subs.len(),
        st = if sub_rows.is_empty() {
            "<p>No submission yet.</p>".into()
        } else {
            html::table("Submissions", &["Submission", "Year", "State", "File", "Cells", "Last change"].map(String::from), &sub_rows, 4)
        },
    );
    Ok(Html(html::page(&format!("Submissions {}", e.name), &p, &body)))
}

fn query_table(iso3: &str, queries: &[&DataQuery]) -> String {
    if queries.is_empty() {
        return "<p>None.</p>".into();
    }
    let rows: Vec<Vec<String>> = queries
        .iter()
        .map(|q| {
            vec![
                format!("<a href=\"/countries/{}/queries/{1}\">Query {1}</a>", esc(iso3), q.id),
                format!("<span class=\"state state-{0}\">{0}</span>", q.state.as_str()),
                q.finding.year.map(|y| y.to_string()).unwrap_or_default(),
                esc(&q.finding.rule),
                esc(&q.finding.message),
            ]
        })
        .collect();
    html::table("Queries", &["Query", "State", "Year", "Rule", "Finding"].map(String::from), &rows, 9)
}

#[derive(Deserialize)]
pub struct YearParam {
    year: Option<i32>,
}

/// The questionnaire workbook of a country and year, with the year before for reference.
pub async fn questionnaire(
    State(state): State<AppState>,
    Path(iso3): Path<String>,
    Query(y): Query<YearParam>,
) -> Result<Response, PageError> {
    let e = entity_or_404(&iso3)?;
    let year = y.year.unwrap_or_else(default_year);
    if !(1990..=2100).contains(&year) {
        return Err(Failure::bad_request("bad_year", format!("{year} is not a year a questionnaire is made for")).into());
    }
    let c = e.id.clone();
    let previous =
        with_store(&state, move |s| Ok(s.cells(Some(&c))?.into_iter().filter(|(k, _)| k.year == year - 1).collect::<Vec<_>>()))
            .await?;
    let bytes = write_questionnaire(&QuestionnaireSpec { entity: &e.id, year, previous: &previous, prefill: &[] })
        .map_err(|err| Failure::internal(format!("writing the questionnaire: {err}")))?;
    let disposition = format!("attachment; filename=\"tipdata-questionnaire-{}-{year}.xlsx\"", e.id);
    Ok((
        [
            (header::CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        bytes,
    )
        .into_response())
}

/// The workbook of a browser upload (multipart) or of a script (the body itself).
fn uploaded_file(headers: &HeaderMap, body: &[u8]) -> Result<(String, Vec<u8>), Failure> {
    let ct = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    match crate::multipart::boundary(ct) {
        Some(b) => {
            let parts = crate::multipart::parse(body, &b).map_err(|m| Failure::bad_request("bad_form", m))?;
            let f = parts.into_iter().find(|p| p.name == "file" && p.filename.is_some()).ok_or_else(|| {
                Failure::bad_request("no_file", "the form has no file: choose the filled questionnaire (.xlsx)")
            })?;
            let name = f.filename.unwrap_or_default();
            if f.data.is_empty() {
                return Err(Failure::bad_request("no_file", format!("{name} is empty")));
            }
            Ok((name, f.data))
        }
        None => {
            if body.is_empty() {
                return Err(Failure::bad_request("no_file", "send the filled questionnaire (.xlsx) as the request body"));
            }
            let name = headers.get("x-file-name").and_then(|v| v.to_str().ok()).unwrap_or("upload.xlsx").to_string();
            Ok((name, body.to_vec()))
        }
    }
}

async fn do_upload(
    state: &AppState,
    p: &Principal,
    iso3: &str,
    headers: &HeaderMap,
    body: &[u8],
) -> Result<(i64, usize, usize), Failure> {
    let e = entity_or_404(iso3)?;
    let who = actor(p)?;
    let (name, bytes) = uploaded_file(headers, body)?;
    let c = e.id.clone();
    with_store(state, move |s| upload(s, &c, &name, &bytes, &who)).await?
}

/// A refused workbook (unreadable, another country's) comes back to the form with the reason,
/// which names the file, sheet and cell; other failures are error pages.
pub async fn upload_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(iso3): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, PageError> {
    match do_upload(&state, &p, &iso3, &headers, &body).await {
        Ok((id, _, _)) => Ok(Redirect::to(&format!("/countries/{}/submissions/{id}", esc(&iso3))).into_response()),
        Err(f) if f.status == StatusCode::BAD_REQUEST || f.code == "other_country" => {
            let page = submissions_view(&state, &p, &iso3, Some(&f.message)).await?;
            Ok((f.status, page).into_response())
        }
        Err(f) => Err(f.into()),
    }
}

pub async fn submission_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
) -> PageResult {
    let e = entity_or_404(&iso3)?;
    let c = e.id.clone();
    let v = with_store(&state, move |s| submission_view(s, &c, id)).await?;
    let team = is_team(p.user());
    let iso = esc(&e.id);
    let csrf = csrf_field(&p);
    let base = format!("/countries/{iso}/submissions/{id}");
    let mut actions = String::new();
    if v.sub.state == SubmissionState::Draft {
        actions.push_str(&format!(
            "<form method=\"post\" action=\"{base}/submit\" class=\"form\">{csrf}<p>When the figures are complete and the findings below are explained, send them to the research team. After that they can no longer be changed here.</p><button type=\"submit\">Submit to UNODC</button></form>"
        ));
    }
    if team {
        let legal: Vec<SubmissionAction> =
            [SubmissionAction::Review, SubmissionAction::Validate, SubmissionAction::Return, SubmissionAction::Reopen]
                .into_iter()
                .filter(|a| v.sub.state.apply(*a, "a reason").is_ok())
                .collect();
        if !legal.is_empty() {
            let options: String = legal.iter().map(|a| format!("<option value=\"{0}\">{0}</option>", a.as_str())).collect();
            actions.push_str(&format!(
                "<form method=\"post\" action=\"{base}/decide\" class=\"form\">{csrf}<label>Decision <select name=\"action\">{options}</select></label>\
<label>Reason (needed to return or reopen) <textarea name=\"reason\" rows=\"2\"></textarea></label><button type=\"submit\">Record the decision</button></form>"
            ));
        }
    }
    let finding_rows: Vec<Vec<String>> = v
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let raised = v.queries.iter().find(|q| q.finding.rule == f.rule && q.finding.message == f.message);
            let action = match (raised, team) {
                (Some(q), _) => format!("<a href=\"/countries/{iso}/queries/{0}\">Query {0}</a> ({1})", q.id, q.state.as_str()),
                (None, true) => format!(
                    "<form method=\"post\" action=\"{base}/queries\" class=\"inline\">{csrf}<input type=\"hidden\" name=\"finding\" value=\"{i}\"><input type=\"hidden\" name=\"rule\" value=\"{}\"><button type=\"submit\">Ask the country</button></form>",
                    esc(&f.rule)
                ),
                (None, false) => String::new(),
            };
            vec![esc(&f.rule), format!("<span class=\"sev sev-{0}\">{0}</span>", esc(f.severity.as_str())), esc(&f.message), action]
        })
        .collect();
    let cell_rows: Vec<Vec<String>> = v
        .cells
        .iter()
        .map(|c| {
            vec![
                esc(&c.key.indicator),
                esc(&c.key.dimension),
                esc(&c.key.category),
                esc(&c.key.sex),
                esc(&c.key.age),
                esc(&format!("{}!{}{}", c.source.sheet, c.source.column, c.source.row)),
                if c.value == CellValue::Missing {
                    "<span class=\"none\">missing</span>".into()
                } else {
                    esc(&c.value.to_string())
                },
            ]
        })
        .collect();
    let queries: Vec<&DataQuery> = v.queries.iter().collect();
    let body = format!(
        "<p class=\"crumbs\"><a href=\"/countries/{iso}/submissions\">Submissions: {name}</a></p>\
<h1>Submission {id}: {name} {year} {badge}</h1><p class=\"lead\">{cells} cells from <strong>{file}</strong>, uploaded by {by} at {at}; last change {upd}.</p>\
<p class=\"notice restricted\">Not public. Checked against the validation rules (v1) with the country's stored figures of other years.</p>{actions}\
<h2>Validation findings ({nf})</h2>{ft}<h2>Queries ({nq})</h2>{qt}<h2>Cells ({cells})</h2>{ct}",
        name = esc(&e.name),
        year = v.sub.year,
        badge = state_badge(v.sub.state),
        cells = v.cells.len(),
        file = esc(&v.sub.file),
        by = esc(&v.sub.created_by),
        at = esc(&v.sub.created_at),
        upd = esc(&v.sub.updated_at),
        nf = v.findings.len(),
        ft = if finding_rows.is_empty() { "<p>No findings: the figures pass every rule.</p>".into() } else { html::table("Findings", &["Rule", "Severity", "Finding", ""].map(String::from), &finding_rows, 9) },
        nq = queries.len(),
        qt = query_table(&e.id, &queries),
        ct = if cell_rows.is_empty() {
            "<p class=\"notice\">No figure reported: every input cell of the questionnaire was left empty. Fill it in and upload it again, or explain the findings above.</p>".to_string()
        } else {
            html::table("Reported cells", &["Indicator", "Dimension", "Category", "Sex", "Age", "Cell", "Value"].map(String::from), &cell_rows, 6)
        },
    );
    Ok(Html(html::page(&format!("Submission {id}"), &p, &body)))
}

async fn do_submit(state: &AppState, p: &Principal, iso3: &str, id: i64, reason: String) -> Result<Submission, Failure> {
    let who = actor(p)?;
    let c = entity_or_404(iso3)?.id.clone();
    with_store(state, move |s| {
        own_submission(s, &c, id)?;
        s.transition_submission(id, SubmissionAction::Submit, &who, &reason)
    })
    .await
}

async fn do_decide(state: &AppState, p: &Principal, iso3: &str, id: i64, d: Decision) -> Result<Submission, Failure> {
    let who = actor(p)?;
    let action = decision(&d.action)?;
    let c = entity_or_404(iso3)?.id.clone();
    with_store(state, move |s| {
        own_submission(s, &c, id)?;
        s.transition_submission(id, action, &who, &d.reason)
    })
    .await
}

async fn do_raise(state: &AppState, p: &Principal, iso3: &str, id: i64, r: Raise) -> Result<i64, Failure> {
    let who = actor(p)?;
    let c = entity_or_404(iso3)?.id.clone();
    with_store(state, move |s| raise(s, &c, id, r.finding, &r.rule, &who)).await
}

async fn do_move(state: &AppState, p: &Principal, iso3: &str, id: i64, how: QueryMove, comment: String) -> Result<(), Failure> {
    let who = actor(p)?;
    let c = entity_or_404(iso3)?.id.clone();
    with_store(state, move |s| move_query(s, &c, id, how, &who, &comment)).await
}

pub async fn submit_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Redirect, PageError> {
    let r: Reason = decode(&headers, &body)?;
    do_submit(&state, &p, &iso3, id, r.reason).await?;
    Ok(Redirect::to(&format!("/countries/{}/submissions/{id}", esc(&iso3))))
}

pub async fn decide_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Redirect, PageError> {
    let d: Decision = decode(&headers, &body)?;
    do_decide(&state, &p, &iso3, id, d).await?;
    Ok(Redirect::to(&format!("/countries/{}/submissions/{id}", esc(&iso3))))
}

pub async fn raise_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Redirect, PageError> {
    let r: Raise = decode(&headers, &body)?;
    let q = do_raise(&state, &p, &iso3, id, r).await?;
    Ok(Redirect::to(&format!("/countries/{}/queries/{q}", esc(&iso3))))
}

/// A finding's cell as a person reads it. Findings name cells as `ENTITY|indicator|dimension|
/// category|sex|age|year`, with `=value` after a reported cell and `*` for "any" (a pattern);
/// that becomes `Bolivia (Plurinational State of) 2021 · Detected trafficking victims · by
/// citizenship: Peruano · Female, 0 to 17 years = <5`. Anything else (a file reference) is
/// shown as it is.
pub fn readable_cell(text: &str) -> String {
    let (key, value) = match text.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (text, None),
    };
    let f: Vec<&str> = key.split('|').collect();
    let [entity, indicator, dimension, category, sex, age, year] = f[..] else { return text.to_string() };
    let any = |s: &str| if s == "*" { "any".to_string() } else { s.to_string() };
    let place = tipdata_model::Instrument::v1().entity(entity).map_or(entity.to_string(), |e| e.name.clone());
    let breakdown = match (dimension, category) {
        ("Total", "Total") => "total".to_string(),
        ("*", "*") => "any breakdown".to_string(),
        (d, "") => format!("{d}: (no category given)"),
        (d, c) => format!("{}: {}", any(d), any(c)),
    };
    let who = match (sex, age) {
        ("Total", "Total") => "all sexes and ages".to_string(),
        ("*", "*") => "any sex and age".to_string(),
        (s, "Total") => format!("{}, all ages", any(s)),
        ("Total", a) => format!("all sexes, {}", any(a)),
        (s, a) => format!("{}, {}", any(s), any(a)),
    };
    let mut out = format!("{place} {} · {} · {breakdown} · {who}", any(year), any(indicator));
    if let Some(v) = value {
        out.push_str(&format!(" = {v}"));
    }
    out
}

pub async fn query_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
) -> PageResult {
    let e = entity_or_404(&iso3)?;
    let c = e.id.clone();
    let (q, thread) = with_store(&state, move |s| own_query(s, &c, id)).await?;
    let iso = esc(&e.id);
    let csrf = csrf_field(&p);
    let base = format!("/countries/{iso}/queries/{id}");
    use tipdata_model::submission::QueryState as S;
    let mut forms = String::new();
    if q.state == S::Open {
        forms.push_str(&format!(
            "<form method=\"post\" action=\"{base}/answer\" class=\"form\">{csrf}<label>Your answer <textarea name=\"comment\" rows=\"4\" required placeholder=\"Explain the figure, or say which cell you will correct\"></textarea></label><button type=\"submit\">Send the answer</button></form>"
        ));
    }
    if is_team(p.user()) {
        if q.state == S::Answered {
            forms.push_str(&format!("<form method=\"post\" action=\"{base}/resolve\" class=\"form\">{csrf}<label>Note (optional) <textarea name=\"comment\" rows=\"2\"></textarea></label><button type=\"submit\">Resolve: the answer settles it</button></form>"));
        }
        if q.state != S::Open {
            forms.push_str(&format!("<form method=\"post\" action=\"{base}/reopen\" class=\"form\">{csrf}<label>Why it is not settled <textarea name=\"comment\" rows=\"2\" required></textarea></label><button type=\"submit\">Reopen</button></form>"));
        }
    }
    forms.push_str(&format!("<form method=\"post\" action=\"{base}/comment\" class=\"form\">{csrf}<label>Comment <textarea name=\"comment\" rows=\"2\" required></textarea></label><button type=\"submit\">Add the comment</button></form>"));
    let talk: String = thread
        .iter()
        .map(|c| {
            format!(
                "<li><p class=\"meta\"><strong>{}</strong> · {} · {}</p><p>{}</p></li>",
                esc(&c.actor),
                esc(&c.action),
                esc(&c.at),
                esc(&c.body)
            )
        })
        .collect();
    let cells: String =
        q.finding.cells.iter().map(|c| format!("<li title=\"{}\">{}</li>", esc(c), esc(&readable_cell(c)))).collect();
    let sub = q
        .submission_id
        .map(|s| format!(" on <a href=\"/countries/{iso}/submissions/{s}\">submission {s}</a>"))
        .unwrap_or_default();
    let body = format!(
        "<p class=\"crumbs\"><a href=\"/countries/{iso}/submissions\">Submissions: {name}</a></p>\
<h1>Query {id}: {rule} <span class=\"state state-{st}\">{st}</span></h1><p class=\"lead\">{name}{year}{sub}; raised by {by} at {at}.</p>\
<blockquote class=\"finding\">{msg}</blockquote><ul class=\"cells\">{cells}</ul>\
<h2>Thread</h2><ol class=\"thread\">{talk}</ol>{forms}",
        name = esc(&e.name),
        rule = esc(&q.finding.rule),
        st = q.state.as_str(),
        year = q.finding.year.map(|y| format!(" {y}")).unwrap_or_default(),
        by = esc(&q.created_by),
        at = esc(&q.created_at),
        msg = esc(&q.finding.message),
    );
    Ok(Html(html::page(&format!("Query {id}"), &p, &body)))
}

async fn move_page(
    state: AppState,
    p: Principal,
    iso3: String,
    id: i64,
    how: QueryMove,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Redirect, PageError> {
    let c: Comment = decode(&headers, &body)?;
    do_move(&state, &p, &iso3, id, how, c.comment).await?;
    Ok(Redirect::to(&format!("/countries/{}/queries/{id}", esc(&iso3))))
}

pub async fn answer_page(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> Result<Redirect, PageError> {
    move_page(s, p, c, id, QueryMove::Answer, h, b).await
}
pub async fn comment_page(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> Result<Redirect, PageError> {
    move_page(s, p, c, id, QueryMove::Comment, h, b).await
}
pub async fn resolve_page(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> Result<Redirect, PageError> {
    move_page(s, p, c, id, QueryMove::Resolve, h, b).await
}
pub async fn reopen_page(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> Result<Redirect, PageError> {
    move_page(s, p, c, id, QueryMove::Reopen, h, b).await
}

/// The research team's queue: every submission by state, and the queries not resolved.
pub async fn queue_page(State(state): State<AppState>, Extension(p): Extension<Principal>) -> PageResult {
    let (subs, queries) = with_store(&state, |s| Ok((s.submissions(None, None)?, s.data_queries(None, None)?))).await?;
    let inst = tipdata_model::Instrument::v1();
    let name = |c: &str| inst.entity(c).map(|e| e.name.clone()).unwrap_or_else(|| c.to_string());
    let mut body = String::from("<h1>Submissions to review</h1><p class=\"lead\">Every country's submissions, the ones waiting for the research team first.</p>");
    for st in [SubmissionState::Submitted, SubmissionState::UnderReview, SubmissionState::Draft, SubmissionState::Validated] {
        let rows: Vec<Vec<String>> = subs
            .iter()
            .filter(|s| s.state == st)
            .map(|s| {
                let open = queries
                    .iter()
                    .filter(|q| q.submission_id == Some(s.id) && q.state != tipdata_model::submission::QueryState::Resolved)
                    .count();
                vec![
                    format!("<a href=\"/countries/{0}/submissions/{1}\">Submission {1}</a>", esc(&s.entity), s.id),
                    esc(&name(&s.entity)),
                    s.year.to_string(),
                    s.cells.to_string(),
                    open.to_string(),
                    esc(&s.updated_at),
                ]
            })
            .collect();
        body.push_str(&format!("<h2>{} ({})</h2>", st.as_str().replace('_', " "), rows.len()));
        body.push_str(&if rows.is_empty() {
            "<p>None.</p>".to_string()
        } else {
            html::table(
                st.as_str(),
                &["Submission", "Country", "Year", "Cells", "Open queries", "Last change"].map(String::from),
                &rows,
                3,
            )
        });
    }
    Ok(Html(html::page("Submissions", &p, &body)))
}

// ---- API ----

type ApiResult = Result<Response, ApiError>;

pub async fn api_submissions(State(state): State<AppState>, Path(iso3): Path<String>) -> ApiResult {
    let c = entity_or_404(&iso3)?.id.clone();
    let subs = with_store(&state, move |s| s.submissions(Some(&c), None)).await?;
    Ok(Json(json!({ "country": iso3, "submissions": subs.iter().map(submission_json).collect::<Vec<_>>() })).into_response())
}

pub async fn api_upload(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(iso3): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult {
    let (id, cells, findings) = do_upload(&state, &p, &iso3, &headers, &body).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": id, "state": "draft", "cells": cells, "findings": findings }))).into_response())
}

pub async fn api_submission(State(state): State<AppState>, Path((iso3, id)): Path<(String, i64)>) -> ApiResult {
    let c = entity_or_404(&iso3)?.id.clone();
    let v = with_store(&state, move |s| submission_view(s, &c, id)).await?;
    let mut out = submission_json(&v.sub);
    out["cell_values"] = Value::Array(v.cells.iter().map(cell_json).collect());
    out["findings"] = json!(v.findings);
    out["queries"] = Value::Array(v.queries.iter().map(query_json).collect());
    Ok(Json(out).into_response())
}

pub async fn api_submit(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult {
    let r: Reason = if body.is_empty() { Reason { reason: String::new() } } else { decode(&headers, &body)? };
    Ok(Json(submission_json(&do_submit(&state, &p, &iso3, id, r.reason).await?)).into_response())
}

pub async fn api_decide(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult {
    let d: Decision = decode(&headers, &body)?;
    Ok(Json(submission_json(&do_decide(&state, &p, &iso3, id, d).await?)).into_response())
}

pub async fn api_raise(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((iso3, id)): Path<(String, i64)>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult {
    let r: Raise = decode(&headers, &body)?;
    let q = do_raise(&state, &p, &iso3, id, r).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": q, "state": "open" }))).into_response())
}

pub async fn api_queries(State(state): State<AppState>, Path(iso3): Path<String>) -> ApiResult {
    let c = entity_or_404(&iso3)?.id.clone();
    let qs = with_store(&state, move |s| s.data_queries(Some(&c), None)).await?;
    Ok(Json(json!({ "country": iso3, "queries": qs.iter().map(query_json).collect::<Vec<_>>() })).into_response())
}

fn thread_json(q: &DataQuery, thread: &[QueryComment]) -> Value {
    let mut out = query_json(q);
    out["thread"] = Value::Array(
        thread.iter().map(|c| json!({ "at": c.at, "actor": c.actor, "action": c.action, "body": c.body })).collect(),
    );
    out
}

pub async fn api_query(State(state): State<AppState>, Path((iso3, id)): Path<(String, i64)>) -> ApiResult {
    let c = entity_or_404(&iso3)?.id.clone();
    let (q, thread) = with_store(&state, move |s| own_query(s, &c, id)).await?;
    Ok(Json(thread_json(&q, &thread)).into_response())
}

async fn api_move(
    state: AppState,
    p: Principal,
    iso3: String,
    id: i64,
    how: QueryMove,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult {
    let c: Comment = if body.is_empty() { Comment { comment: String::new() } } else { decode(&headers, &body)? };
    do_move(&state, &p, &iso3, id, how, c.comment).await?;
    let c = entity_or_404(&iso3)?.id.clone();
    let (q, thread) = with_store(&state, move |s| own_query(s, &c, id)).await?;
    Ok(Json(thread_json(&q, &thread)).into_response())
}

pub async fn api_answer(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> ApiResult {
    api_move(s, p, c, id, QueryMove::Answer, h, b).await
}
pub async fn api_comment(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> ApiResult {
    api_move(s, p, c, id, QueryMove::Comment, h, b).await
}
pub async fn api_resolve(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> ApiResult {
    api_move(s, p, c, id, QueryMove::Resolve, h, b).await
}
pub async fn api_reopen(
    State(s): State<AppState>,
    Extension(p): Extension<Principal>,
    Path((c, id)): Path<(String, i64)>,
    h: HeaderMap,
    b: Bytes,
) -> ApiResult {
    api_move(s, p, c, id, QueryMove::Reopen, h, b).await
}

pub async fn api_queue(State(state): State<AppState>) -> ApiResult {
    let subs = with_store(&state, |s| s.submissions(None, None)).await?;
    Ok(Json(json!({ "submissions": subs.iter().map(submission_json).collect::<Vec<_>>() })).into_response())
}

#[cfg(test)]
mod tests {
    use super::readable_cell;

    #[test]
    fn finding_cells_read_as_words_not_as_internal_keys() {
        assert_eq!(
            readable_cell("BOL|Detected trafficking victims|by citizenship|Peruano|Female|0 to 17 years|2021=<5"),
            "Bolivia (Plurinational State of) 2021 · Detected trafficking victims · by citizenship: Peruano · Female, 0 to 17 years = <5"
        );
        assert_eq!(
            readable_cell("BOL|Detected trafficking victims|*|*|*|*|2021"),
            "Bolivia (Plurinational State of) 2021 · Detected trafficking victims · any breakdown · any sex and age"
        );
        assert_eq!(
            readable_cell("PER|Persons convicted|Total|Total|Total|Total|2019=12"),
            "Peru 2019 · Persons convicted · total · all sexes and ages = 12"
        );
        assert_eq!(
            readable_cell("PER|Persons convicted|by citizenship||Male|Total|2019=3"),
            "Peru 2019 · Persons convicted · by citizenship: (no category given) · Male, all ages = 3"
        );
        // A file reference (duplicate-key findings) is not a key: shown as it is.
        assert_eq!(readable_cell("data_glotip.xlsx:Sheet1!12:txtVALUE"), "data_glotip.xlsx:Sheet1!12:txtVALUE");
    }
}
