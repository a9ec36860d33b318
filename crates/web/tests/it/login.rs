//! Signing in and out: argon2id passwords, session cookie attributes, CSRF on forms, the
//! sign-in rate limit, API tokens.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use tipdata_store::Role;

use crate::{env, env_with, raw, Who, PASSWORD};

fn set_cookies(h: &axum::http::HeaderMap) -> Vec<String> {
    h.get_all(header::SET_COOKIE).iter().filter_map(|v| v.to_str().ok()).map(str::to_string).collect()
}

fn login_request(login_csrf: &str, form_csrf: &str, user: &str, password: &str) -> Request<Body> {
    Request::post("/login")
        .header(header::COOKIE, format!("tipdata_login_csrf={login_csrf}"))
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("username={user}&password={}&csrf={form_csrf}&next=%2Faccount", password.replace(' ', "+"))))
        .expect("a valid request")
}

#[tokio::test]
async fn signing_in_sets_an_httponly_samesite_session_that_opens_the_account_page() {
    let env = env();
    let (status, headers, body) = raw(&env.app, Request::get("/login").body(Body::empty()).expect("request")).await;
    assert_eq!(status, StatusCode::OK);
    let cookie = set_cookies(&headers).into_iter().find(|c| c.starts_with("tipdata_login_csrf=")).expect("a sign-in CSRF cookie");
    let token = cookie["tipdata_login_csrf=".len()..].split(';').next().expect("a value").to_string();
    assert!(body.contains(&format!("name=\"csrf\" value=\"{token}\"")), "the form carries the cookie's token");

    let (status, headers, _) = raw(&env.app, login_request(&token, &token, "admin", PASSWORD)).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers.get(header::LOCATION).and_then(|v| v.to_str().ok()), Some("/account"));
    let session = set_cookies(&headers).into_iter().find(|c| c.starts_with("tipdata_session=")).expect("a session cookie");
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax") && session.contains("Path=/"), "{session}");
    let pair = session.split(';').next().expect("name=value").to_string();

    let req = Request::get("/account").header(header::COOKIE, &pair).body(Body::empty()).expect("request");
    let (status, _, body) = raw(&env.app, req).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("Signed in as <strong>admin</strong>"));
    // The session's own CSRF token is in the sign-out form; signing out ends the session.
    let csrf = body.split("name=\"csrf\" value=\"").nth(1).and_then(|s| s.split('"').next()).expect("a CSRF field").to_string();
    let req = Request::post("/logout")
        .header(header::COOKIE, &pair)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .body(Body::from(format!("csrf={csrf}")))
        .expect("request");
    assert_eq!(raw(&env.app, req).await.0, StatusCode::SEE_OTHER);
    let req = Request::get("/account").header(header::COOKIE, &pair).body(Body::empty()).expect("request");
    assert_eq!(raw(&env.app, req).await.0, StatusCode::SEE_OTHER, "the ended session is the public's again");
}

