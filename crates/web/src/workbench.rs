//! The coding workbench: a case's summary with the automatic coder's proposals highlighted at
//! their evidence spans, a form to accept or correct each variable of the scheme, second-coder
//! (blind) mode, and the agreement between two coders. A coder never sees another person's
//! values here; the agreement view (analysts, admins) compares them.

use std::collections::{BTreeMap, BTreeSet};

use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Json};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use tipdata_model::case::{agreement, value_key, Case, CoderId, CodingStatus, UNODC_CODER};
use tipdata_model::coding::{check_value, CodedValue, Coding, Evidence, VarKind, SCHEME};
use tipdata_store::{NewCoding, Store, StoreError};

use crate::auth::Principal;
use crate::html::{self, esc};
use crate::pages::{csrf_field, signed_in};
use crate::{ApiError, AppState, Failure, PageError};

/// What the workbench shows one coder for one case.
struct Bench {
    case: Case,
    /// The automatic coder's values and evidence, and whose they are.
    proposal: Coding,
    proposal_from: String,
    /// This coder's current coding, if any.
    mine: Option<Coding>,
    /// Other people with a current coding of the case (their values stay hidden).
    others: usize,
}

fn person(c: &CoderId) -> bool {
    !c.is_automatic() && c.as_str() != UNODC_CODER
}

fn bench(s: &dyn Store, id: &str, me: &str) -> Result<Option<Bench>, StoreError> {
    let Some(case) = s.case(id)? else { return Ok(None) };
    let codings = s.codings_of_case(id)?;
    let current = codings.iter().filter(|r| r.status == CodingStatus::Current);
    // The newest stored automatic coding; without one, the coder runs now (same rules).
    let stored = current.clone().filter(|r| r.coder.is_automatic()).max_by(|a, b| a.at.cmp(&b.at));
    let (proposal, proposal_from) = match stored {
        Some(r) => (r.coding.clone(), format!("{} (stored {})", r.coder, r.at)),
        None => (tipdata_coder::code(&case.summary), format!("{} (run now)", tipdata_coder::coder_id())),
    };
    let mine = current.clone().find(|r| r.coder.as_str() == me).map(|r| r.coding.clone());
    let others: BTreeSet<&str> =
        current.filter(|r| person(&r.coder) && r.coder.as_str() != me).map(|r| r.coder.as_str()).collect();
    Ok(Some(Bench { case, proposal, proposal_from, mine, others: others.len() }))
}

/// The coder id of a signed-in person: their user name. Names that would pass for the
/// automatic coder or a source's own coding are refused.
fn coder_of(p: &Principal) -> Result<CoderId, Failure> {
    let name = &signed_in(p)?.username;
    let id = CoderId::parse(name).map_err(|m| Failure::bad_request("bad_coder", m))?;
    if !person(&id) {
        return Err(Failure::new(
            StatusCode::FORBIDDEN,
            "reserved_coder",
            format!("'{name}' is reserved for automatic or source codings; code as a person"),
        ));
    }
    Ok(id)
}

/// Checks submitted values against the scheme; evidence from the proposal is kept where it
/// supports the value saved (an accepted proposal keeps its spans).
fn coding_from(values: &Map<String, Value>, proposal: &Coding) -> Result<Coding, Failure> {
    let mut coding = Coding::default();
    for (name, v) in values {
        let var = SCHEME.iter().find(|x| x.name == name).ok_or_else(|| {
            Failure::bad_request("unknown_variable", format!("'{name}' is not a variable of the coding scheme"))
        })?;
        let value =
            check_value(var, v, &tipdata_coder::is_country).map_err(|e| Failure::bad_request("bad_value", e.to_string()))?;
        coding.values.insert(name.clone(), value);
    }
    if coding.values.is_empty() {
        return Err(Failure::bad_request("empty_coding", "a coding needs at least one variable"));
    }
    coding.evidence = proposal
        .evidence
        .iter()
        .filter(|e| match coding.values.get(&e.variable) {
            Some(CodedValue::Labels(l)) => l.contains(&e.value),
            Some(v) => value_key(v) == e.value,
            None => false,
        })
        .cloned()
        .collect();
    Ok(coding)
}

