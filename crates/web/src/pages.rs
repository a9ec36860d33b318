//! The pages: the public dashboard and country pages, a country's review page for the people
//! who answer for it, the account page (API tokens) and user administration.

use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use tipdata_model::{EntityKind, Instrument, QueryKey};
use tipdata_store::{NewUser, Role};

use crate::auth::Principal;
use crate::data::{self, Chart, Kind, VICTIMS};
use crate::html::{self, esc, thousands};
use crate::publication::PublicRow;
use crate::{AppState, Failure, PageError};

type PageResult = Result<Html<String>, PageError>;

const TOTAL: [(QueryKey, &str); 4] =
    [(QueryKey::Dimension, "Total"), (QueryKey::Category, "Total"), (QueryKey::Sex, "Total"), (QueryKey::Age, "Total")];
const REGIONS: [&str; 5] = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

#[derive(Deserialize)]
pub struct YearParam {
    year: Option<String>,
}

/// The latest year that at least two thirds as many countries reported as in the best year:
/// recent, but not a year only a few countries have reported yet.
fn default_year(by_region_year: &[PublicRow]) -> Option<String> {
    let mut per_year: std::collections::BTreeMap<i64, u64> = Default::default();
    for r in by_region_year {
        if let Some(y) = r.keys.last().and_then(|y| y.parse::<i64>().ok()) {
            *per_year.entry(y).or_default() += r.cells;
        }
    }
    let best = per_year.values().copied().max()?;
    per_year.iter().rev().find(|(_, n)| **n * 3 >= best * 2).map(|(y, _)| y.to_string())
}

/// A public page when there is no release: how to make one, and no figure.
fn no_release_page(title: &str, heading: &str, p: &Principal) -> PageResult {
    Ok(Html(html::page(title, p, &format!("<h1>{}</h1>{}", esc(heading), data::no_release()))))
}

pub async fn dashboard(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Query(yp): Query<YearParam>,
) -> PageResult {
    let Some(d) = state.public().await? else {
        return no_release_page("Dashboard", "Trafficking in persons: detected victims", &p);
    };
    let mut region = Chart::new(
        "by-region",
        "Detected victims by region and year",
        Kind::Line,
        data::victims(&TOTAL, &[QueryKey::Region, QueryKey::Year]),
    );
    region.note = "Totals of the countries that reported each year: a rise can mean more countries reporting (n) as much as more victims detected.".into();
    region.series_order = REGIONS.map(String::from).to_vec();
    let region_rows = d.query(&region.query);
    let years: Vec<String> = {
        let mut y: Vec<String> = region_rows.iter().filter_map(|r| r.keys.last().cloned()).collect();
        y.sort();
        y.dedup();
        y
    };
    let year = match yp.year.filter(|y| !y.is_empty()) {
        Some(y) => {
            if y.parse::<i32>().is_err() {
                return Err(Failure::bad_request("bad_year", format!("'{y}' is not a year")).into());
            }
            y
        }
        None => default_year(&region_rows).unwrap_or_else(|| "2020".into()),
    };
    let sex_age_q = data::victims(
        &[
            (QueryKey::Dimension, "Total"),
            (QueryKey::Category, "Total"),
            (QueryKey::Year, &year),
            (QueryKey::Sex, "Female"),
            (QueryKey::Sex, "Male"),
            (QueryKey::Age, "0 to 17 years"),
            (QueryKey::Age, "18 years or over"),
        ],
        &[QueryKey::Sex, QueryKey::Age],
    );
    let mut sex_age = Chart::new("by-sex-age", format!("Detected victims by sex and age, {year}"), Kind::Bar, sex_age_q);
    sex_age.x_label = "Age".into();
    sex_age.note =
        "From the countries that reported victims by sex and age that year; they are fewer than those reporting totals.".into();
    let mut forms = Chart::new(
        "by-form",
        "Detected victims by form of exploitation and year",
        Kind::Line,
        data::victims(
            &[(QueryKey::Dimension, "by form of exploitation"), (QueryKey::Sex, "Total"), (QueryKey::Age, "Total")],
            &[QueryKey::Category, QueryKey::Year],
        ),
    );
    forms.series_order = ["Sexual exploitation", "Forced labour", "Other forms of exploitation"].map(String::from).to_vec();
    let mut convicted_q = data::victims(&TOTAL, &[QueryKey::Region, QueryKey::Year]);
    convicted_q.filters[0].values = vec!["Persons convicted".into()];
    let mut convicted =
        Chart::new("convicted-by-region", "Persons convicted of trafficking by region and year", Kind::Line, convicted_q);
    convicted.y_label = "Persons convicted".into();
    convicted.series_order = region.series_order.clone();

    let sex_age_rows = d.query(&sex_age.query);
    let form_rows = d.query(&forms.query);
    let convicted_rows = d.query(&convicted.query);

    let options: String =
        years.iter().rev().map(|y| format!("<option{}>{}</option>", if *y == year { " selected" } else { "" }, esc(y))).collect();
    let body = format!(
        "<h1>Trafficking in persons: detected victims</h1>\
<p class=\"lead\">Victims of trafficking detected by national authorities, as reported to UNODC for the Global Report on Trafficking in Persons. \
Each chart has its table (open <em>Table</em>), the number of countries behind each figure (<em>n</em>) and a CSV download.</p>\
{notice}\
{r}\
<form method=\"get\" action=\"/\" class=\"inline-form\"><label>Year of the sex and age breakdown <select name=\"year\">{options}</select></label> <button type=\"submit\">Show</button></form>\
{s}{f}{c}",
        notice = data::release_notice(&d),
        r = data::render(&region, &region_rows),
        s = data::render(&sex_age, &sex_age_rows),
        f = data::render(&forms, &form_rows),
        c = data::render(&convicted, &convicted_rows),
    );
    Ok(Html(html::page("Dashboard", &p, &body)))
}

