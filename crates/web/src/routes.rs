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
use crate::{api, pages, ApiError, AppState, Failure};

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

const ISO3: Param = Param { name: "iso3", location: "path", required: true, repeated: false, description: "ISO 3166-1 alpha-3 code, e.g. BOL" };

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
    handler: fn() -> MethodRouter<AppState>,
}

impl RouteDoc {
    pub fn is_api(&self) -> bool {
        self.path.starts_with("/api/")
    }
}

const ADMIN: &[Role] = &[Role::Admin];

const QUERY_PARAMS: &[Param] = &[
    q("indicator", "Indicator name as in the GLOTIP file, e.g. \"Detected trafficking victims\""),
    Param { name: "filter", location: "query", required: false, repeated: true, description: "KEY=VALUE, as `tipdata query --filter`; repeat for several values. Keys: country, region, subregion, indicator, dimension, category, sex, age, year. A key may also be given directly (`year=2020`)." },
    q("by", "Keys to group by, comma-separated, in output order"),
    q("format", "json (default) or csv"),
];

pub static ROUTES: &[RouteDoc] = &[
    RouteDoc { method: "GET", path: "/", summary: "Dashboard: detected victims by region and year, by sex and age, by form of exploitation", access: Access::Public, params: &[q("year", "Year of the sex and age breakdown")], answer: Answer::Page, handler: || get(pages::dashboard) },
    RouteDoc { method: "GET", path: "/countries", summary: "Countries and territories that reported, by region", access: Access::Public, params: &[], answer: Answer::Page, handler: || get(pages::countries) },
    RouteDoc { method: "GET", path: "/countries/{iso3}", summary: "One country's figures (public totals)", access: Access::Public, params: &[ISO3], answer: Answer::Page, handler: || get(pages::country) },
    RouteDoc { method: "GET", path: "/countries/{iso3}/review", summary: "Every stored cell of a country, small counts included, and its import findings", access: Access::Country, params: &[ISO3], answer: Answer::Page, handler: || get(pages::review) },
    RouteDoc { method: "GET", path: "/login", summary: "Sign-in form", access: Access::Public, params: &[q("next", "Where to go after signing in")], answer: Answer::Page, handler: || get(auth::login_form) },
    RouteDoc { method: "POST", path: "/login", summary: "Sign in (rate-limited)", access: Access::Public, params: &[], answer: Answer::Redirect, handler: || post(auth::login) },
    RouteDoc { method: "POST", path: "/logout", summary: "Sign out", access: Access::SignedIn, params: &[], answer: Answer::Redirect, handler: || post(auth::logout) },
    RouteDoc { method: "GET", path: "/account", summary: "Your account and API tokens", access: Access::SignedIn, params: &[], answer: Answer::Page, handler: || get(pages::account) },
    RouteDoc { method: "POST", path: "/account/tokens", summary: "Create an API token (shown once)", access: Access::SignedIn, params: &[], answer: Answer::Page, handler: || post(pages::create_token) },
    RouteDoc { method: "POST", path: "/account/tokens/revoke", summary: "Revoke one of your API tokens", access: Access::SignedIn, params: &[], answer: Answer::Redirect, handler: || post(pages::revoke_token) },
    RouteDoc { method: "GET", path: "/admin/users", summary: "Users and their roles", access: Access::Roles(ADMIN), params: &[], answer: Answer::Page, handler: || get(pages::users) },
    RouteDoc { method: "POST", path: "/admin/users", summary: "Add a user", access: Access::Roles(ADMIN), params: &[], answer: Answer::Redirect, handler: || post(pages::add_user) },
    RouteDoc { method: "POST", path: "/admin/users/remove", summary: "Remove a user", access: Access::Roles(ADMIN), params: &[], answer: Answer::Redirect, handler: || post(pages::remove_user) },
    RouteDoc { method: "GET", path: "/static/style.css", summary: "The style sheet", access: Access::Public, params: &[], answer: Answer::Other("text/css"), handler: || get(pages::style) },
    RouteDoc { method: "GET", path: "/healthz", summary: "Liveness: answers `ok` without touching the database", access: Access::Public, params: &[], answer: Answer::Other("text/plain"), handler: || get(|| async { "ok" }) },
    RouteDoc { method: "GET", path: "/api/openapi.json", summary: "This API, as an OpenAPI 3.0 document", access: Access::Public, params: &[], answer: Answer::Json("OpenApi"), handler: || get(api::openapi) },
    RouteDoc { method: "GET", path: "/api/instrument", summary: "The instrument: indicators, dimensions, categories, sex, age, years", access: Access::Public, params: &[], answer: Answer::Json("Instrument"), handler: || get(api::instrument) },
    RouteDoc { method: "GET", path: "/api/query", summary: "Sum observations as `tipdata query` does; totals under 5 are withheld", access: Access::Public, params: QUERY_PARAMS, answer: Answer::Json("QueryResult"), handler: || get(api::query) },
    RouteDoc { method: "GET", path: "/api/countries", summary: "Reporting entities (countries, territories) with region and subregion", access: Access::Public, params: &[], answer: Answer::Json("CountryList"), handler: || get(api::countries) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}", summary: "A country: detected victims and persons convicted by year (public totals)", access: Access::Public, params: &[ISO3], answer: Answer::Json("Country"), handler: || get(api::country) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/cells", summary: "Every stored cell of a country, small counts included", access: Access::Country, params: &[ISO3], answer: Answer::Json("Cells"), handler: || get(api::cells) },
    RouteDoc { method: "GET", path: "/api/countries/{iso3}/findings", summary: "Findings recorded by imports for a country", access: Access::Country, params: &[ISO3], answer: Answer::Json("Findings"), handler: || get(api::findings) },
    RouteDoc { method: "GET", path: "/api/me", summary: "Who you are signed in as", access: Access::SignedIn, params: &[], answer: Answer::Json("User"), handler: || get(api::me) },
    RouteDoc { method: "GET", path: "/api/users", summary: "Users and their roles", access: Access::Roles(ADMIN), params: &[], answer: Answer::Json("Users"), handler: || get(api::users) },
];

pub(crate) fn router(state: AppState) -> Router {
    let mut r: Router<AppState> = Router::new();
    for d in ROUTES {
        let guard = middleware::from_fn_with_state((d.access, d.is_api()), authorize);
        r = r.route(d.path, (d.handler)().route_layer(guard));
    }
    r.fallback(not_found)
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
        (None, true) => ApiError(Failure::new(StatusCode::UNAUTHORIZED, "sign_in_required", "sign in or send an API token (Authorization: Bearer ...)")).into_response(),
        (None, false) if req.method() == Method::GET => {
            let next = req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/");
            Redirect::to(&format!("/login?next={}", crate::html::url_encode(next))).into_response()
        }
        (_, true) => ApiError(Failure::new(StatusCode::FORBIDDEN, "forbidden", format!("this needs: {}", access.describe()))).into_response(),
        (_, false) => crate::PageError(Failure::new(StatusCode::FORBIDDEN, "forbidden", format!("This page is for: {}.", access.describe()))).into_response(),
    }
}

async fn security_headers(req: Request, next: Next) -> Response {
    let mut resp = next.run(req).await;
    let h = resp.headers_mut();
    // No scripts at all: pages are HTML and SVG.
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'"));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    resp
}