async fn save(state: &AppState, p: &Principal, case_id: String, values: Map<String, Value>) -> Result<bool, Failure> {
    let coder = coder_of(p)?;
    let me = coder.as_str().to_string();
    let found = state
        .store(move |s| {
            let Some(b) = bench(s, &case_id, &me)? else { return Ok(Err(Failure::not_found(format!("no case '{case_id}'")))) };
            let coding = match coding_from(&values, &b.proposal) {
                Ok(c) => c,
                Err(f) => return Ok(Err(f)),
            };
            let out = s.add_codings(&me, &[NewCoding { case_id, coder, coding }])?;
            Ok(Ok(out.added > 0))
        })
        .await?;
    found
}

/// A form's fields as the scheme's JSON values: sets from repeated checkboxes (none ticked is
/// the empty set), counts as numbers or `unknown`, names and countries comma-separated.
fn form_values(body: &[u8]) -> Result<Map<String, Value>, Failure> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(body)
        .map_err(|e| Failure::bad_request("bad_form", format!("the form does not parse: {e}")))?;
    let get = |k: &str| pairs.iter().filter(|(n, _)| n == k).map(|(_, v)| v.trim().to_string()).collect::<Vec<_>>();
    let mut out = Map::new();
    for var in SCHEME {
        let given = get(var.name);
        let v = match var.kind {
            VarKind::Choice(_) => match given.first() {
                Some(s) => json!(s),
                None => return Err(Failure::bad_request("bad_value", format!("{}: choose a value", var.name))),
            },
            VarKind::Set(_) => json!(given.iter().filter(|s| !s.is_empty()).collect::<Vec<_>>()),
            VarKind::Count => match given.first().map(String::as_str) {
                None | Some("") | Some("unknown") => json!("unknown"),
                Some(n) => json!(n.parse::<u64>().map_err(|_| Failure::bad_request(
                    "bad_value",
                    format!("{}: '{n}' is not a whole number (or write unknown)", var.name)
                ))?),
            },
            VarKind::Names | VarKind::Countries => {
                let text = given.first().cloned().unwrap_or_default();
                let items: Vec<String> = text
                    .split([',', ';', '\n'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(|s| if var.kind == VarKind::Countries { s.to_uppercase() } else { s.to_string() })
                    .collect();
                json!(items)
            }
        };
        out.insert(var.name.to_string(), v);
    }
    Ok(out)
}

/// The summary with every evidence span marked; overlapping spans share a mark that names all.
fn highlighted(summary: &str, evidence: &[Evidence]) -> String {
    let chars: Vec<char> = summary.chars().collect();
    let mut cuts: BTreeSet<usize> = [0, chars.len()].into();
    for e in evidence.iter().filter(|e| e.start < e.end && e.end <= chars.len()) {
        cuts.insert(e.start);
        cuts.insert(e.end);
    }
    let cuts: Vec<usize> = cuts.into_iter().collect();
    let mut out = String::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let text: String = chars[a..b].iter().collect();
        let covering: Vec<&Evidence> = evidence.iter().filter(|e| e.start <= a && b <= e.end && e.start < e.end).collect();
        if covering.is_empty() {
            out.push_str(&esc(&text));
        } else {
            let vars: BTreeSet<&str> = covering.iter().map(|e| e.variable.as_str()).collect();
            let title: Vec<String> = covering.iter().map(|e| format!("{} = {}", e.variable, e.value)).collect();
            let classes: Vec<String> = vars.iter().map(|v| format!("v-{v}")).collect();
            out.push_str(&format!(
                "<mark class=\"ev {}\" title=\"{}\">{}</mark>",
                classes.join(" "),
                esc(&title.join("; ")),
                esc(&text)
            ));
        }
    }
    out
}

fn shown(v: &CodedValue) -> String {
    match v {
        CodedValue::Labels(l) if l.is_empty() => "(none)".into(),
        CodedValue::Labels(l) => l.join(", "),
        other => value_key(other),
    }
}