pub async fn countries(State(state): State<AppState>, Extension(p): Extension<Principal>) -> PageResult {
    let Some(d) = state.public().await? else {
        return no_release_page("Countries", "Countries and territories", &p);
    };
    let rows = d.query(&data::victims(&TOTAL, &[QueryKey::Country]));
    let inst = Instrument::v1();
    let mut by_region: std::collections::BTreeMap<&str, Vec<(&str, String)>> = Default::default();
    for r in rows.iter() {
        let Some(e) = r.keys.first().and_then(|id| inst.entity(id)) else { continue };
        // Years with a published total (a hidden one is a year reported, not shown).
        let n = r.cells + r.hidden;
        let years = if n == 1 { "1 year".to_string() } else { format!("{n} years") };
        by_region.entry(e.region.as_str()).or_default().push((
            e.name.as_str(),
            format!("<li><a href=\"/countries/{id}\">{}</a> <small>{years}</small></li>", esc(&e.name), id = esc(&e.id)),
        ));
    }
    let mut body = format!(
        "<h1>Countries and territories</h1><p class=\"lead\">{} reported detected victims at least once; the years are those with a reported total.</p>{}",
        rows.len(),
        data::release_notice(&d)
    );
    for (region, items) in by_region.iter_mut() {
        // By name, as a reader looks for them (the query sorts by code).
        items.sort_by(|a, b| a.0.cmp(b.0));
        let list: String = items.iter().map(|(_, li)| li.as_str()).collect();
        body.push_str(&format!("<h2>{}</h2><ul class=\"columns\">{list}</ul>", esc(region)));
    }
    Ok(Html(html::page("Countries", &p, &body)))
}

pub(crate) fn entity_or_404(iso3: &str) -> Result<&'static tipdata_model::Entity, Failure> {
    Instrument::v1().entity(iso3).ok_or_else(|| Failure::not_found(format!("no country or territory with the code '{iso3}'")))
}

