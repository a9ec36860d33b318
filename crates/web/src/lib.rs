//! The web application: server-rendered pages with SVG charts (no JavaScript), the REST API
//! under `/api/` with its OpenAPI document, and sign-in with roles. Every route is declared
//! once in [`routes::ROUTES`]: the router, the access checks and the OpenAPI document come from it.

mod api;
mod auth;
mod cache;
mod chapter5;
mod collect;
mod data;
mod html;
mod multipart;
mod openapi;
mod pages;
mod workbench;
pub mod routes;
use tipdata_analysis::svg;

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use tipdata_model::{Query, QueryRow};
use tipdata_store::{Store, StoreError};

pub use auth::{hash_password, new_secret, sha256_hex};
pub use collect::{record_questionnaire, run_rules};
pub use pages::check_new_user;

/// The largest request body: a form, or a questionnaire workbook (a filled one is ~100 KiB).
pub(crate) const MAX_BODY: usize = 8 << 20;
pub use routes::{Access, RouteDoc, ROUTES};

/// How the server runs. `Config::new(db)` has the defaults `tipdata serve` uses.
#[derive(Debug, Clone)]
pub struct Config {
    /// The database URL, as `tipdata --db` takes it.
    pub db: String,
    /// How long a public aggregate stays cached; zero turns the cache off.
    pub cache_ttl: Duration,
    /// Failed sign-ins allowed per client address and per user name in `login_window`.
    pub login_attempts: u32,
    pub login_window: Duration,
    /// Session lifetime.
    pub session_ttl: Duration,
    /// Mark cookies `Secure` (the site is served over https, usually behind a proxy). Off by
    /// default: `tipdata serve` listens on plain http, where a browser would drop them.
    pub secure_cookies: bool,
}

impl Config {
    pub fn new(db: impl Into<String>) -> Config {
        Config {
            db: db.into(),
            cache_ttl: Duration::from_secs(10),
            login_attempts: 5,
            login_window: Duration::from_secs(60),
            session_ttl: Duration::from_secs(12 * 3600),
            secure_cookies: false,
        }
    }
}

/// What every handler shares: the configuration, the aggregate cache and the sign-in limiter.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub(crate) struct Inner {
    pub config: Config,
    rows: Arc<cache::Cache<Arc<Vec<QueryRow>>>>,
    /// Whole public API answers (content type, body), by path and query string.
    pub bodies: Arc<cache::Cache<(&'static str, axum::body::Bytes)>>,
    pub limiter: Mutex<HashMap<String, (u32, Instant)>>,
}

impl AppState {
    pub fn new(config: Config) -> AppState {
        let ttl = config.cache_ttl;
        AppState(Arc::new(Inner {
            config,
            rows: Arc::new(cache::Cache::new(ttl)),
            bodies: Arc::new(cache::Cache::new(ttl)),
            limiter: Mutex::default(),
        }))
    }

    pub(crate) fn config(&self) -> &Config {
        &self.0.config
    }

    pub(crate) fn inner(&self) -> &Inner {
        &self.0
    }

    /// Runs `f` on a blocking thread with that thread's connection to the database (opened
    /// once per thread and kept: SQLite connections are cheap to keep and WAL lets them read
    /// while another writes).
    pub(crate) async fn store<T, F>(&self, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut dyn Store) -> Result<T, StoreError> + Send + 'static,
    {
        thread_local! {
            static CONN: RefCell<Option<(String, Box<dyn Store>)>> = const { RefCell::new(None) };
        }
        let db = self.0.config.db.clone();
        let joined = tokio::task::spawn_blocking(move || {
            CONN.with(|cell| {
                let mut slot = cell.borrow_mut();
                if slot.as_ref().map(|(url, _)| url != &db).unwrap_or(true) {
                    *slot = Some((db.clone(), tipdata_store::open(&db)?));
                }
                let (_, store) = slot.as_mut().expect("the slot was just filled");
                f(store.as_mut())
            })
        })
        .await;
        match joined {
            Ok(r) => r.map_err(Failure::store),
            Err(e) => Err(Failure::internal(format!("worker failed: {e}"))),
        }
    }

    /// Sums as the store does, through the cache of aggregates.
    pub(crate) async fn query(&self, q: Query) -> Result<Arc<Vec<QueryRow>>, Failure> {
        let key = format!("{q:?}");
        let me = self.clone();
        self.0.rows.get(key, move || {
            let (me, q) = (me.clone(), q.clone());
            async move { Ok(Arc::new(me.store(move |s| s.query(&q)).await?)) }
        })
        .await
    }
}

/// A failed request: its status, a stable code and a message for a person.
#[derive(Debug, Clone)]
pub(crate) struct Failure {
    pub status: StatusCode,
    pub code: &'static str,
    pub message: String,
}

impl Failure {
    pub fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Failure {
        Failure { status, code, message: message.into() }
    }
    pub fn bad_request(code: &'static str, message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::BAD_REQUEST, code, message)
    }
    pub fn not_found(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::NOT_FOUND, "not_found", message)
    }
    pub fn internal(message: impl Into<String>) -> Failure {
        Failure::new(StatusCode::INTERNAL_SERVER_ERROR, "internal", message)
    }
    pub fn store(e: StoreError) -> Failure {
        Failure::internal(format!("{e}"))
    }
}

/// A failure answered as JSON `{code, message}` (the API).
pub(crate) struct ApiError(pub Failure);

impl From<Failure> for ApiError {
    fn from(f: Failure) -> ApiError {
        ApiError(f)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let f = self.0;
        let body = serde_json::json!({ "code": f.code, "message": f.message });
        (f.status, axum::Json(body)).into_response()
    }
}

/// A failure answered as a page.
pub(crate) struct PageError(pub Failure);

impl From<Failure> for PageError {
    fn from(f: Failure) -> PageError {
        PageError(f)
    }
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let f = self.0;
        let title = f.status.canonical_reason().unwrap_or("Error");
        let body = html::bare_page(title, &format!("<h1>{}</h1><p>{}</p><p><a href=\"/\">Back to the dashboard</a></p>", html::esc(title), html::esc(&f.message)));
        (f.status, Html(body)).into_response()
    }
}

/// The application's router over `state`.
pub fn app(state: AppState) -> Router {
    routes::router(state)
}

/// Serves the application on `addr` until the process ends.
pub async fn serve(config: Config, addr: SocketAddr) -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    eprintln!("tipdata: serving {} on http://{local}/ (Ctrl-C stops)", config.db);
    let app = app(AppState::new(config));
    axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>()).await
}

/// [`serve`] on a runtime of its own, for callers without one (the command line).
pub fn serve_blocking(config: Config, addr: SocketAddr) -> std::io::Result<()> {
    tokio::runtime::Builder::new_multi_thread().enable_all().build()?.block_on(serve(config, addr))
}