fn field(var: &tipdata_model::coding::Variable, value: Option<&CodedValue>) -> String {
    let n = var.name;
    match var.kind {
        VarKind::Choice(labels) => {
            let cur = value.map(value_key);
            let opts: String = labels
                .iter()
                .map(|l| format!("<option{}>{l}</option>", if cur.as_deref() == Some(*l) { " selected" } else { "" }))
                .collect();
            let blank = if cur.is_none() { "<option value=\"\" selected disabled>choose</option>" } else { "" };
            format!("<select name=\"{n}\" id=\"f-{n}\" required>{blank}{opts}</select>")
        }
        VarKind::Set(labels) => {
            let cur: Vec<String> = value.map(|v| v.labels().to_vec()).unwrap_or_default();
            labels
                .iter()
                .map(|l| {
                    format!(
                        "<label class=\"check\"><input type=\"checkbox\" name=\"{n}\" value=\"{l}\"{}> {}</label>",
                        if cur.iter().any(|c| c == l) { " checked" } else { "" },
                        l.replace('_', " ")
                    )
                })
                .collect()
        }
        VarKind::Count => {
            let cur = value.map(value_key).unwrap_or_default();
            format!(
                "<input name=\"{n}\" id=\"f-{n}\" value=\"{}\" placeholder=\"a number, or unknown\" class=\"short\">",
                esc(&cur)
            )
        }
        VarKind::Names | VarKind::Countries => {
            let cur = value.map(|v| v.labels().join(", ")).unwrap_or_default();
            let hint =
                if var.kind == VarKind::Countries { "ISO3 codes, comma-separated (USA, MEX)" } else { "names, comma-separated" };
            format!("<input name=\"{n}\" id=\"f-{n}\" value=\"{}\" placeholder=\"{hint}\">", esc(&cur))
        }
    }
}

#[derive(Deserialize)]
pub struct ModeParam {
    mode: Option<String>,
    saved: Option<String>,
}

type PageResult = Result<Html<String>, PageError>;

pub async fn cases_page(State(state): State<AppState>, Extension(p): Extension<Principal>) -> PageResult {
    let me = signed_in(&p)?.username.clone();
    let items = state.store(|s| s.cases()).await?;
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|i| {
            let people = i.coders.iter().filter(|c| !c.starts_with("auto-") && c.as_str() != UNODC_CODER).count();
            let done = i.coders.contains(&me);
            vec![
                format!("<a href=\"/cases/{}\">{}</a>", html::path_encode(&i.case.id), esc(&i.case.id)),
                esc(i.case.country.as_deref().unwrap_or("")),
                i.case.year.map(|y| y.to_string()).unwrap_or_default(),
                esc(i.case.name.as_deref().unwrap_or("")),
                if done { "coded by you".into() } else { String::new() },
                people.to_string(),
            ]
        })
        .collect();
    let todo = rows.iter().filter(|r| r[4].is_empty()).count();
    let body = format!(
        "<h1>Coding workbench</h1><p class=\"lead\">{} cases, {todo} not coded by you yet. Open a case to see its summary with the automatic coder's proposals marked, \
then accept or correct each variable (<a href=\"/cases/agreement\">agreement between coders</a> for the research team).</p>{}",
        items.len(),
        if rows.is_empty() { "<p>No cases are stored yet (<code>tipdata import cases</code>).</p>".to_string() } else { html::table("Cases", &["Case", "Country", "Year", "Name", "You", "People who coded it"].map(String::from), &rows, 5) }
    );
    Ok(Html(html::page("Coding workbench", &p, &body)))
}

