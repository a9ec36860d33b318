//! The web application through its `Router`, without a socket (`tower::ServiceExt::oneshot`),
//! over a small GLOTIP fixture: two countries, a total under 5, a cell reported as `<5`.

mod api;
mod authz;
mod chapter5;
mod collect;
mod login;
mod public;
mod workbench;

use std::sync::OnceLock;
use std::time::{SystemTime, UNIX_EPOCH};

use axum::body::Body;
use axum::http::{header, HeaderMap, Request, StatusCode};
use axum::Router;
use tipdata_model::case::{Case, CaseBundle, CoderId};
use tipdata_model::{CellValue, Finding, ObsKey, Provenance, Severity};
use tipdata_store::testing::TestDb;
use tipdata_store::{
    CaseImport, CaseStore, NewSubmission, NewUser, ObservationImport, ReleaseStore, Role, SqlStore, Store, SubmissionCell,
    SubmissionStore, UserStore,
};
use tipdata_web::{sha256_hex, AppState, Config};
use tower::ServiceExt;

pub const OWN: &str = "BOL";
/// The release the fixture's public pages serve.
pub const RELEASE: &str = "fixture-1";
pub const OTHER: &str = "PER";
pub const PASSWORD: &str = "correct horse battery";
/// The fixture's submission (BOL 2021, a draft) and the query raised on it.
pub const SUBMISSION: i64 = 1;
pub const QUERY: i64 = 1;
/// A case the automatic coder has coded (internet recruitment of a minor).
pub const CASE: &str = "T001";
pub const CASE_SUMMARY: &str =
    "In 2019 the defendant contacted a 15-year-old girl on Facebook and offered her a job as a waitress. \
He took her across the border to Mexico, where she was forced into prostitution and advertised on a classified ads website.";

/// The key of a country's detected victims, all ages, of one sex (or `Total`) in a year.
pub fn victims_key(country: &str, sex: &str, year: i32) -> ObsKey {
    ObsKey {
        entity: country.into(),
        indicator: "Detected trafficking victims".into(),
        dimension: "Total".into(),
        category: "Total".into(),
        sex: sex.into(),
        age: "Total".into(),
        year,
    }
}

/// A draft submission of BOL for 2021 with a query on it, and two cases coded automatically.
fn collection_and_cases(store: &mut SqlStore) {
    let src = |row| Provenance { file: "q.xlsx".into(), sheet: "Victims".into(), row, column: "C".into() };
    let cells = vec![
        SubmissionCell { key: victims_key(OWN, "Total", 2021), value: CellValue::Count(7), source: src(5) },
        SubmissionCell { key: victims_key(OWN, "Female", 2021), value: CellValue::Count(9), source: src(6) },
    ];
    let id = store
        .create_submission(&NewSubmission {
            entity: OWN,
            year: 2021,
            channel: "questionnaire",
            file: "q.xlsx",
            metadata: serde_json::json!({}),
            actor: "fp",
            cells: &cells,
        })
        .expect("submission");
    assert_eq!(id, SUBMISSION);
    let f = Finding {
        rule: "breakdown_exceeds_total".into(),
        severity: Severity::Error,
        entity: OWN.into(),
        year: Some(2021),
        cells: vec!["Victims!C6".into()],
        message: "female 9 > total 7".into(),
    };
    assert_eq!(store.open_query(Some(id), &f, "analyst").expect("query"), QUERY);
    let auto = CoderId::parse(&tipdata_coder::coder_id()).expect("coder id");
    let bundles: Vec<CaseBundle> = [
        (CASE, CASE_SUMMARY, 2019),
        ("T002", "The accused forced three men to work on his farm without pay and kept their passports.", 2018),
    ]
    .into_iter()
    .map(|(id, summary, year)| CaseBundle {
        case: Case {
            id: id.into(),
            source: "test".into(),
            country: Some("USA".into()),
            year: Some(year),
            summary: summary.into(),
            ..Case::default()
        },
        codings: vec![(auto.clone(), tipdata_coder::code(summary))],
    })
    .collect();
    store
        .import_cases(&CaseImport {
            kind: "cases-jsonl",
            file: "cases.jsonl",
            sha256: "0".into(),
            actor: "test",
            records_read: 2,
            bundles: &bundles,
            findings: &[],
        })
        .expect("cases");
}

/// A database with the fixture and one user per role (the focal point answers for BOL), each
/// with an API token `token-<role>`.
pub struct Env {
    /// A fresh database (PostgreSQL under `TIPDATA_TEST_PG`), dropped with the environment.
    _db: TestDb,
    pub db: String,
    pub app: Router,
}

fn password_hash() -> &'static str {
    // argon2id is slow on purpose: hash once for every user of every test.
    static H: OnceLock<String> = OnceLock::new();
    H.get_or_init(|| tipdata_web::hash_password(PASSWORD).expect("hashes"))
}

