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
pub mod publication;
pub mod routes;
mod workbench;
use tipdata_analysis::svg;

use std::cell::RefCell;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum::Router;
use tipdata_store::{Release, Store, StoreError};
use tokio::sync::OnceCell;

use crate::publication::PublicData;

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
    /// The release the public side serves (`serve --release NAME`); `None`: the latest.
    pub release: Option<String>,
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
            release: None,
        }
    }
}

/// What every handler shares: the configuration, the aggregate cache and the sign-in limiter.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

pub(crate) struct Inner {
    pub config: Config,
    /// The release the public side serves now (the latest, looked up again after the TTL).
    current: Arc<cache::Cache<Option<Release>>>,
    /// Each release's publication, loaded (or computed) once.
    published: Mutex<HashMap<i64, Arc<OnceCell<Arc<PublicData>>>>>,
    /// Whole public API answers (content type, body), by path and query string.
    pub bodies: Arc<cache::Cache<(&'static str, axum::body::Bytes)>>,
    pub limiter: Mutex<HashMap<String, (u32, Instant)>>,
}

impl AppState {
    pub fn new(config: Config) -> AppState {
        let ttl = config.cache_ttl;
        AppState(Arc::new(Inner {
            config,
            current: Arc::new(cache::Cache::new(ttl)),
            published: Mutex::default(),
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

    /// What the public sees: the served release's protected publication, or `None` when
    /// there is no release yet. Loaded from the store once per release; computed and stored
    /// first if the release has none yet (once, however many requests ask at the same time).
    pub(crate) async fn public(&self) -> Result<Option<Arc<PublicData>>, Failure> {
        let me = self.clone();
        let release = self
            .0
            .current
            .get("release".into(), move || {
                let me = me.clone();
                async move {
                    let name = me.config().release.clone();
                    me.store(move |s| match &name {
                        Some(n) => s.release(n),
                        None => s.latest_release(),
                    })
                    .await
                }
            })
            .await?;
        let Some(release) = release else { return Ok(None) };
        let cell = self.0.published.lock().unwrap_or_else(|p| p.into_inner()).entry(release.id).or_default().clone();
        let me = self.clone();
        let data = cell
            .get_or_try_init(|| async move {
                let r = release.clone();
                let (p, cells) = me.store(move |s| publication::ensure_publication(s, &r, "tipdata-web")).await?;
                Ok::<_, Failure>(Arc::new(PublicData::new(release, p, cells)))
            })
            .await?;
        Ok(Some(data.clone()))
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
        let body = html::bare_page(
            title,
            &format!(
                "<h1>{}</h1><p>{}</p><p><a href=\"/\">Back to the dashboard</a></p>",
                html::esc(title),
                html::esc(&f.message)
            ),
        );
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