#[tokio::test]
async fn a_form_without_the_right_csrf_token_is_refused() {
    let env = env();
    // Sign-in: the form's token must equal the cookie's.
    let (status, _, body) = raw(&env.app, login_request("aaaa", "bbbb", "admin", PASSWORD)).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("did not come from this site"));
    // A signed-in form: another session's token does not do.
    let (cookie, _) = env.session(Role::Admin);
    let (_, other_csrf) = env.session(Role::Admin);
    for body in [String::from("label=x"), format!("label=x&csrf={other_csrf}")] {
        let req = Request::post("/account/tokens")
            .header(header::COOKIE, &cookie)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .expect("request");
        assert_eq!(raw(&env.app, req).await.0, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn sign_in_is_rate_limited_per_user_name_even_for_the_right_password() {
    let env = env_with(|c| c.login_attempts = 3);
    for _ in 0..3 {
        assert_eq!(raw(&env.app, login_request("t", "t", "analyst", "wrong password")).await.0, StatusCode::UNAUTHORIZED);
    }
    let (status, headers, body) = raw(&env.app, login_request("t", "t", "analyst", PASSWORD)).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert!(headers.get(header::RETRY_AFTER).is_some());
    assert!(body.contains("Too many failed sign-ins"));
    // Another user is not locked out by it.
    assert_eq!(raw(&env.app, login_request("t", "t", "coder", PASSWORD)).await.0, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_unknown_api_token_is_refused_and_a_created_one_works_until_revoked() {
    let env = env();
    let req = Request::get("/api/me").header(header::AUTHORIZATION, "Bearer nope").body(Body::empty()).expect("request");
    let (status, _, body) = raw(&env.app, req).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(crate::json(&body)["code"], "invalid_token");

    let (_, _, page) = env.send(Who::Session(Role::Coder), "POST", "/account/tokens", Some("label=nightly")).await;
    let token = page
        .split("<pre class=\"token\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .expect("the token is shown once")
        .to_string();
    assert!(token.starts_with("tdk_"));
    let me = |t: String| {
        Request::get("/api/me").header(header::AUTHORIZATION, format!("Bearer {t}")).body(Body::empty()).expect("request")
    };
    let (status, _, body) = raw(&env.app, me(token.clone())).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(crate::json(&body)["role"], "coder");

    let id = page.split("name=\"id\" value=\"").last().and_then(|s| s.split('"').next()).expect("a revoke form").to_string();
    let (status, _, _) = env.send(Who::Session(Role::Coder), "POST", "/account/tokens/revoke", Some(&format!("id={id}"))).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(raw(&env.app, me(token.clone())).await.0, StatusCode::UNAUTHORIZED);

    // Both are in the audit trail, which still verifies; the token is not in it.
    use tipdata_store::{SqlStore, Store};
    let store = SqlStore::open(&env.db).expect("opens");
    let r = store.verify_audit().expect("verifies");
    assert!(r.ok(), "{r:?}");
    let mut out = Vec::new();
    store.backup(&mut out).expect("backup");
    let dump = String::from_utf8(out).expect("text");
    let lines: Vec<&str> = dump.lines().filter(|l| l.contains("api_tokens") && l.contains("nightly")).collect();
    assert_eq!(lines.len(), 2, "one entry for the creation, one for the revocation: {lines:?}");
    assert!(!dump.contains(&token) && !dump.contains(&tipdata_web::sha256_hex(&token)), "neither the token nor its hash");
}

#[tokio::test]
async fn an_admin_adds_and_removes_users_and_bad_fields_are_refused() {
    let env = env();
    let add = |body: &'static str| env.send(Who::Session(Role::Admin), "POST", "/admin/users", Some(body));
    assert_eq!(add("username=fp2&password=long+enough+pw&role=focal_point&country=per").await.0, StatusCode::SEE_OTHER);
    for bad in [
        "username=fp3&password=long+enough+pw&role=focal_point&country=",
        "username=fp4&password=long+enough+pw&role=focal_point&country=XXX",
        "username=an2&password=long+enough+pw&role=analyst&country=PER",
        "username=an3&password=short&role=analyst&country=",
        "username=an%3Cb%3E&password=long+enough+pw&role=analyst&country=",
        "username=an4&password=long+enough+pw&role=owner&country=",
        "username=fp2&password=long+enough+pw&role=analyst&country=",
    ] {
        assert_eq!(add(bad).await.0, StatusCode::BAD_REQUEST, "{bad}");
    }
    let (_, _, body) = env.send(Who::Token(Role::Admin), "GET", "/api/users", None).await;
    let users = crate::json(&body);
    let fp2 = users.as_array().expect("a list").iter().find(|u| u["username"] == "fp2").expect("fp2 added");
    assert_eq!((fp2["role"].as_str(), fp2["country"].as_str()), (Some("focal_point"), Some("PER")));
    let remove = |body: &'static str| env.send(Who::Session(Role::Admin), "POST", "/admin/users/remove", Some(body));
    assert_eq!(remove("username=fp2").await.0, StatusCode::SEE_OTHER);
    assert_eq!(remove("username=admin").await.0, StatusCode::BAD_REQUEST, "an admin cannot remove their own account");
}

#[tokio::test]
async fn an_admin_adding_and_removing_a_user_is_in_the_audit_trail() {
    use tipdata_store::{SqlStore, Store};
    let env = crate::env();
    let entries = || SqlStore::open(&env.db).expect("opens").verify_audit().expect("verifies");
    let before = entries().entries;
    let (s, _, _) = env
        .send(
            Who::Session(Role::Admin),
            "POST",
            "/admin/users",
            Some("username=newfp&password=long+enough+pw&role=focal_point&country=PER"),
        )
        .await;
    assert_eq!(s.as_u16(), 303);
    let (s, _, _) = env.send(Who::Session(Role::Admin), "POST", "/admin/users/remove", Some("username=newfp")).await;
    assert_eq!(s.as_u16(), 303);
    let after = entries();
    assert_eq!(after.entries, before + 2, "one entry for the addition, one for the removal");
    assert!(after.broken.is_empty());
}

#[tokio::test]
async fn cookies_are_secure_when_the_site_is_served_over_https_and_not_on_loopback_http() {
    for (secure, env) in [(false, env()), (true, env_with(|c| c.secure_cookies = true))] {
        let (_, headers, _) = env.send(Who::Public, "GET", "/login", None).await;
        let cookies = set_cookies(&headers);
        assert!(!cookies.is_empty());
        assert!(cookies.iter().all(|c| c.ends_with("; Secure") == secure), "secure={secure}: {cookies:?}");
    }
}
