//! The coding workbench: proposals marked at their evidence, a coding saved from the form,
//! a second coder who sees neither the first coder's values nor (by default) the proposals,
//! and the agreement between the two.

use axum::http::StatusCode;
use tipdata_store::{NewUser, Role, SqlStore, UserStore};

use crate::{env, json, Env, Who, CASE};

/// The form a coder sends: every variable, `victims_total` as given.
fn form(victims: &str, border: &str) -> String {
    format!(
        "internet_used=yes&purposes=recruitment&purposes=advertising&platform_types=social_media&platforms=Facebook&cyber_flow=no\
&forms=sexual_exploitation&victims_total={victims}&victims_minor=yes&victim_sex=female&border={border}&countries=USA%2C+mex\
&offenders_total=1&means=deception"
    )
}

fn add_coder(env: &Env, name: &str) {
    let mut store = SqlStore::open(&env.db).expect("opens");
    let hash = tipdata_web::hash_password(crate::PASSWORD).expect("hashes");
    store.add_user(&NewUser { username: name, password_hash: &hash, role: Role::Coder, country: None }).expect("user");
}

async fn as_user(env: &Env, name: &str, method: &str, uri: &str, body: Option<&str>) -> (StatusCode, String, String) {
    let (cookie, csrf) = env.session_of(name);
    let mut req = axum::http::Request::builder().method(method).uri(uri).header("cookie", cookie);
    let body = match body {
        Some(b) => {
            req = req.header("content-type", "application/x-www-form-urlencoded");
            axum::body::Body::from(format!("{b}&csrf={csrf}"))
        }
        None => axum::body::Body::empty(),
    };
    let (s, h, text) = crate::raw(&env.app, req.body(body).expect("request")).await;
    (s, h.get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string(), text)
}