pub async fn country(State(state): State<AppState>, Extension(p): Extension<Principal>, Path(iso3): Path<String>) -> PageResult {
    let e = entity_or_404(&iso3)?;
    let Some(d) = state.public().await? else {
        return no_release_page(&e.name, &e.name, &p);
    };
    let c: &str = &e.id;
    let mut ind_q = data::victims(
        &[
            (QueryKey::Country, c),
            (QueryKey::Dimension, "Total"),
            (QueryKey::Category, "Total"),
            (QueryKey::Sex, "Total"),
            (QueryKey::Age, "Total"),
        ],
        &[QueryKey::Indicator, QueryKey::Year],
    );
    ind_q.filters[0].values = vec![
        VICTIMS.into(),
        "Persons brought into formal contact".into(),
        "Persons prosecuted".into(),
        "Persons convicted".into(),
    ];
    let mut indicators = Chart::new(
        "indicators",
        format!("{}: victims detected and persons in the criminal justice system", e.name),
        Kind::Line,
        ind_q,
    );
    indicators.y_label = "Persons".into();
    indicators.series_order = vec![
        VICTIMS.into(),
        "Persons brought into formal contact".into(),
        "Persons prosecuted".into(),
        "Persons convicted".into(),
    ];
    let mut sex_age = Chart::new(
        "by-sex-age",
        format!("{}: detected victims by sex and age", e.name),
        Kind::Line,
        data::victims(
            &[
                (QueryKey::Country, c),
                (QueryKey::Dimension, "Total"),
                (QueryKey::Category, "Total"),
                (QueryKey::Sex, "Female"),
                (QueryKey::Sex, "Male"),
                (QueryKey::Age, "0 to 17 years"),
                (QueryKey::Age, "18 years or over"),
            ],
            &[QueryKey::Sex, QueryKey::Age, QueryKey::Year],
        ),
    );
    sex_age.series_order = ["Girls (0-17)", "Women (18+)", "Boys (0-17)", "Men (18+)"].map(String::from).to_vec();
    let mut forms = Chart::new(
        "by-form",
        format!("{}: detected victims by form of exploitation", e.name),
        Kind::Line,
        data::victims(
            &[
                (QueryKey::Country, c),
                (QueryKey::Dimension, "by form of exploitation"),
                (QueryKey::Sex, "Total"),
                (QueryKey::Age, "Total"),
            ],
            &[QueryKey::Category, QueryKey::Year],
        ),
    );
    forms.series_order = ["Sexual exploitation", "Forced labour", "Other forms of exploitation"].map(String::from).to_vec();
    let r1 = d.query(&indicators.query);
    let r2 = d.query(&sex_age.query);
    let r3 = d.query(&forms.query);
    let review = if crate::routes::Access::Country.allows(p.user(), Some(c)) {
        format!("<p><a class=\"button\" href=\"/countries/{}/review\">Review every cell and finding</a></p>", esc(c))
    } else {
        String::new()
    };
    let place = if e.region.is_empty() { e.kind.as_str().to_string() } else { format!("{} · {}", e.subregion, e.region) };
    let body = format!(
        "<p class=\"crumbs\"><a href=\"/countries\">Countries</a></p><h1>{}</h1><p class=\"lead\">{} · {} · <a href=\"/api/countries/{}\">JSON</a></p>\
{}<p class=\"note\">For one country, <em>n</em> = 1 means one published cell.</p>{review}{}{}{}",
        esc(&e.name),
        esc(c),
        esc(&place),
        esc(c),
        data::release_notice(&d),
        data::render(&indicators, &r1),
        data::render(&sex_age, &r2),
        data::render(&forms, &r3),
    );
    Ok(Html(html::page(&e.name, &p, &body)))
}

pub async fn review(State(state): State<AppState>, Extension(p): Extension<Principal>, Path(iso3): Path<String>) -> PageResult {
    let e = entity_or_404(&iso3)?;
    let mut q = tipdata_model::Query {
        by: vec![QueryKey::Indicator, QueryKey::Dimension, QueryKey::Category, QueryKey::Sex, QueryKey::Age, QueryKey::Year],
        ..Default::default()
    };
    q.filter(QueryKey::Country, e.id.clone());
    let id = e.id.clone();
    let (rows, findings) = state.store(move |s| Ok((s.query(&q)?, s.findings(Some(&id), None)?))).await?;
    let body_rows: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut v: Vec<String> = r.keys.iter().map(|k| esc(k)).collect();
            v.push(if r.suppressed > 0 && r.value == 0 { format!("&lt;{}", r.high + 1) } else { thousands(r.value) });
            v
        })
        .collect();
    let header: Vec<String> = ["Indicator", "Dimension", "Category", "Sex", "Age", "Year", "Value"].map(String::from).to_vec();
    let f_rows: Vec<Vec<String>> = findings
        .iter()
        .map(|f| vec![esc(&f.rule), esc(f.severity.as_str()), f.year.map(|y| y.to_string()).unwrap_or_default(), esc(&f.message)])
        .collect();
    let body = format!(
        "<p class=\"crumbs\"><a href=\"/countries/{id}\">{name}</a></p><h1>Review: {name}</h1>\
<p class=\"notice restricted\">Not public: every stored cell, small counts included. Shown to admins, analysts and this country's focal point.</p>\
<h2>Findings ({nf})</h2>{ft}<h2>Cells ({nc})</h2>{ct}<p class=\"links\"><a href=\"/api/countries/{id}/cells\">JSON</a></p>",
        id = esc(&e.id),
        name = esc(&e.name),
        nf = findings.len(),
        ft = if findings.is_empty() { "<p>No findings recorded.</p>".into() } else { html::table("Findings", &["Rule".into(), "Severity".into(), "Year".into(), "Message".into()], &f_rows, 9) },
        nc = rows.len(),
        ct = html::table("Stored cells", &header, &body_rows, 5),
    );
    Ok(Html(html::page(&format!("Review {}", e.name), &p, &body)))
}