pub async fn case_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<String>,
    Query(m): Query<ModeParam>,
) -> PageResult {
    let me = signed_in(&p)?.username.clone();
    let cid = id.clone();
    let b = state.store(move |s| bench(s, &cid, &me)).await?.ok_or_else(|| Failure::not_found(format!("no case '{id}'")))?;
    // Second-coder mode: no proposals and nothing prefilled, so two codings are independent.
    // It is the default once another person has coded the case and this coder has not.
    let blind = match m.mode.as_deref() {
        Some("second") => true,
        Some("first") => false,
        _ => b.others > 0 && b.mine.is_none(),
    };
    let c = &b.case;
    let enc = html::path_encode(&c.id);
    let summary = if blind { esc(&c.summary) } else { highlighted(&c.summary, &b.proposal.evidence) };
    let mode_note = if blind {
        format!(
            "<p class=\"notice\"><strong>Second-coder mode.</strong> {} The automatic proposals are hidden and nothing is prefilled, so your coding is independent. <a href=\"/cases/{enc}?mode=first\">Show the proposals</a></p>",
            if b.others > 0 { format!("{} other {} coded this case; their values are hidden.", b.others, if b.others == 1 { "person has" } else { "people have" }) } else { String::new() }
        )
    } else {
        format!(
            "<p class=\"notice\">Proposals of the automatic coder {} are prefilled and their evidence is <mark class=\"ev\">marked</mark> in the summary (hover a mark for the variable). {} <a href=\"/cases/{enc}?mode=second\">Code blind (second-coder mode)</a></p>",
            esc(&b.proposal_from),
            if b.others > 0 { format!("{} other {} coded this case; their values are hidden.", b.others, if b.others == 1 { "person has" } else { "people have" }) } else { String::new() }
        )
    };
    let saved = if m.saved.is_some() { "<p class=\"notice ok\" role=\"status\">Your coding is saved.</p>" } else { "" };
    let mut rows = String::new();
    for var in SCHEME {
        let proposed = b.proposal.get(var.name);
        let value = b.mine.as_ref().and_then(|m| m.get(var.name)).or(if blind { None } else { proposed });
        let ev: Vec<String> = if blind {
            Vec::new()
        } else {
            b.proposal.evidence.iter().filter(|e| e.variable == var.name).map(|e| format!("<q>{}</q>", esc(&e.text))).collect()
        };
        let prop = match (blind, proposed) {
            (false, Some(v)) => format!("<span class=\"proposal\">proposed: <strong>{}</strong></span>", esc(&shown(v))),
            _ => String::new(),
        };
        rows.push_str(&format!(
            "<tr id=\"var-{n}\"><th scope=\"row\"><label for=\"f-{n}\">{label}</label><small>{section}</small></th><td>{f}</td><td>{prop}{ev}</td></tr>",
            n = var.name,
            label = var.name.replace('_', " "),
            section = if var.section == 'A' { "technology" } else { "case" },
            f = field(var, value),
            ev = if ev.is_empty() { String::new() } else { format!("<div class=\"evidence\">{}</div>", ev.join(" ")) },
        ));
    }
    let meta: Vec<String> = [c.country.clone(), c.year.map(|y| y.to_string()), c.court.clone(), Some(c.source.clone())]
        .into_iter()
        .flatten()
        .map(|s| esc(&s))
        .collect();
    let link = c.link.as_deref().map(|l| format!(" · <a href=\"{}\" rel=\"noreferrer\">source</a>", esc(l))).unwrap_or_default();
    let body = format!(
        "<p class=\"crumbs\"><a href=\"/cases\">Coding workbench</a></p><h1>Case {id}{name}</h1><p class=\"lead\">{meta}{link}</p>{saved}{mode_note}\
<div class=\"summary\">{summary}</div>\
<form method=\"post\" action=\"/cases/{enc}/coding\" class=\"coding\">{csrf}<table class=\"coding-form\"><thead><tr><th>Variable</th><th>Your value</th><th>Automatic coder</th></tr></thead><tbody>{rows}</tbody></table>\
<button type=\"submit\">Save my coding</button> <small>Saved as coder <strong>{me}</strong>{again}.</small></form>",
        id = esc(&c.id),
        name = c.name.as_deref().map(|n| format!(": {}", esc(n))).unwrap_or_default(),
        meta = meta.join(" · "),
        csrf = csrf_field(&p),
        me = esc(&signed_in(&p)?.username),
        again = if b.mine.is_some() { "; your earlier coding is kept as superseded" } else { "" },
    );
    Ok(Html(html::page(&format!("Case {}", c.id), &p, &body)))
}

pub async fn save_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Redirect, PageError> {
    let values = form_values(&body)?;
    save(&state, &p, id.clone(), values).await?;
    Ok(Redirect::to(&format!("/cases/{}?saved=1", html::path_encode(&id))))
}

#[derive(Deserialize)]
pub struct Pair {
    a: Option<String>,
    b: Option<String>,
    format: Option<String>,
}

/// Coders with current codings, people first, then the automatic and source codings.
fn coder_names(items: &[tipdata_store::CaseListItem]) -> Vec<String> {
    let mut all: BTreeSet<String> = BTreeSet::new();
    for i in items {
        all.extend(i.coders.iter().cloned());
    }
    let (mut people, other): (Vec<String>, Vec<String>) =
        all.into_iter().partition(|c| CoderId::parse(c).map(|c| person(&c)).unwrap_or(false));
    people.extend(other);
    people
}