#[tokio::test]
async fn a_coder_sees_the_proposals_marked_and_saves_a_corrected_coding() {
    let env = env();
    let (s, _, page) = as_user(&env, "coder", "GET", &format!("/cases/{CASE}"), None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("<mark class=\"ev"), "evidence is marked in the summary");
    assert!(page.contains(">Facebook</mark>") || page.contains("Facebook</mark>"), "the platform's span is marked: {page}");
    assert!(page.contains("proposed: <strong>yes</strong>"), "the proposal for internet_used is shown");
    // A bad value is refused with the variable's name; nothing is saved.
    let (s, _, body) = as_user(&env, "coder", "POST", &format!("/cases/{CASE}/coding"), Some(&form("many", "domestic"))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(body.contains("victims_total"), "{body}");
    let (s, _, body) = as_user(&env, "coder", "POST", &format!("/cases/{CASE}/coding"), Some(&form("1", "not-a-border"))).await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(body.contains("border"), "{body}");
    let (s, to, _) = as_user(&env, "coder", "POST", &format!("/cases/{CASE}/coding"), Some(&form("1", "cross_border"))).await;
    assert_eq!((s, to.as_str()), (StatusCode::SEE_OTHER, "/cases/T001?saved=1"));
    let (_, _, page) = as_user(&env, "coder", "GET", "/cases/T001?saved=1", None).await;
    assert!(page.contains("Your coding is saved"));
    let (_, _, body) = env.send(Who::Token(Role::Coder), "GET", &format!("/api/cases/{CASE}"), None).await;
    let v = json(&body);
    assert_eq!(v["yours"]["values"]["victims_total"], 1);
    assert_eq!(v["yours"]["values"]["countries"], serde_json::json!(["USA", "MEX"]), "ISO3 upper-cased, order kept");
    assert_eq!(v["yours"]["values"]["purposes"], serde_json::json!(["advertising", "recruitment"]));
    let kept = v["yours"]["evidence"].as_array().expect("evidence");
    assert!(kept.iter().any(|e| e["variable"] == "internet_used"), "accepted proposals keep their evidence spans: {kept:?}");
    assert!(kept.iter().all(|e| e["variable"] != "victims_total" || e["value"] == "1"), "no span for a value the coder changed");
}

#[tokio::test]
async fn a_second_coder_codes_blind_and_the_team_sees_their_agreement() {
    let env = env();
    add_coder(&env, "second");
    let (s, _, _) = as_user(&env, "coder", "POST", &format!("/cases/{CASE}/coding"), Some(&form("77", "cross_border"))).await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, _, page) = as_user(&env, "second", "GET", &format!("/cases/{CASE}"), None).await;
    assert!(page.contains("Second-coder mode") && page.contains("1 other person has coded this case"), "{page}");
    assert!(!page.contains("value=\"77\""), "the first coder's value is not shown");
    assert!(!page.contains("<mark class=\"ev"), "nor the proposals, by default");
    assert!(!page.contains(" selected>"), "nothing is prefilled");
    let (_, _, page) = as_user(&env, "second", "GET", &format!("/cases/{CASE}?mode=first"), None).await;
    assert!(
        page.contains("<mark class=\"ev") && !page.contains("value=\"77\""),
        "proposals on request, still never the other coder's values"
    );
    let (s, _, _) = as_user(&env, "second", "POST", &format!("/cases/{CASE}/coding"), Some(&form("3", "cross_border"))).await;
    assert_eq!(s, StatusCode::SEE_OTHER);

    let (s, _, body) = env.send(Who::Token(Role::Analyst), "GET", "/api/agreement?a=coder&b=second", None).await;
    assert_eq!(s, StatusCode::OK, "{body}");
    let v = json(&body);
    let row = |var: &str| {
        v["rows"].as_array().expect("rows").iter().find(|r| r["variable"] == var && r["label"].is_null()).cloned().expect("a row")
    };
    assert_eq!((row("border")["n"].as_u64(), row("border")["agree"].as_u64()), (Some(1), Some(1)));
    assert_eq!((row("victims_total")["n"].as_u64(), row("victims_total")["agree"].as_u64()), (Some(1), Some(0)));
    assert_eq!(v["disagreements"].as_array().map(Vec::len), Some(1), "only victims_total differs: {body}");
    let (_, _, page) = env.send(Who::Session(Role::Analyst), "GET", "/cases/agreement?a=coder&b=second", None).await;
    assert!(page.contains("Kappa") && page.contains("victims_total") && page.contains(">77<"), "the team sees the disagreement");
    let (s, _, _) = env.send(Who::Token(Role::Coder), "GET", "/api/agreement?a=coder&b=second", None).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "coders do not see each other's values");
}

#[tokio::test]
async fn a_coding_through_the_api_is_checked_against_the_scheme() {
    let env = env();
    let uri = format!("/api/cases/{CASE}/coding");
    let post =
        |body: &'static str| env.send_body(Who::Token(Role::Coder), "POST", &uri, "application/json", body.as_bytes().to_vec());
    let (s, _, body) = post(r#"{"values": {"colour": "red"}}"#).await;
    assert_eq!((s, json(&body)["code"].as_str()), (StatusCode::BAD_REQUEST, Some("unknown_variable")));
    let (s, _, body) = post(r#"{"values": {"forms": ["sexual_exploitation", "smuggling"]}}"#).await;
    assert_eq!((s, json(&body)["code"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_value")));
    let (s, _, body) = post(r#"{"values": {"internet_used": "yes", "victims_total": 2}}"#).await;
    assert_eq!((s, json(&body)["changed"].as_bool()), (StatusCode::CREATED, Some(true)), "{body}");
    let (s, _, body) = post(r#"{"values": {"internet_used": "yes", "victims_total": 2}}"#).await;
    assert_eq!((s, json(&body)["changed"].as_bool()), (StatusCode::OK, Some(false)), "the same coding again changes nothing");
    let (s, _, _) = env
        .send_body(
            Who::Token(Role::Coder),
            "POST",
            "/api/cases/NOPE/coding",
            "application/json",
            br#"{"values": {"internet_used": "yes"}}"#.to_vec(),
        )
        .await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