pub(crate) fn csrf_field(p: &Principal) -> String {
    p.csrf().map(|c| format!("<input type=\"hidden\" name=\"csrf\" value=\"{}\">", esc(c))).unwrap_or_default()
}

pub(crate) fn signed_in(p: &Principal) -> Result<&tipdata_store::User, Failure> {
    p.user().ok_or_else(|| Failure::new(axum::http::StatusCode::UNAUTHORIZED, "sign_in_required", "sign in first"))
}

async fn account_page(state: &AppState, p: &Principal, new_token: Option<String>) -> PageResult {
    let user = signed_in(p)?.clone();
    let uid = user.id;
    let tokens = state.store(move |s| s.api_tokens(uid)).await?;
    let shown = new_token
        .map(|t| format!("<div class=\"notice\"><p>Your new API token (shown only now; copy it):</p><pre class=\"token\">{}</pre><p>Use it as <code>Authorization: Bearer TOKEN</code>.</p></div>", esc(&t)))
        .unwrap_or_default();
    let rows: Vec<Vec<String>> = tokens
        .iter()
        .map(|t| {
            vec![
                esc(&t.label),
                esc(&t.created_at),
                format!("<form method=\"post\" action=\"/account/tokens/revoke\" class=\"inline\">{}<input type=\"hidden\" name=\"id\" value=\"{}\"><button type=\"submit\">Revoke</button></form>", csrf_field(p), t.id),
            ]
        })
        .collect();
    let body = format!(
        "<h1>Your account</h1><p>Signed in as <strong>{}</strong>, role <strong>{}</strong>{}.</p>{shown}<h2>API tokens</h2>\
{}<form method=\"post\" action=\"/account/tokens\" class=\"form\">{}<label>Label <input name=\"label\" required maxlength=\"80\" placeholder=\"what the script is\"></label><button type=\"submit\">Create a token</button></form>",
        esc(&user.username),
        user.role,
        user.country.as_deref().map(|c| format!(" for <a href=\"/countries/{c}\">{c}</a>", c = esc(c))).unwrap_or_default(),
        if rows.is_empty() { "<p>No tokens.</p>".into() } else { html::table("API tokens", &["Label".into(), "Created".into(), "".into()], &rows, 9) },
        csrf_field(p),
    );
    Ok(Html(html::page("Account", p, &body)))
}

pub async fn account(State(state): State<AppState>, Extension(p): Extension<Principal>) -> PageResult {
    account_page(&state, &p, None).await
}

#[derive(Deserialize)]
pub struct TokenForm {
    label: String,
}

pub async fn create_token(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Form(f): Form<TokenForm>,
) -> PageResult {
    let uid = signed_in(&p)?.id;
    let label = f.label.trim().to_string();
    if label.is_empty() || label.chars().count() > 80 {
        return Err(Failure::bad_request("bad_label", "a token needs a label of 1 to 80 characters").into());
    }
    let token = format!("tdk_{}", crate::new_secret());
    let hash = crate::sha256_hex(&token);
    state.store(move |s| s.add_api_token(&hash, uid, &label)).await?;
    account_page(&state, &p, Some(token)).await
}

#[derive(Deserialize)]
pub struct RevokeForm {
    id: String,
}

pub async fn revoke_token(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Form(f): Form<RevokeForm>,
) -> Result<Redirect, PageError> {
    let uid = signed_in(&p)?.id;
    let id: i64 = f.id.parse().map_err(|_| Failure::bad_request("bad_id", "not a token id"))?;
    if !state.store(move |s| s.revoke_api_token(uid, id)).await? {
        return Err(Failure::not_found("you have no such token").into());
    }
    Ok(Redirect::to("/account"))
}

