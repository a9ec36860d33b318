//! Authorization, exhaustively: every route x every role x (own country, other country), every
//! cell written out and asserted. Pages are called with a session cookie, API routes with an
//! API token and again with a session. A route added without a row here fails the test.

use tipdata_store::Role;
use tipdata_web::ROUTES;

use crate::{env_with, Who, OTHER, OWN};

/// Columns: public, admin, analyst, coder, focal point (of BOL); each for BOL then for PER.
/// For a route without `{iso3}` both columns send the same request.
#[rustfmt::skip]
const TABLE: &[(&str, &str, Option<&str>, [u16; 10])] = &[
    //                                                                                       public    admin     analyst   coder     focal point
    ("GET",  "/",                               None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/countries",                      None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/countries/{iso3}",               None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/countries/{iso3}/review",        None,                                       [303,303, 200,200, 200,200, 403,403, 200,403]),
    ("GET",  "/countries/{iso3}/submissions",   None,                                       [303,303, 200,200, 200,200, 403,403, 200,403]),
    ("POST", "/countries/{iso3}/submissions",   Some("not=a+workbook"),                     [403,403, 400,400, 400,400, 403,403, 400,403]),
    ("GET",  "/countries/{iso3}/questionnaire", None,                                       [303,303, 200,200, 200,200, 403,403, 200,403]),
    ("GET",  "/countries/{iso3}/submissions/{id}", None,                                    [303,303, 200,404, 200,404, 403,403, 200,403]),
    ("POST", "/countries/{iso3}/submissions/{id}/submit", Some(""),                         [403,403, 404,404, 404,404, 403,403, 404,403]),
    ("POST", "/countries/{iso3}/submissions/{id}/decide", Some("action=validate"),          [403,403, 404,404, 404,404, 403,403, 403,403]),
    ("POST", "/countries/{iso3}/submissions/{id}/queries", Some("finding=0&rule=x"),        [403,403, 404,404, 404,404, 403,403, 403,403]),
    ("GET",  "/countries/{iso3}/queries/{id}",  None,                                       [303,303, 200,404, 200,404, 403,403, 200,403]),
    ("POST", "/countries/{iso3}/queries/{id}/answer", Some("comment=ok"),                   [403,403, 404,404, 404,404, 403,403, 404,403]),
    ("POST", "/countries/{iso3}/queries/{id}/comment", Some("comment=ok"),                  [403,403, 404,404, 404,404, 403,403, 404,403]),
    ("POST", "/countries/{iso3}/queries/{id}/resolve", Some("comment=ok"),                  [403,403, 404,404, 404,404, 403,403, 403,403]),
    ("POST", "/countries/{iso3}/queries/{id}/reopen", Some("comment=ok"),                   [403,403, 404,404, 404,404, 403,403, 403,403]),
    ("GET",  "/submissions",                    None,                                       [303,303, 200,200, 200,200, 403,403, 403,403]),
    ("GET",  "/cases",                          None,                                       [303,303, 200,200, 200,200, 200,200, 403,403]),
    ("GET",  "/cases/agreement",                None,                                       [303,303, 200,200, 200,200, 403,403, 403,403]),
    ("GET",  "/cases/{id}",                     None,                                       [303,303, 200,200, 200,200, 200,200, 403,403]),
    ("POST", "/cases/{id}/coding",              Some("not=a+coding"),                       [403,403, 400,400, 400,400, 400,400, 403,403]),
    ("GET",  "/chapter5",                       None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/chapter5/files/{name}",          None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/login",                          None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("POST", "/login",                          Some("username=nobody&password=wrong-one"), [401,401, 401,401, 401,401, 401,401, 401,401]),
    ("POST", "/logout",                         Some(""),                                   [403,403, 303,303, 303,303, 303,303, 303,303]),
    ("GET",  "/account",                        None,                                       [303,303, 200,200, 200,200, 200,200, 200,200]),
    ("POST", "/account/tokens",                 Some("label=a+script"),                     [403,403, 200,200, 200,200, 200,200, 200,200]),
    ("POST", "/account/tokens/revoke",          Some("id=999999"),                          [403,403, 404,404, 404,404, 404,404, 404,404]),
    ("GET",  "/admin/users",                    None,                                       [303,303, 200,200, 403,403, 403,403, 403,403]),
    ("POST", "/admin/users",                    Some("username=new{n}&password=long+enough+pw&role=analyst&country="),
                                                                                            [403,403, 303,303, 403,403, 403,403, 403,403]),
    ("POST", "/admin/users/remove",             Some("username=nobody"),                    [403,403, 404,404, 403,403, 403,403, 403,403]),
    ("GET",  "/static/style.css",               None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/healthz",                        None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/openapi.json",               None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/instrument",                 None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/query",                      None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/countries",                  None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/countries/{iso3}",           None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/countries/{iso3}/cells",     None,                                       [401,401, 200,200, 200,200, 403,403, 200,403]),
    ("GET",  "/api/countries/{iso3}/findings",  None,                                       [401,401, 200,200, 200,200, 403,403, 200,403]),
    ("GET",  "/api/countries/{iso3}/submissions", None,                                     [401,401, 200,200, 200,200, 403,403, 200,403]),
    ("POST", "/api/countries/{iso3}/submissions", Some("not=a+workbook"),                   [401,401, 400,400, 400,400, 403,403, 400,403]),
    ("GET",  "/api/countries/{iso3}/submissions/{id}", None,                                [401,401, 200,404, 200,404, 403,403, 200,403]),
    ("POST", "/api/countries/{iso3}/submissions/{id}/submit", Some(""),                     [401,401, 404,404, 404,404, 403,403, 404,403]),
    ("POST", "/api/countries/{iso3}/submissions/{id}/decide", Some("action=validate"),      [401,401, 404,404, 404,404, 403,403, 403,403]),
    ("POST", "/api/countries/{iso3}/submissions/{id}/queries", Some("finding=0&rule=x"),    [401,401, 404,404, 404,404, 403,403, 403,403]),
    ("GET",  "/api/countries/{iso3}/queries",   None,                                       [401,401, 200,200, 200,200, 403,403, 200,403]),
    ("GET",  "/api/countries/{iso3}/queries/{id}", None,                                    [401,401, 200,404, 200,404, 403,403, 200,403]),
    ("POST", "/api/countries/{iso3}/queries/{id}/answer", Some("comment=ok"),               [401,401, 404,404, 404,404, 403,403, 404,403]),
    ("POST", "/api/countries/{iso3}/queries/{id}/comment", Some("comment=ok"),              [401,401, 404,404, 404,404, 403,403, 404,403]),
    ("POST", "/api/countries/{iso3}/queries/{id}/resolve", Some("comment=ok"),              [401,401, 404,404, 404,404, 403,403, 403,403]),
    ("POST", "/api/countries/{iso3}/queries/{id}/reopen", Some("comment=ok"),               [401,401, 404,404, 404,404, 403,403, 403,403]),
    ("GET",  "/api/submissions",                None,                                       [401,401, 200,200, 200,200, 403,403, 403,403]),
    ("GET",  "/api/cases",                      None,                                       [401,401, 200,200, 200,200, 200,200, 403,403]),
    ("GET",  "/api/cases/{id}",                 None,                                       [401,401, 200,200, 200,200, 200,200, 403,403]),
    ("POST", "/api/cases/{id}/coding",          Some("not=a+coding"),                       [401,401, 400,400, 400,400, 400,400, 403,403]),
    ("GET",  "/api/agreement",                  None,                                       [401,401, 200,200, 200,200, 403,403, 403,403]),
    ("GET",  "/api/chapter5",                   None,                                       [200,200, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/me",                         None,                                       [401,401, 200,200, 200,200, 200,200, 200,200]),
    ("GET",  "/api/users",                      None,                                       [401,401, 200,200, 403,403, 403,403, 403,403]),
];

/// A path with its parameters filled: a GET names the fixture's submission, query or case
/// (all of BOL); a POST names one that does not exist, so that no request of the table changes
/// what the next one finds (the flows in `collect.rs` and `workbench.rs` change things).
pub fn concrete(method: &str, path: &str, country: &str) -> String {
    let id = match (method, path.starts_with("/cases") || path.starts_with("/api/cases")) {
        ("GET", true) => crate::CASE.to_string(),
        ("GET", false) => crate::SUBMISSION.to_string(),
        (_, true) => "T999".into(),
        (_, false) => "999".into(),
    };
    path.replace("{iso3}", country).replace("{id}", &id).replace("{name}", "fig1-internet-by-year.csv")
}

const ROLES: [Option<Role>; 5] = [None, Some(Role::Admin), Some(Role::Analyst), Some(Role::Coder), Some(Role::FocalPoint)];

#[test]
fn the_table_has_one_row_per_route_and_no_other() {
    let mut routes: Vec<(&str, &str)> = ROUTES.iter().map(|r| (r.method, r.path)).collect();
    let mut rows: Vec<(&str, &str)> = TABLE.iter().map(|r| (r.0, r.1)).collect();
    routes.sort();
    rows.sort();
    assert_eq!(rows, routes);
}

#[tokio::test]
async fn every_route_answers_every_role_for_its_own_and_another_country_as_the_table_says() {
    // Generous sign-in limit: this test fails sign-ins on purpose, many times.
    let env = env_with(|c| c.login_attempts = 1000);
    let mut failures = Vec::new();
    let mut checked = 0;
    for (method, path, body, expected) in TABLE {
        let api = path.starts_with("/api/");
        for (ri, role) in ROLES.iter().enumerate() {
            for (ci, country) in [OWN, OTHER].iter().enumerate() {
                let want = expected[ri * 2 + ci];
                let uri = concrete(method, path, country);
                let form = body.map(|b| b.replace("{n}", &format!("{ri}{ci}")));
                let mut ways = vec![];
                match role {
                    None => ways.push(Who::Public),
                    Some(r) if api => ways.extend([Who::Token(*r), Who::Session(*r)]),
                    Some(r) => ways.push(Who::Session(*r)),
                }
                for who in ways {
                    let (status, headers, _) = env.send(who, method, &uri, form.as_deref()).await;
                    checked += 1;
                    if status.as_u16() != want {
                        failures.push(format!("{method} {uri} as {who:?}: {status}, expected {want}"));
                    }
                    if status.as_u16() == 303 && role.is_none() && *method == "GET" {
                        let to = headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("");
                        if !to.starts_with("/login?next=") {
                            failures.push(format!("{method} {uri} as the public: redirected to '{to}', not to sign in"));
                        }
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {checked} cells differ:\n{}", failures.len(), failures.join("\n"));
    assert_eq!(checked, TABLE.len() * 10 + TABLE.iter().filter(|r| r.1.starts_with("/api/")).count() * 8);
}

#[tokio::test]
async fn a_focal_point_never_sees_another_countrys_small_counts_through_any_route() {
    let env = env_with(|_| {});
    // PER's female 18+ victims in 2020 are 210 (public); BOL's total 2020 is 3 (hidden publicly).
    for uri in ["/api/countries/BOL", "/api/query?by=country,year&dimension=Total&category=Total&sex=Total&age=Total"] {
        let (_, _, body) = env.send(Who::Token(Role::FocalPoint), "GET", uri, None).await;
        let v = crate::json(&body);
        let rows =
            if uri.contains("query") { v["rows"].clone() } else { v["totals_by_year"]["Detected trafficking victims"].clone() };
        let bol_2020 = rows
            .as_array()
            .expect("rows")
            .iter()
            .find(|r| r["year"] == 2020 && !matches!(r.get("country"), Some(c) if c != "BOL"))
            .cloned()
            .expect("BOL 2020");
        assert_eq!(bol_2020["hidden"], 1, "{uri}: public routes hide the 3 even from BOL's own focal point");
        assert!(bol_2020["value"].is_null());
    }
    let (_, _, body) = env.send(Who::Token(Role::FocalPoint), "GET", "/api/countries/BOL/cells", None).await;
    assert!(body.contains("\"value\":3"), "the own country's cells show the 3: {body}");
}
