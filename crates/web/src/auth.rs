//! Who is asking: sessions (cookie), API tokens (bearer), sign-in with argon2id and a
//! rate limit, and the CSRF check every form goes through.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use argon2::password_hash::rand_core::{OsRng, RngCore};
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequest, Query, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::{Extension, Form};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tipdata_store::User;

use crate::html::{self, esc};
use crate::{ApiError, AppState, Failure, PageError};

pub const SESSION_COOKIE: &str = "tipdata_session";
pub const LOGIN_CSRF_COOKIE: &str = "tipdata_login_csrf";

/// Who a request comes from.
#[derive(Debug, Clone)]
pub enum Principal {
    Public,
    /// Signed in through the browser: forms must carry the session's CSRF token.
    Session {
        user: User,
        csrf: String,
        token_hash: String,
    },
    /// A script with an API token: no cookie, so no CSRF risk.
    Token {
        user: User,
    },
}

impl Principal {
    pub fn user(&self) -> Option<&User> {
        match self {
            Principal::Public => None,
            Principal::Session { user, .. } | Principal::Token { user } => Some(user),
        }
    }
    pub fn csrf(&self) -> Option<&str> {
        match self {
            Principal::Session { csrf, .. } => Some(csrf),
            _ => None,
        }
    }
}

/// An argon2id PHC string for `password` (default parameters: 19 MiB, 2 passes).
pub fn hash_password(password: &str) -> Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
}

fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc).map(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok()).unwrap_or(false)
}

/// 32 random bytes from the OS, as hex.
pub fn new_secret() -> String {
    let mut b = [0u8; 32];
    OsRng.fill_bytes(&mut b);
    hex(&b)
}

pub fn sha256_hex(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Compares secrets in time independent of where they differ.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// `secure`: the site is served over https (`Config::secure_cookies`), so the browser must
/// never send the cookie over plain http.
fn set_cookie(resp: &mut Response, name: &str, value: &str, max_age: u64, secure: bool) {
    let secure = if secure { "; Secure" } else { "" };
    let c = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}");
    if let Ok(v) = HeaderValue::from_str(&c) {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Finds the principal of every request: a bearer token (refused if unknown), else a session
/// cookie (ignored if expired), else the public.
pub async fn authenticate(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(|t| sha256_hex(t.trim()));
    let session = cookie(req.headers(), SESSION_COOKIE).map(sha256_hex);
    let principal = if let Some(hash) = bearer {
        match state.store(move |s| s.user_by_api_token(&hash)).await {
            Ok(Some(user)) => Principal::Token { user },
            Ok(None) => {
                return ApiError(Failure::new(StatusCode::UNAUTHORIZED, "invalid_token", "the API token is unknown or revoked"))
                    .into_response()
            }
            Err(f) => return ApiError(f).into_response(),
        }
    } else if let Some(hash) = session {
        let h = hash.clone();
        match state.store(move |s| s.session(&h, unix_now())).await {
            Ok(Some((user, csrf))) => Principal::Session { user, csrf, token_hash: hash },
            Ok(None) => Principal::Public,
            Err(f) => return ApiError(f).into_response(),
        }
    } else {
        Principal::Public
    };
    req.extensions_mut().insert(principal);
    next.run(req).await
}

/// Every POST from a browser carries a CSRF token (form field `csrf` or header `X-CSRF-Token`)
/// equal to its session's, or, before sign-in, to the sign-in cookie's (double submit).
/// Requests with an API token carry no cookie and need none.
pub async fn csrf_guard(Extension(principal): Extension<Principal>, req: Request, next: Next) -> Response {
    if req.method() != Method::POST || matches!(principal, Principal::Token { .. }) {
        return next.run(req).await;
    }
    let expected = match &principal {
        Principal::Session { csrf, .. } => Some(csrf.clone()),
        _ => cookie(req.headers(), LOGIN_CSRF_COOKIE).map(str::to_string),
    };
    let from_header = req.headers().get("x-csrf-token").and_then(|v| v.to_str().ok()).map(str::to_string);
    let multipart = req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).and_then(crate::multipart::boundary);
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, crate::MAX_BODY).await else {
        return PageError(Failure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            format!("the form is larger than {} MiB", crate::MAX_BODY >> 20),
        ))
        .into_response();
    };
    let from_form = match &multipart {
        // A form with a file (the questionnaire upload): the token is one of its parts.
        Some(b) => crate::multipart::parse(&bytes, b)
            .ok()
            .and_then(|ps| ps.into_iter().find(|p| p.name == "csrf" && p.filename.is_none()))
            .and_then(|p| String::from_utf8(p.data).ok()),
        None => serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|kv| kv.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v)),
    };
    let given = from_header.or(from_form);
    match (expected, given) {
        (Some(e), Some(g)) if same_secret(&e, &g) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        _ => PageError(Failure::new(
            StatusCode::FORBIDDEN,
            "csrf",
            "This form has expired or did not come from this site. Go back, reload the page and try again.",
        ))
        .into_response(),
    }
}

#[derive(Deserialize)]
pub struct NextParam {
    next: Option<String>,
}

/// Only paths on this site, so sign-in cannot be used to send people elsewhere.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') => n.to_string(),
        _ => "/".to_string(),
    }
}