pub async fn users(State(state): State<AppState>, Extension(p): Extension<Principal>) -> PageResult {
    let list = state.store(|s| s.users()).await?;
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|u| {
            vec![
                esc(&u.username),
                u.role.to_string(),
                esc(u.country.as_deref().unwrap_or("")),
                esc(&u.created_at),
                format!("<form method=\"post\" action=\"/admin/users/remove\" class=\"inline\">{}<input type=\"hidden\" name=\"username\" value=\"{}\"><button type=\"submit\">Remove</button></form>", csrf_field(&p), esc(&u.username)),
            ]
        })
        .collect();
    let roles: String = Role::ALL.iter().map(|r| format!("<option>{r}</option>")).collect();
    let body = format!(
        "<h1>Users</h1>{}<h2>Add a user</h2><form method=\"post\" action=\"/admin/users\" class=\"form\">{}\
<label>User name <input name=\"username\" required maxlength=\"64\" pattern=\"[A-Za-z0-9._-]+\"></label>\
<label>Password (10 characters or more) <input name=\"password\" type=\"password\" required minlength=\"10\" autocomplete=\"new-password\"></label>\
<label>Role <select name=\"role\">{roles}</select></label>\
<label>Country (ISO3, focal points only) <input name=\"country\" maxlength=\"3\" placeholder=\"BOL\"></label>\
<button type=\"submit\">Add</button></form>",
        html::table("Users", &["User".into(), "Role".into(), "Country".into(), "Added".into(), "".into()], &rows, 9),
        csrf_field(&p)
    );
    Ok(Html(html::page("Users", &p, &body)))
}

/// Checks a new user's fields, as the page and `tipdata users add` both take them.
pub fn check_new_user(
    username: &str,
    password: &str,
    role: &str,
    country: Option<&str>,
) -> Result<(Role, Option<String>), String> {
    if username.is_empty() || username.len() > 64 || !username.chars().all(|c| c.is_ascii_alphanumeric() || "._-".contains(c)) {
        return Err("a user name is 1 to 64 letters, digits, '.', '_' or '-'".into());
    }
    if password.chars().count() < 10 {
        return Err("a password has at least 10 characters".into());
    }
    let role: Role = role.parse()?;
    let country = country.map(str::trim).filter(|c| !c.is_empty()).map(str::to_uppercase);
    match (role, &country) {
        (Role::FocalPoint, None) => Err("a focal point needs a country (ISO3)".into()),
        (Role::FocalPoint, Some(c)) => match Instrument::v1().entity(c) {
            Some(e) if matches!(e.kind, EntityKind::Country | EntityKind::Territory) => Ok((role, country)),
            _ => Err(format!("'{c}' is not a country code (ISO 3166-1 alpha-3)")),
        },
        (_, Some(_)) => Err(format!("only focal points have a country, not a {role}")),
        (_, None) => Ok((role, None)),
    }
}

#[derive(Deserialize)]
pub struct UserForm {
    username: String,
    password: String,
    role: String,
    country: Option<String>,
}

pub async fn add_user(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Form(f): Form<UserForm>,
) -> Result<Redirect, PageError> {
    let admin = signed_in(&p)?.username.clone();
    let (role, country) = check_new_user(&f.username, &f.password, &f.role, f.country.as_deref())
        .map_err(|m| Failure::bad_request("bad_user", m))?;
    let username = f.username;
    let password = f.password;
    state
        .store(move |s| {
            if s.user_by_name(&username)?.is_some() {
                return Ok(Err(format!("the user name '{username}' is taken")));
            }
            let hash = match crate::hash_password(&password) {
                Ok(h) => h,
                Err(e) => return Ok(Err(e)),
            };
            s.add_user_by(&admin, &NewUser { username: &username, password_hash: &hash, role, country: country.as_deref() })?;
            Ok(Ok(()))
        })
        .await?
        .map_err(|m| Failure::bad_request("bad_user", m))?;
    Ok(Redirect::to("/admin/users"))
}

#[derive(Deserialize)]
pub struct RemoveForm {
    username: String,
}

pub async fn remove_user(
    State(state): State<AppState>,
    Extension(p): Extension<Principal>,
    Form(f): Form<RemoveForm>,
) -> Result<Redirect, PageError> {
    if p.user().map(|u| u.username == f.username).unwrap_or(false) {
        return Err(Failure::bad_request("self", "you cannot remove your own account; ask another admin").into());
    }
    let name = f.username.clone();
    let admin = signed_in(&p)?.username.clone();
    if !state.store(move |s| s.remove_user_by(&admin, &name)).await? {
        return Err(Failure::not_found(format!("no user '{}'", f.username)).into());
    }
    Ok(Redirect::to("/admin/users"))
}