async fn agreement_of(
    state: &AppState,
    pair: &Pair,
) -> Result<(Vec<String>, Option<(String, String, tipdata_model::case::AgreementReport)>), Failure> {
    let (a, b) = (pair.a.clone().filter(|s| !s.is_empty()), pair.b.clone().filter(|s| !s.is_empty()));
    let ids = match (&a, &b) {
        (Some(a), Some(b)) => Some((
            CoderId::parse(a).map_err(|m| Failure::bad_request("bad_coder", m))?,
            CoderId::parse(b).map_err(|m| Failure::bad_request("bad_coder", m))?,
        )),
        (None, None) => None,
        _ => return Err(Failure::bad_request("bad_pair", "name two coders, a and b")),
    };
    state
        .store(move |s| {
            let names = coder_names(&s.cases()?);
            let Some((a, b)) = ids else { return Ok((names, None)) };
            let report = agreement(&s.current_codings(&a)?, &s.current_codings(&b)?, None);
            Ok((names, Some((a.to_string(), b.to_string(), report))))
        })
        .await
}

fn kappa_cell(k: Option<f64>) -> String {
    k.map(|k| format!("{k:.2}")).unwrap_or_else(|| "–".into())
}

pub async fn agreement_page(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(pair): Query<Pair>,
) -> PageResult {
    let (names, report) = agreement_of(&state, &pair).await?;
    let opts = |sel: Option<&str>| -> String {
        names
            .iter()
            .map(|n| format!("<option{}>{}</option>", if sel == Some(n.as_str()) { " selected" } else { "" }, esc(n)))
            .collect()
    };
    let mut body = format!(
        "<p class=\"crumbs\"><a href=\"/cases\">Coding workbench</a></p><h1>Agreement between coders</h1>\
<p class=\"lead\">Cohen's kappa per variable over the cases both coders coded (a set variable also per label: present or absent).</p>\
<form method=\"get\" action=\"/cases/agreement\" class=\"inline-form\"><label>Coder A <select name=\"a\">{}</select></label> <label>Coder B <select name=\"b\">{}</select></label> <button type=\"submit\">Compare</button></form>",
        opts(pair.a.as_deref()),
        opts(pair.b.as_deref().or(names.get(1).map(String::as_str)))
    );
    if let Some((a, b, r)) = report {
        let rows: Vec<Vec<String>> = r
            .rows
            .iter()
            .map(|row| {
                vec![
                    match &row.label {
                        None => format!("<strong>{}</strong>", esc(&row.variable)),
                        Some(l) => format!("&nbsp;&nbsp;{} = {}", esc(&row.variable), esc(l)),
                    },
                    row.result.n.to_string(),
                    row.result.agree.to_string(),
                    row.result.percent.map(|p| format!("{p:.0}%")).unwrap_or_else(|| "–".into()),
                    kappa_cell(row.result.kappa),
                    esc(row.result.note.unwrap_or("")),
                ]
            })
            .collect();
        let dis: Vec<Vec<String>> = r
            .disagreements
            .iter()
            .map(|d| {
                vec![
                    format!("<a href=\"/cases/{}\">{}</a>", html::path_encode(&d.case_id), esc(&d.case_id)),
                    esc(&d.variable),
                    esc(&d.a),
                    esc(&d.b),
                ]
            })
            .collect();
        body.push_str(&format!(
            "<h2>{} and {}</h2>{}<p class=\"links\"><a href=\"/api/agreement?a={}&amp;b={}&amp;format=csv\" download>Download CSV</a></p><h2>Disagreements ({})</h2>{}",
            esc(&a),
            esc(&b),
            html::table("Agreement", &["Variable", "n (cases)", "Agree", "Percent", "Kappa", "Note"].map(String::from), &rows, 1),
            html::url_encode(&a),
            html::url_encode(&b),
            dis.len(),
            if dis.is_empty() { "<p>None.</p>".into() } else { html::table("Disagreements", &["Case", "Variable", &a, &b].map(String::from), &dis, 9) }
        ));
    }
    Ok(Html(html::page("Agreement", &p, &body)))
}

// ---- API ----

type ApiResult = Result<Response, ApiError>;

