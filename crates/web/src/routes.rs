//! Every route, declared once: method, path, who may call it, what it takes and answers.
//! The router, the access checks and `/api/openapi.json` are all built from [`ROUTES`], so a
//! route cannot exist undocumented or unguarded.

use axum::extract::{RawPathParams, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post, MethodRouter};
use axum::{Extension, Router};
use tipdata_store::{Role, User};

use crate::auth::{self, Principal};
use crate::{api, chapter5, collect, pages, workbench, ApiError, AppState, Failure};

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Anyone signed in.
    SignedIn,
    /// Signed-in users with one of these roles.
    Roles(&'static [Role]),
    /// Admins and analysts for any country; a focal point for the `{iso3}` of the path only.
    Country,
}

impl Access {
    /// Whether `user` (`None`: the public) may call a route with this access for `iso3`.
    pub fn allows(self, user: Option<&User>, iso3: Option<&str>) -> bool {
        match (self, user) {
            (Access::Public, _) => true,
            (_, None) => false,
            (Access::SignedIn, Some(_)) => true,
            (Access::Roles(roles), Some(u)) => roles.contains(&u.role),
            (Access::Country, Some(u)) => match u.role {
                Role::Admin | Role::Analyst => true,
                Role::FocalPoint => iso3.is_some() && u.country.as_deref() == iso3,
                Role::Coder => false,
            },
        }
    }

    pub fn describe(self) -> String {
        match self {
            Access::Public => "public".into(),
            Access::SignedIn => "any signed-in user".into(),
            Access::Roles(r) => r.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", "),
            Access::Country => "admin, analyst, or the focal point of this country".into(),
        }
    }
}

/// A documented parameter.
#[derive(Debug, Clone, Copy)]
pub struct Param {
    pub name: &'static str,
    /// `path` or `query`.
    pub location: &'static str,
    pub required: bool,
    /// May be given several times.
    pub repeated: bool,
    pub description: &'static str,
}

const fn q(name: &'static str, description: &'static str) -> Param {
    Param { name, location: "query", required: false, repeated: false, description }
}

const ISO3: Param =
    Param { name: "iso3", location: "path", required: true, repeated: false, description: "ISO 3166-1 alpha-3 code, e.g. BOL" };