pub async fn style() -> Response {
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "max-age=3600")], STYLE).into_response()
}

const STYLE: &str = r#"
:root { --ink: #1d2330; --muted: #5a6272; --line: #d8dce3; --accent: #0072B2; --bg: #f7f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 1.5rem; padding: .6rem 1.5rem; border-bottom: 1px solid var(--line); background: var(--bg); }
header .brand { font-weight: 700; font-size: 1.2rem; color: var(--ink); text-decoration: none; }
header nav { display: flex; gap: 1rem; flex: 1; }
header .who { display: flex; gap: .8rem; align-items: center; }
a { color: #005a8e; }
main { max-width: 960px; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
footer { border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; padding: 1rem 1.5rem; max-width: 960px; margin: 0 auto; }
h1 { font-size: 1.7rem; margin: .8rem 0 .4rem; }
h2 { font-size: 1.25rem; margin: 0 0 .3rem; }
.lead { color: var(--muted); margin-top: 0; }
.notice { background: #fff8e1; border-left: 4px solid #E69F00; padding: .5rem .8rem; font-size: .92rem; }
.notice.restricted { background: #fdecea; border-color: #D55E00; }
.figure { margin: 1.8rem 0; padding-top: .4rem; border-top: 1px solid var(--line); }
.figure .note { color: var(--muted); font-size: .92rem; margin: 0 0 .4rem; }
.figure .note.warn { color: #8a4b00; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { fill: #333; }
details summary { cursor: pointer; color: #005a8e; margin: .3rem 0; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: .88rem; margin: .4rem 0; }
caption { text-align: left; color: var(--muted); padding-bottom: .2rem; }
th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th.num, td.num { text-align: right; white-space: nowrap; }
td small, li small { color: var(--muted); }
.withheld, .none { color: var(--muted); font-style: italic; }
.links { font-size: .9rem; color: var(--muted); }
.columns { columns: 3 14rem; padding-left: 1.1rem; }
.form { display: grid; gap: .7rem; max-width: 26rem; margin: 1rem 0; }
.form label { display: grid; gap: .2rem; font-weight: 600; font-size: .92rem; }
.form input, .form select { font-weight: normal; }
input, select, button { font: inherit; padding: .35rem .5rem; border: 1px solid #9aa1ad; border-radius: 4px; }
button, .button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; padding: .35rem .9rem; text-decoration: none; border-radius: 4px; display: inline-block; }
form.inline { display: inline; }
.inline-form { margin: 1.5rem 0 0; }
.error { color: #a12a00; font-weight: 600; }
pre.token { background: var(--bg); padding: .5rem; overflow-x: auto; }
.crumbs { margin: .5rem 0 0; font-size: .9rem; }
.notice.ok { background: #e8f5ee; border-color: #009E73; }
.state { display: inline-block; font-size: .8rem; font-weight: 600; padding: .05rem .5rem; border-radius: 1rem; background: #e8eaee; color: var(--ink); vertical-align: middle; }
.state-submitted, .state-under_review, .state-answered { background: #fff1cc; }
.state-validated, .state-resolved { background: #d7f0e4; }
.state-open { background: #fde3d6; }
.sev-error { color: #a12a00; font-weight: 600; }
.sev-warning { color: #8a4b00; }
textarea { font: inherit; padding: .35rem .5rem; border: 1px solid #9aa1ad; border-radius: 4px; font-weight: normal; }
.form button { justify-self: start; }
.steps li { margin: .6rem 0; }
input.year { width: 6rem; }
blockquote.finding { margin: .8rem 0; padding: .5rem .8rem; border-left: 4px solid #D55E00; background: var(--bg); }
ol.thread { padding-left: 1.2rem; }
ol.thread .meta { color: var(--muted); font-size: .88rem; margin: 0; }
ol.thread li p:last-child { margin-top: .2rem; }
.summary { font-size: 1.05rem; line-height: 1.7; background: var(--bg); padding: .8rem 1rem; border-radius: 4px; }
mark.ev { background: #ffe58a; padding: 0 .1rem; border-radius: 2px; cursor: help; }
table.coding-form { width: 100%; }
table.coding-form th small { display: block; color: var(--muted); font-weight: normal; }
table.coding-form td { vertical-align: top; }
label.check { display: inline-block; margin: 0 .8rem .2rem 0; white-space: nowrap; }
input.short { width: 9rem; }
.proposal { display: block; }
.evidence q { color: var(--muted); font-size: .85rem; margin-right: .4rem; }
"#;
