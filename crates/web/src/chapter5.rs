//! The chapter 5 pages (public): the six figures over the coded court cases from
//! `tipdata_analysis::chapter5`, each chart with its tables, its `n` and CSV downloads, and
//! the same figures as JSON. Computed from the store on each request (a few hundred cases).

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::{json, Value};
use tipdata_analysis::chapter5::{self, DataVersion, Figure};

use crate::auth::Principal;
use crate::html::{self, esc, thousands};
use crate::{ApiError, AppState, Failure, PageError};

/// What applies to these figures, said on the page and in the JSON.
pub const RULE: &str =
    "These figures count published court decisions (UNODC case law database), not persons reported by countries: \
the rule that withholds country totals under 5 applies to the country statistics, not to counts of public judgments. \
Each figure states how many cases are behind it and how many rest on values checked by people.";

async fn computed(state: &AppState) -> Result<(Vec<Figure>, DataVersion), Failure> {
    state
        .store(|s| {
            let (cases, version) = chapter5::load(s, &chapter5::utc_now())?;
            let figs = if cases.is_empty() { Vec::new() } else { chapter5::figures(&cases) };
            Ok((figs, version))
        })
        .await
}

fn version_text(v: &DataVersion) -> String {
    format!(
        "{} cases stored; {} used: {} with final values, {} with only an automatic coding ({}); {} not coded and left out.",
        thousands(v.cases_stored as u64),
        thousands((v.cases_final + v.cases_automatic) as u64),
        thousands(v.cases_final as u64),
        thousands(v.cases_automatic as u64),
        if v.automatic_coders.is_empty() { "none".to_string() } else { v.automatic_coders.join(", ") },
        thousands(v.cases_not_coded as u64),
    )
}

fn file_link(name: &str) -> String {
    format!("<a href=\"/chapter5/files/{0}\" download>{0}</a>", html::path_encode(name))
}

pub async fn page(State(state): State<AppState>, Extension(p): Extension<Principal>) -> Result<Html<String>, PageError> {
    let (figs, v) = computed(&state).await?;
    let mut body = format!(
        "<h1>Chapter 5: trafficking in persons and the internet</h1>\
<p class=\"lead\">Six figures over the court cases coded with the case-coding scheme (v1). A case contributes its final values (agreed by people) where it has them, \
otherwise its newest automatic coding, which no person has checked.</p><p class=\"notice\">{}</p><p class=\"links\">Data version: {}</p>",
        esc(RULE),
        esc(&version_text(&v))
    );
    if figs.is_empty() {
        body.push_str("<p class=\"empty\">No coded case yet: import cases and code them (<code>tipdata cases code</code>, or the coding workbench).</p>");
        return Ok(Html(html::page("Chapter 5", &p, &body)));
    }
    body.push_str("<ol class=\"toc\">");
    for f in &figs {
        body.push_str(&format!("<li><a href=\"#{}\">{}</a></li>", esc(&f.key), esc(&f.title)));
    }
    body.push_str("</ol>");
    for (i, f) in figs.iter().enumerate() {
        body.push_str(&format!(
            "<section class=\"figure\" id=\"{}\"><h2>Figure {}. {}</h2><p class=\"note\">{}</p><p class=\"n\"><em>n</em> = {} cases ({} on final values, {} on automatic codings only)</p>",
            esc(&f.key),
            i + 1,
            esc(&f.title),
            esc(&f.definition),
            thousands(f.basis.n as u64),
            thousands(f.basis.n_final as u64),
            thousands(f.basis.n_automatic as u64)
        ));
        for n in &f.notes {
            body.push_str(&format!("<p class=\"note warn\">{}</p>", esc(n)));
        }
        // The SVG comes from `tipdata_analysis::svg`, which escapes every text it draws.
        for (_, svg) in &f.charts {
            body.push_str(svg);
        }
        for (name, t) in &f.tables {
            let rows: Vec<Vec<String>> = t.rows.iter().map(|r| r.iter().map(|c| esc(c)).collect()).collect();
            body.push_str(&format!(
                "<details><summary>Table {}</summary>{}</details>",
                esc(name),
                html::table(name, &t.header, &rows, 1)
            ));
        }
        let links: Vec<String> =
            f.tables.iter().map(|(n, _)| n).chain(f.files.iter().map(|(n, _)| n)).map(|n| file_link(n)).collect();
        body.push_str(&format!("<p class=\"links\">Download: {}</p></section>", links.join(" · ")));
    }
    Ok(Html(html::page("Chapter 5", &p, &body)))
}

/// One table (CSV) or graph export of a figure, by its file name.
pub async fn file(State(state): State<AppState>, Path(name): Path<String>) -> Result<Response, PageError> {
    let (figs, _) = computed(&state).await?;
    let found = figs.iter().find_map(|f| {
        f.tables
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.to_csv())
            .or_else(|| f.files.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone()))
    });
    let content = found.ok_or_else(|| Failure::not_found(format!("no chapter 5 file '{name}'")))?;
    let ct = match name.rsplit('.').next() {
        Some("csv") => "text/csv; charset=utf-8",
        Some("json") => "application/json",
        Some("graphml") => "application/xml",
        _ => "text/plain; charset=utf-8",
    };
    let disposition = format!("attachment; filename=\"{}\"", name.replace(['"', '\\'], ""));
    Ok(([(header::CONTENT_TYPE, ct.to_string()), (header::CONTENT_DISPOSITION, disposition)], content).into_response())
}

pub async fn api(State(state): State<AppState>) -> Result<Response, ApiError> {
    let (figs, v) = computed(&state).await?;
    let figures: Vec<Value> = figs
        .iter()
        .map(|f| {
            json!({
                "key": f.key, "title": f.title, "definition": f.definition, "n": f.basis.n, "n_final": f.basis.n_final, "n_automatic": f.basis.n_automatic, "notes": f.notes,
                "tables": f.tables.iter().map(|(n, t)| json!({ "name": n, "header": t.header, "rows": t.rows, "csv": format!("/chapter5/files/{n}") })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(Json(json!({
        "rule": RULE,
        "version": { "cases_stored": v.cases_stored, "cases_not_coded": v.cases_not_coded, "cases_final": v.cases_final, "cases_automatic": v.cases_automatic, "automatic_coders": v.automatic_coders, "date": v.date },
        "figures": figures,
    }))
    .into_response())
}