/// What a route answers with on success.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// An HTML page.
    Page,
    /// A redirect after a form.
    Redirect,
    /// JSON described by the named schema of the OpenAPI document.
    Json(&'static str),
    /// Other content (CSS, plain text).
    Other(&'static str),
}

pub struct RouteDoc {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    pub access: Access,
    pub params: &'static [Param],
    pub answer: Answer,
    /// What a POST takes, for the OpenAPI document: a schema name for JSON (forms with the
    /// same fields are accepted too), [`XLSX_BODY`] for a workbook, `None` for nothing.
    pub body: Option<&'static str>,
    handler: fn() -> MethodRouter<AppState>,
}

/// A request body that is a questionnaire workbook.
pub const XLSX_BODY: &str = "xlsx";

impl RouteDoc {
    pub fn is_api(&self) -> bool {
        self.path.starts_with("/api/")
    }
}

const ADMIN: &[Role] = &[Role::Admin];
/// The research team.
const TEAM: &[Role] = &[Role::Admin, Role::Analyst];
/// Who codes cases.
const CODERS: &[Role] = &[Role::Admin, Role::Analyst, Role::Coder];

const SUB: &[Param] =
    &[ISO3, Param { name: "id", location: "path", required: true, repeated: false, description: "Submission id" }];
const QRY: &[Param] = &[ISO3, Param { name: "id", location: "path", required: true, repeated: false, description: "Query id" }];
const CASE: Param = Param { name: "id", location: "path", required: true, repeated: false, description: "Case id" };
const PAIR: &[Param] =
    &[q("a", "Coder A (as stored, e.g. a user name or auto-0.1.0)"), q("b", "Coder B"), q("format", "json (default) or csv")];

const QUERY_PARAMS: &[Param] = &[
    q("indicator", "Indicator name as in the GLOTIP file, e.g. \"Detected trafficking victims\""),
    Param { name: "filter", location: "query", required: false, repeated: true, description: "KEY=VALUE, as `tipdata query --filter`; repeat for several values. Keys: country, region, subregion, indicator, dimension, category, sex, age, year. A key may also be given directly (`year=2020`)." },
    q("by", "Keys to group by, comma-separated, in output order"),
    q("format", "json (default) or csv"),
];

pub static ROUTES: &[RouteDoc] = &[
    RouteDoc { method: "GET", path: "/", summary: "Dashboard: detected victims by region and year, by sex and age, by form of exploitation", access: Access::Public, params: &[q("year", "Year of the sex and age breakdown")], answer: Answer::Page, body: None, handler: || get(pages::dashboard) },
    RouteDoc { method: "GET", path: "/countries", summary: "Countries and territories that reported, by region", access: Access::Public, params: &[], answer: Answer::Page, body: None, handler: || get(pages::countries) },
    RouteDoc { method: "GET", path: "/countries/{iso3}", summary: "One country's figures (public totals)", access: Access::Public, params: &[ISO3], answer: Answer::Page, body: None, handler: || get(pages::country) },
    RouteDoc { method: "GET", path: "/countries/{iso3}/review", summary: "Every stored cell of a country, small counts included, and its import findings", access: Access::Country, params: &[ISO3], answer: Answer::Page, body: None, handler: || get(pages::review) },
    // Collection: focal points (their country only) and the research team.
    RouteDoc { method: "GET", path: "/countries/{iso3}/submissions", summary: "A country's submissions and open queries; download and upload the questionnaire", access: Access::Country, params: &[ISO3], answer: Answer::Page, body: None, handler: || get(collect::submissions_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/submissions", summary: "Upload a filled questionnaire (multipart form, field `file`): a draft submission", access: Access::Country, params: &[ISO3], answer: Answer::Redirect, body: None, handler: || post(collect::upload_page) },
    RouteDoc { method: "GET", path: "/countries/{iso3}/questionnaire", summary: "The questionnaire workbook for a year, with the year before for reference", access: Access::Country, params: &[ISO3, q("year", "The year to report (default: last year)")], answer: Answer::Other("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), body: None, handler: || get(collect::questionnaire) },
    RouteDoc { method: "GET", path: "/countries/{iso3}/submissions/{id}", summary: "A submission: its validation findings, queries and cells; submit or decide", access: Access::Country, params: SUB, answer: Answer::Page, body: None, handler: || get(collect::submission_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/submissions/{id}/submit", summary: "Submit a draft to the research team", access: Access::Country, params: SUB, answer: Answer::Redirect, body: None, handler: || post(collect::submit_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/submissions/{id}/decide", summary: "Review, validate, return (with a reason) or reopen a submission", access: Access::Roles(TEAM), params: SUB, answer: Answer::Redirect, body: None, handler: || post(collect::decide_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/submissions/{id}/queries", summary: "Ask the country about one of the submission's findings", access: Access::Roles(TEAM), params: SUB, answer: Answer::Redirect, body: None, handler: || post(collect::raise_page) },
    RouteDoc { method: "GET", path: "/countries/{iso3}/queries/{id}", summary: "A query with its thread", access: Access::Country, params: QRY, answer: Answer::Page, body: None, handler: || get(collect::query_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/queries/{id}/answer", summary: "Answer a query", access: Access::Country, params: QRY, answer: Answer::Redirect, body: None, handler: || post(collect::answer_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/queries/{id}/comment", summary: "Comment on a query", access: Access::Country, params: QRY, answer: Answer::Redirect, body: None, handler: || post(collect::comment_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/queries/{id}/resolve", summary: "Resolve an answered query", access: Access::Roles(TEAM), params: QRY, answer: Answer::Redirect, body: None, handler: || post(collect::resolve_page) },
    RouteDoc { method: "POST", path: "/countries/{iso3}/queries/{id}/reopen", summary: "Reopen a query the answer does not settle", access: Access::Roles(TEAM), params: QRY, answer: Answer::Redirect, body: None, handler: || post(collect::reopen_page) },
    RouteDoc { method: "GET", path: "/submissions", summary: "Every country's submissions by state, for review", access: Access::Roles(TEAM), params: &[], answer: Answer::Page, body: None, handler: || get(collect::queue_page) },
    // Coding workbench.
    RouteDoc { method: "GET", path: "/cases", summary: "Cases to code", access: Access::Roles(CODERS), params: &[], answer: Answer::Page, body: None, handler: || get(workbench::cases_page) },
    RouteDoc { method: "GET", path: "/cases/agreement", summary: "Agreement (Cohen's kappa) between two coders, per variable", access: Access::Roles(TEAM), params: PAIR, answer: Answer::Page, body: None, handler: || get(workbench::agreement_page) },
    RouteDoc { method: "GET", path: "/cases/{id}", summary: "A case's summary with the automatic proposals marked, and the coding form", access: Access::Roles(CODERS), params: &[CASE, q("mode", "second: blind coding (no proposals); first: with proposals")], answer: Answer::Page, body: None, handler: || get(workbench::case_page) },
    RouteDoc { method: "POST", path: "/cases/{id}/coding", summary: "Save your coding of a case", access: Access::Roles(CODERS), params: &[CASE], answer: Answer::Redirect, body: None, handler: || post(workbench::save_page) },
    // Chapter 5 (public).
    RouteDoc { method: "GET", path: "/chapter5", summary: "Chapter 5: the six figures over the coded court cases, with tables, n and downloads", access: Access::Public, params: &[], answer: Answer::Page, body: None, handler: || get(chapter5::page) },
    RouteDoc { method: "GET", path: "/chapter5/files/{name}", summary: "One table (CSV) or graph export of a chapter 5 figure", access: Access::Public, params: &[Param { name: "name", location: "path", required: true, repeated: false, description: "File name, e.g. fig1-internet-by-year.csv" }], answer: Answer::Other("text/csv"), body: None, handler: || get(chapter5::file) },
    RouteDoc { method: "GET", path: "/login", summary: "Sign-in form", access: Access::Public, params: &[q("next", "Where to go after signing in")], answer: Answer::Page, body: None, handler: || get(auth::login_form) },
    RouteDoc { method: "POST", path: "/login", summary: "Sign in (rate-limited)", access: Access::Public, params: &[], answer: Answer::Redirect, body: None, handler: || post(auth::login) },
    RouteDoc { method: "POST", path: "/logout", summary: "Sign out", access: Access::SignedIn, params: &[], answer: Answer::Redirect, body: None, handler: || post(auth::logout) },
    RouteDoc { method: "GET", path: "/account", summary: "Your account and API tokens", access: Access::SignedIn, params: &[], answer: Answer::Page, body: None, handler: || get(pages::account) },
    RouteDoc { method: "POST", path: "/account/tokens", summary: "Create an API token (shown once)", access: Access::SignedIn, params: &[], answer: Answer::Page, body: None, handler: || post(pages::create_token) },
    RouteDoc { method: "POST", path: "/account/tokens/revoke", summary: "Revoke one of your API tokens", access: Access::SignedIn, params: &[], answer: Answer::Redirect, body: None, handler: || post(pages::revoke_token) },
    RouteDoc { method: "GET", path: "/admin/users", summary: "Users and their roles", access: Access::Roles(ADMIN), params: &[], answer: Answer::Page, body: None, handler: || get(pages::users) },
    RouteDoc { method: "POST", path: "/admin/users", summary: "Add a user", access: Access::Roles(ADMIN), params: &[], answer: Answer::Redirect, body: None, handler: || post(pages::add_user) },
    RouteDoc { method: "POST", path: "/admin/users/remove", summary: "Remove a user", access: Access::Roles(ADMIN), params: &[], answer: Answer::Redirect, body: None, handler: || post(pages::remove_user) },
    RouteDoc { method: "GET", path: "/static/style.css", summary: "The style sheet", access: Access::Public, params: &[], answer: Answer::Other("text/css"), body: None, handler: || get(pages::style) },
    RouteDoc { method: "GET", path: "/healthz", summary: "Liveness: answers `ok` without touching the database", access: Access::Public, params: &[], answer: Answer::Other("text/plain"), body: None, handler: || get(|| async { "ok" }) },
    RouteDoc { method: "GET", path: "/api/openapi.json", summary: "This API, as an OpenAPI 3.0 document", access: Access::Public, params: &[], answer: Answer::Json("OpenApi"), body: None, handler: || get(api::openapi) },
    RouteDoc { method: "GET", path: "/api/instrument", summary: "The instrument: indicators, dimensions, categories, sex, age, years", access: Access::Public, params: &[], answer: Answer::Json("Instrument"), body: None, handler: || get(api::instrument) },
    RouteDoc { method: "GET", path: "/api/query", summary: "Sum the served release's protected publication as `tipdata query` sums stored cells; hidden cells are left out and counted; names the release (503 no_release before the first release)", access: Access::Public, params: QUERY_PARAMS, answer: Answer::Json("QueryResult"), body: None, handler: || get(api::query) },
    RouteDoc { method: "GET", path: "/api/countries", summary: "Reporting entities (countries, territories) with region and subregion", access: Access::Public, params: &[], answer: Answer::Json("CountryList"), body: None, handler: || get(api::countries) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}", summary: "A country: detected victims and persons in the criminal justice system by year, from the served release's protected publication", access: Access::Public, params: &[ISO3], answer: Answer::Json("Country"), body: None, handler: || get(api::country) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/cells", summary: "Every stored cell of a country, small counts included", access: Access::Country, params: &[ISO3], answer: Answer::Json("Cells"), body: None, handler: || get(api::cells) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/findings", summary: "Findings recorded by imports for a country", access: Access::Country, params: &[ISO3], answer: Answer::Json("Findings"), body: None, handler: || get(api::findings) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/submissions", summary: "A country's submissions", access: Access::Country, params: &[ISO3], answer: Answer::Json("Submissions"), body: None, handler: || get(collect::api_submissions) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/submissions", summary: "Upload a filled questionnaire (the .xlsx as the body, or a multipart form with field `file`): a draft submission", access: Access::Country, params: &[ISO3], answer: Answer::Json("Uploaded"), body: Some(XLSX_BODY), handler: || post(collect::api_upload) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/submissions/{id}", summary: "A submission with its cells, validation findings and queries", access: Access::Country, params: SUB, answer: Answer::Json("SubmissionDetail"), body: None, handler: || get(collect::api_submission) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/submissions/{id}/submit", summary: "Submit a draft to the research team", access: Access::Country, params: SUB, answer: Answer::Json("Submission"), body: Some("Reason"), handler: || post(collect::api_submit) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/submissions/{id}/decide", summary: "Review, validate, return (with a reason) or reopen a submission", access: Access::Roles(TEAM), params: SUB, answer: Answer::Json("Submission"), body: Some("Decision"), handler: || post(collect::api_decide) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/submissions/{id}/queries", summary: "Raise one of the submission's findings (by its index in `findings`) as a query", access: Access::Roles(TEAM), params: SUB, answer: Answer::Json("Created"), body: Some("Raise"), handler: || post(collect::api_raise) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/queries", summary: "A country's queries", access: Access::Country, params: &[ISO3], answer: Answer::Json("DataQueries"), body: None, handler: || get(collect::api_queries) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/queries/{id}", summary: "A query with its thread", access: Access::Country, params: QRY, answer: Answer::Json("DataQuery"), body: None, handler: || get(collect::api_query) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/queries/{id}/answer", summary: "Answer a query", access: Access::Country, params: QRY, answer: Answer::Json("DataQuery"), body: Some("Comment"), handler: || post(collect::api_answer) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/queries/{id}/comment", summary: "Comment on a query", access: Access::Country, params: QRY, answer: Answer::Json("DataQuery"), body: Some("Comment"), handler: || post(collect::api_comment) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/queries/{id}/resolve", summary: "Resolve an answered query", access: Access::Roles(TEAM), params: QRY, answer: Answer::Json("DataQuery"), body: Some("Comment"), handler: || post(collect::api_resolve) },
    RouteDoc { method: "POST", path: "/api/countries/{iso3}/queries/{id}/reopen", summary: "Reopen a query", access: Access::Roles(TEAM), params: QRY, answer: Answer::Json("DataQuery"), body: Some("Comment"), handler: || post(collect::api_reopen) },
    RouteDoc { method: "GET", path: "/api/submissions", summary: "Every country's submissions", access: Access::Roles(TEAM), params: &[], answer: Answer::Json("SubmissionQueue"), body: None, handler: || get(collect::api_queue) },
    RouteDoc { method: "GET", path: "/api/cases", summary: "Cases, and whether you coded each", access: Access::Roles(CODERS), params: &[], answer: Answer::Json("CaseList"), body: None, handler: || get(workbench::api_cases) },
    RouteDoc { method: "GET", path: "/api/cases/{id}", summary: "A case: summary, the automatic proposal with evidence spans (not in mode=second), your coding; never another person's", access: Access::Roles(CODERS), params: &[CASE, q("mode", "second: leave out the automatic proposal")], answer: Answer::Json("CaseForCoding"), body: None, handler: || get(workbench::api_case) },
    RouteDoc { method: "POST", path: "/api/cases/{id}/coding", summary: "Save your coding of a case (values checked against the coding scheme)", access: Access::Roles(CODERS), params: &[CASE], answer: Answer::Json("Saved"), body: Some("CodingValues"), handler: || post(workbench::api_save) },
    RouteDoc { method: "GET", path: "/api/agreement", summary: "Agreement between two coders: Cohen's kappa per variable and the disagreements; without a and b, the coders", access: Access::Roles(TEAM), params: PAIR, answer: Answer::Json("Agreement"), body: None, handler: || get(workbench::api_agreement) },
    RouteDoc { method: "GET", path: "/api/chapter5", summary: "The chapter 5 figures as tables with their n and the data version", access: Access::Public, params: &[], answer: Answer::Json("Chapter5"), body: None, handler: || get(chapter5::api) },
    RouteDoc { method: "GET", path: "/api/me", summary: "Who you are signed in as", access: Access::SignedIn, params: &[], answer: Answer::Json("User"), body: None, handler: || get(api::me) },
    RouteDoc { method: "GET", path: "/api/users", summary: "Users and their roles", access: Access::Roles(ADMIN), params: &[], answer: Answer::Json("Users"), body: None, handler: || get(api::users) },
];

pub(crate) fn router(state: AppState) -> Router {
    let mut r: Router<AppState> = Router::new();
    for d in ROUTES {
        let guard = middleware::from_fn_with_state((d.access, d.is_api()), authorize);
        r = r.route(d.path, (d.handler)().route_layer(guard));
    }
    r.fallback(not_found)
        .layer(axum::extract::DefaultBodyLimit::max(crate::MAX_BODY))
        .layer(middleware::from_fn(auth::csrf_guard))
        .layer(middleware::from_fn_with_state(state.clone(), auth::authenticate))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}

async fn not_found(req: Request) -> Response {
    let f = Failure::not_found(format!("no page at {}", req.uri().path()));
    if req.uri().path().starts_with("/api/") {
        ApiError(f).into_response()
    } else {
        crate::PageError(f).into_response()
    }
}

async fn authorize(
    State((access, is_api)): State<(Access, bool)>,
    Extension(principal): Extension<Principal>,
    params: RawPathParams,
    req: Request,
    next: Next,
) -> Response {
    let iso3 = params.iter().find(|(k, _)| *k == "iso3").map(|(_, v)| v.to_string());
    if access.allows(principal.user(), iso3.as_deref()) {
        return next.run(req).await;
    }
    match (principal.user(), is_api) {
        (None, true) => ApiError(Failure::new(
            StatusCode::UNAUTHORIZED,
            "sign_in_required",
            "sign in or send an API token (Authorization: Bearer ...)",
        ))
        .into_response(),
        (None, false) if req.method() == Method::GET => {
            let next = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            Redirect::to(&format!("/login?next={}", crate::html::url_encode(next))).into_response()
        }
        (_, true) => ApiError(Failure::new(StatusCode::FORBIDDEN, "forbidden", format!("this needs: {}", access.describe())))
            .into_response(),
        (_, false) => crate::PageError(Failure::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            format!("This page is for: {}.", access.describe()),
        ))
        .into_response(),
    }
}

async fn security_headers(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    // No scripts at all: pages are HTML and SVG.
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    resp
}