pub fn env_with(config: impl FnOnce(&mut Config)) -> Env {
    let test_db = TestDb::new();
    let db = test_db.url().to_string();
    let mut store = test_db.open();
    let bytes = include_bytes!("fixture.csv");
    let file = tipdata_io::read_glotip_bytes("fixture.csv", bytes, &|_, _| {}).expect("the fixture reads");
    let collapsed = tipdata_model::collapse(file.observations.clone());
    store
        .import_observations(&ObservationImport {
            kind: "glotip",
            file: "fixture.csv",
            sha256: "0".into(),
            actor: "test",
            rows_read: file.rows_read,
            collapsed: &collapsed,
            reader_findings: &file.findings,
        })
        .expect("imports");
    collection_and_cases(&mut store);
    // The public side serves a release: the fixture as imported.
    store.create_release(RELEASE, "test", "the fixture").expect("release");
    for role in Role::ALL {
        let country = (role == Role::FocalPoint).then_some(OWN);
        let u =
            store.add_user(&NewUser { username: role.as_str(), password_hash: password_hash(), role, country }).expect("user");
        store.add_api_token(&sha256_hex(&format!("token-{role}")), u.id, "test").expect("token");
    }
    let mut c = Config::new(db.clone());
    config(&mut c);
    Env { app: tipdata_web::app(AppState::new(c)), db, _db: test_db }
}

pub fn env() -> Env {
    env_with(|_| {})
}

/// Who sends a request: the public, or a role signed in through a session or a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Public,
    Session(Role),
    Token(Role),
}

impl Env {
    /// A fresh session for `role`: (cookie header, CSRF token).
    pub fn session(&self, role: Role) -> (String, String) {
        self.session_of(role.as_str())
    }

    /// A fresh session for the user `name` (one per role is named after its role).
    pub fn session_of(&self, name: &str) -> (String, String) {
        let mut store = SqlStore::open(&self.db).expect("opens");
        let user = store.users().expect("users").into_iter().find(|u| u.username == name).expect("the user exists");
        let token = tipdata_web::new_secret();
        let csrf = tipdata_web::new_secret();
        let now = SystemTime::now().duration_since(UNIX_EPOCH).expect("after 1970").as_secs() as i64;
        store.create_session(&sha256_hex(&token), user.id, &csrf, now + 3600).expect("session");
        (format!("tipdata_session={token}"), csrf)
    }

    /// Sends a request as `who`; a POST body gets the CSRF token that `who` holds.
    pub async fn send(&self, who: Who, method: &str, uri: &str, form: Option<&str>) -> (StatusCode, HeaderMap, String) {
        let mut req = Request::builder().method(method).uri(uri);
        let mut csrf = String::from("login-csrf-0123456789");
        match who {
            Who::Public => req = req.header(header::COOKIE, format!("tipdata_login_csrf={csrf}")),
            Who::Session(role) => {
                let (cookie, c) = self.session(role);
                csrf = c;
                req = req.header(header::COOKIE, cookie);
            }
            Who::Token(role) => req = req.header(header::AUTHORIZATION, format!("Bearer token-{role}")),
        }
        let body = match form {
            Some(f) => {
                req = req.header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
                Body::from(if f.is_empty() { format!("csrf={csrf}") } else { format!("{f}&csrf={csrf}") })
            }
            None => Body::empty(),
        };
        raw(&self.app, req.body(body).expect("a valid request")).await
    }
}

impl Env {
    /// Sends `body` with `content_type` as `who`; a session sends its CSRF token as a header.
    pub async fn send_body(
        &self,
        who: Who,
        method: &str,
        uri: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> (StatusCode, HeaderMap, String) {
        let mut req = Request::builder().method(method).uri(uri).header(header::CONTENT_TYPE, content_type);
        match who {
            Who::Public => {}
            Who::Session(role) => {
                let (cookie, csrf) = self.session(role);
                req = req.header(header::COOKIE, cookie).header("x-csrf-token", csrf);
            }
            Who::Token(role) => req = req.header(header::AUTHORIZATION, format!("Bearer token-{role}")),
        }
        raw(&self.app, req.body(Body::from(body)).expect("a valid request")).await
    }
}

pub async fn raw(app: &Router, req: Request<Body>) -> (StatusCode, HeaderMap, String) {
    let resp = app.clone().oneshot(req).await.expect("the router answers");
    let status = resp.status();
    let headers = resp.headers().clone();
    let bytes = axum::body::to_bytes(resp.into_body(), 64 << 20).await.expect("the body reads");
    (status, headers, String::from_utf8_lossy(&bytes).into_owned())
}

pub fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("not JSON ({e}): {body}"))
}