pub async fn api_cases(State(state): State<AppState>, Extension(p): Extension<Principal>) -> ApiResult {
    let me = signed_in(&p)?.username.clone();
    let items = state.store(|s| s.cases()).await?;
    let list: Vec<Value> = items
        .iter()
        .map(|i| json!({ "id": i.case.id, "country": i.case.country, "year": i.case.year, "name": i.case.name, "coded_by_you": i.coders.contains(&me) }))
        .collect();
    Ok(Json(Value::Array(list)).into_response())
}

pub async fn api_case(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<String>,
    Query(m): Query<ModeParam>,
) -> ApiResult {
    let me = signed_in(&p)?.username.clone();
    let cid = id.clone();
    let b = state.store(move |s| bench(s, &cid, &me)).await?.ok_or_else(|| Failure::not_found(format!("no case '{id}'")))?;
    let blind = m.mode.as_deref() == Some("second");
    let c = &b.case;
    let coding_json = |k: &Coding| json!({ "values": k.values.iter().map(|(n, v)| (n.clone(), v.to_json())).collect::<Map<_, _>>(), "evidence": k.evidence });
    Ok(Json(json!({
        "id": c.id, "country": c.country, "year": c.year, "court": c.court, "name": c.name, "link": c.link, "summary": c.summary,
        "proposal": if blind { Value::Null } else { json!({ "coder": b.proposal_from, "coding": coding_json(&b.proposal) }) },
        "yours": b.mine.as_ref().map(coding_json),
        "other_people": b.others,
    }))
    .into_response())
}

#[derive(Deserialize)]
pub struct CodingBody {
    values: Map<String, Value>,
}

pub async fn api_save(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> ApiResult {
    let json_body =
        headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|c| c.starts_with("application/json"));
    let values = if json_body {
        serde_json::from_slice::<CodingBody>(&body)
            .map_err(|e| Failure::bad_request("bad_body", format!("expected {{\"values\": {{variable: value}}}}: {e}")))?
            .values
    } else {
        form_values(&body)?
    };
    let added = save(&state, &p, id.clone(), values).await?;
    Ok((
        if added { StatusCode::CREATED } else { StatusCode::OK },
        Json(json!({ "case": id, "coder": signed_in(&p)?.username, "changed": added })),
    )
        .into_response())
}

pub async fn api_agreement(State(state): State<AppState>, Query(pair): Query<Pair>) -> ApiResult {
    let (coders, report) = agreement_of(&state, &pair).await?;
    let Some((a, b, r)) = report else {
        return Ok(Json(json!({ "coders": coders })).into_response());
    };
    if pair.format.as_deref() == Some("csv") {
        let mut w = csv::Writer::from_writer(Vec::new());
        let opt = |x: Option<f64>| x.map(|v| format!("{v:.4}")).unwrap_or_default();
        // Writing to memory cannot fail.
        w.write_record(["variable", "label", "n", "agree", "percent", "kappa", "note"]).expect("csv to memory");
        for row in &r.rows {
            let res = &row.result;
            w.write_record([
                row.variable.as_str(),
                row.label.as_deref().unwrap_or(""),
                &res.n.to_string(),
                &res.agree.to_string(),
                &opt(res.percent),
                &opt(res.kappa),
                res.note.unwrap_or(""),
            ])
            .expect("csv to memory");
        }
        let bytes = w.into_inner().expect("csv to memory");
        return Ok(([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], bytes).into_response());
    }
    let rows: Vec<Value> = r
        .rows
        .iter()
        .map(|row| json!({ "variable": row.variable, "label": row.label, "n": row.result.n, "agree": row.result.agree, "percent": row.result.percent, "kappa": row.result.kappa, "note": row.result.note }))
        .collect();
    let by_var: BTreeMap<&str, usize> = r.disagreements.iter().fold(BTreeMap::new(), |mut m, d| {
        *m.entry(d.variable.as_str()).or_default() += 1;
        m
    });
    Ok(Json(json!({ "a": a, "b": b, "coders": coders, "rows": rows, "disagreements": r.disagreements.iter().map(|d| json!({ "case": d.case_id, "variable": d.variable, "a": d.a, "b": d.b })).collect::<Vec<_>>(), "disagreements_by_variable": by_var })).into_response())
}