fn login_page(principal: &Principal, csrf: &str, next: &str, message: Option<&str>) -> String {
    let msg = message.map(|m| format!("<p class=\"error\" role=\"alert\">{}</p>", esc(m))).unwrap_or_default();
    let body = format!(
        "<h1>Sign in</h1>{msg}
<p>For focal points, coders and the research team. Everything public is on the <a href=\"/\">dashboard</a> without signing in.</p>
<form method=\"post\" action=\"/login\" class=\"form\">
<input type=\"hidden\" name=\"csrf\" value=\"{csrf}\"><input type=\"hidden\" name=\"next\" value=\"{next}\">
<label>User name <input name=\"username\" autocomplete=\"username\" required autofocus></label>
<label>Password <input name=\"password\" type=\"password\" autocomplete=\"current-password\" required></label>
<button type=\"submit\">Sign in</button></form>",
        csrf = esc(csrf),
        next = esc(next)
    );
    html::page("Sign in", principal, &body)
}

pub async fn login_form(
    State(state): State<AppState>,
    Extension(principal): Extension<Principal>,
    headers: HeaderMap,
    Query(p): Query<NextParam>,
) -> Response {
    let token = cookie(&headers, LOGIN_CSRF_COOKIE).filter(|t| t.len() == 64).map(str::to_string).unwrap_or_else(new_secret);
    let mut resp = Html(login_page(&principal, &token, &safe_next(p.next.as_deref()), None)).into_response();
    set_cookie(&mut resp, LOGIN_CSRF_COOKIE, &token, 3600, state.config().secure_cookies);
    resp
}

#[derive(Deserialize)]
pub struct LoginForm {
    username: String,
    password: String,
    next: Option<String>,
}

/// Counts failures per key in a window; a key at the limit is refused until the window passes.
fn limited(state: &AppState, keys: &[String]) -> Option<Duration> {
    let cfg = state.config();
    let map = state.inner().limiter.lock().unwrap_or_else(|p| p.into_inner());
    // A client address may be an office behind one NAT: it gets four times a user name's allowance.
    let limit = |k: &str| if k.starts_with("ip:") { cfg.login_attempts.saturating_mul(4) } else { cfg.login_attempts };
    keys.iter()
        .filter_map(|k| map.get(k).map(|v| (limit(k), v)))
        .filter(|(limit, (n, since))| n >= limit && since.elapsed() < cfg.login_window)
        .map(|(_, (_, since))| cfg.login_window.saturating_sub(since.elapsed()))
        .max()
}

fn record_failure(state: &AppState, keys: &[String]) {
    let window = state.config().login_window;
    let mut map = state.inner().limiter.lock().unwrap_or_else(|p| p.into_inner());
    if map.len() > 100_000 {
        map.retain(|_, (_, since)| since.elapsed() < window);
    }
    for k in keys {
        let e = map.entry(k.clone()).or_insert((0, Instant::now()));
        if e.1.elapsed() >= window {
            *e = (0, Instant::now());
        }
        e.0 += 1;
    }
}

pub async fn login(State(state): State<AppState>, Extension(principal): Extension<Principal>, req: Request) -> Response {
    let ip = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip().to_string()).unwrap_or_else(|| "local".into());
    let csrf = cookie(req.headers(), LOGIN_CSRF_COOKIE).unwrap_or_default().to_string();
    let Ok(Form(f)) = Form::<LoginForm>::from_request(req, &()).await else {
        return PageError(Failure::bad_request("bad_form", "the sign-in form needs a user name and a password")).into_response();
    };
    let next = safe_next(f.next.as_deref());
    let keys = [format!("ip:{ip}"), format!("user:{}", f.username)];
    if let Some(wait) = limited(&state, &keys) {
        let mut resp = (
            StatusCode::TOO_MANY_REQUESTS,
            Html(login_page(
                &principal,
                &csrf,
                &next,
                Some(&format!("Too many failed sign-ins. Try again in {} seconds.", wait.as_secs().max(1))),
            )),
        )
            .into_response();
        if let Ok(v) = HeaderValue::from_str(&wait.as_secs().max(1).to_string()) {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        return resp;
    }
    let username = f.username.clone();
    let password = f.password;
    let ttl = state.config().session_ttl.as_secs();
    let outcome = state
        .store(move |s| {
            let found = s.user_by_name(&username)?;
            // An unknown name costs the same as a wrong password, so names cannot be probed by timing.
            static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
            let dummy = DUMMY.get_or_init(|| hash_password("not a password").unwrap_or_default());
            let ok = verify_password(&password, found.as_ref().map_or(dummy.as_str(), |(_, h)| h.as_str())) && found.is_some();
            match found {
                Some((user, _)) if ok => {
                    let token = new_secret();
                    let csrf = new_secret();
                    s.create_session(&sha256_hex(&token), user.id, &csrf, unix_now() + ttl as i64)?;
                    Ok(Some(token))
                }
                _ => Ok(None),
            }
        })
        .await;
    match outcome {
        Ok(Some(token)) => {
            state.inner().limiter.lock().unwrap_or_else(|p| p.into_inner()).remove(&keys[1]);
            let mut resp = Redirect::to(&next).into_response();
            set_cookie(&mut resp, SESSION_COOKIE, &token, ttl, state.config().secure_cookies);
            set_cookie(&mut resp, LOGIN_CSRF_COOKIE, "", 0, state.config().secure_cookies);
            resp
        }
        Ok(None) => {
            record_failure(&state, &keys);
            (
                StatusCode::UNAUTHORIZED,
                Html(login_page(&principal, &csrf, &next, Some("The user name or the password is wrong."))),
            )
                .into_response()
        }
        Err(f) => PageError(f).into_response(),
    }
}

pub async fn logout(State(state): State<AppState>, Extension(principal): Extension<Principal>) -> Response {
    if let Principal::Session { token_hash, .. } = principal {
        if let Err(f) = state.store(move |s| s.end_session(&token_hash, unix_now())).await {
            return PageError(f).into_response();
        }
    }
    let mut resp = Redirect::to("/").into_response();
    set_cookie(&mut resp, SESSION_COOKIE, "", 0, state.config().secure_cookies);
    resp
}
