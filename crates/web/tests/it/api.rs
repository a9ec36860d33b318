//! The public API and pages: figures withheld under 5, CSV, errors with codes, and the OpenAPI
//! document: it lists exactly the API routes, and each answers as it says.

use axum::http::StatusCode;
use serde_json::Value;
use tipdata_store::Role;
use tipdata_web::ROUTES;

use crate::{env, json, Who};

const BY_COUNTRY_YEAR: &str = "/api/query?indicator=Detected+trafficking+victims&filter=dimension%3DTotal&category=Total&sex=Total&age=Total&by=country,year";

#[tokio::test]
async fn the_public_query_sums_the_releases_publication_and_names_the_release() {
    let env = env();
    let (status, headers, body) = env.send(Who::Public, "GET", BY_COUNTRY_YEAR, None).await;
    assert_eq!(status, StatusCode::OK);
    let v = json(&body);
    assert_eq!(v["threshold"], 5);
    let release =
        tipdata_store::open(&env.db).expect("opens").release(crate::RELEASE).expect("reads").expect("the fixture's release");
    assert_eq!(v["release"]["name"], crate::RELEASE);
    assert_eq!(v["release"]["sha256"], release.content_hash.as_str());
    assert_eq!(v["release"]["created_at"], release.created_at.as_str());
    assert_eq!(v["release"]["publication"]["method"], "suppress");
    let cite = format!("{}; {}; sha256 {}", release.name, release.created_at, release.content_hash);
    assert_eq!(headers.get("x-tipdata-release").and_then(|h| h.to_str().ok()), Some(cite.as_str()));
    let rows: Vec<(String, i64, Value, i64)> = v["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| {
            (
                r["country"].as_str().unwrap_or("").to_string(),
                r["year"].as_i64().unwrap_or(0),
                r["value"].clone(),
                r["hidden"].as_i64().unwrap_or(-1),
            )
        })
        .collect();
    // BOL's 2020 total of 3 is hidden by the publication: no value, one hidden cell.
    assert_eq!(
        rows,
        vec![
            ("BOL".into(), 2019, Value::from(120), 0),
            ("BOL".into(), 2020, Value::Null, 1),
            ("PER".into(), 2019, Value::from(350), 0),
            ("PER".into(), 2020, Value::from(400), 0),
        ]
    );
    let (status, headers, csv) = env.send(Who::Public, "GET", &format!("{BY_COUNTRY_YEAR}&format=csv"), None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").starts_with("text/csv"));
    let tail = format!("{},{},{}", release.name, release.created_at, release.content_hash);
    assert_eq!(
        csv,
        format!("country,year,value,cells,hidden,release,release_date,release_sha256\nBOL,2019,120,1,0,{tail}\nBOL,2020,,0,1,{tail}\nPER,2019,350,1,0,{tail}\nPER,2020,400,1,0,{tail}\n")
    );
}

#[tokio::test]
async fn bad_requests_answer_with_a_code_and_a_message() {
    let env = env();
    for (uri, status, code) in [
        ("/api/query?by=colour", 400, "bad_by"),
        ("/api/query?year=twenty", 400, "bad_filter"),
        ("/api/query?colour=red", 400, "unknown_parameter"),
        ("/api/countries/XYZ", 404, "not_found"),
        ("/api/nothing-here", 404, "not_found"),
    ] {
        let (s, _, body) = env.send(Who::Public, "GET", uri, None).await;
        assert_eq!(s.as_u16(), status, "{uri}");
        let v = json(&body);
        assert_eq!(v["code"], code, "{uri}");
        assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let (s, _, body) = env.send(Who::Public, "GET", "/countries/XYZ", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    assert!(body.contains("no country or territory with the code"));
}

#[tokio::test]
async fn the_dashboard_and_a_country_page_show_charts_tables_n_and_csv_links() {
    let env = env();
    let (s, headers, page) = env.send(Who::Public, "GET", "/?year=2020", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(headers.get("content-security-policy").is_some());
    assert_eq!(page.matches("<svg class=\"chart\"").count(), 4, "four charts");
    assert_eq!(page.matches("<table>").count(), 4, "each with its table");
    assert!(page.contains("Download CSV") && page.contains("n=2"), "n: two countries reported in 2019");
    assert!(page.contains("Figures from release <strong>fixture-1</strong>"), "the page names its release");
    let (s, _, page) = env.send(Who::Public, "GET", "/countries/BOL", None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(page.contains("Bolivia (Plurinational State of)"));
    assert!(page.contains("<span class=\"withheld\">hidden</span>"), "BOL 2020 (3) is hidden");
    assert!(!page.contains("/countries/BOL/review"), "no review link for the public");
    let (_, _, page) = env.send(Who::Session(Role::FocalPoint), "GET", "/countries/BOL", None).await;
    assert!(page.contains("/countries/BOL/review"), "the focal point of BOL gets the review link");
    let (_, _, page) = env.send(Who::Session(Role::FocalPoint), "GET", "/countries/BOL/review", None).await;
    assert!(
        page.contains("<td class=\"num\">3</td>") && page.contains("&lt;5"),
        "small counts and <5 cells are shown to their focal point"
    );
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema["$ref"].as_str().and_then(|r| r.strip_prefix("#/components/schemas/")) {
        Some(name) => &doc["components"]["schemas"][name],
        None => schema,
    }
}

/// A shallow check of a JSON answer against its schema: type, required properties, first item.
fn conforms(doc: &Value, schema: &Value, v: &Value, at: &str) -> Result<(), String> {
    let s = resolve(doc, schema);
    match s["type"].as_str() {
        Some("object") => {
            let o = v.as_object().ok_or(format!("{at}: not an object"))?;
            for req in s["required"].as_array().into_iter().flatten().filter_map(|r| r.as_str()) {
                if !o.contains_key(req) {
                    return Err(format!("{at}: no '{req}'"));
                }
            }
            for (k, ps) in s["properties"].as_object().into_iter().flatten() {
                if let Some(x) = o.get(k).filter(|x| !x.is_null()) {
                    conforms(doc, ps, x, &format!("{at}.{k}"))?;
                }
            }
            Ok(())
        }
        Some("array") => {
            let a = v.as_array().ok_or(format!("{at}: not an array"))?;
            a.first().map_or(Ok(()), |x| conforms(doc, &s["items"], x, &format!("{at}[0]")))
        }
        Some("string") if !v.is_string() => Err(format!("{at}: not a string")),
        Some("integer") if !v.is_i64() && !v.is_u64() => Err(format!("{at}: not an integer")),
        Some("boolean") if !v.is_boolean() => Err(format!("{at}: not a boolean")),
        _ => Ok(()),
    }
}

#[tokio::test]
async fn the_openapi_document_lists_every_api_route_and_each_answers_as_it_says() {
    let env = env();
    let (s, _, body) = env.send(Who::Public, "GET", "/api/openapi.json", None).await;
    assert_eq!(s, StatusCode::OK);
    let doc = json(&body);
    assert_eq!(doc["openapi"], "3.0.3");
    let paths = doc["paths"].as_object().expect("paths");
    let mut documented: Vec<String> = paths.keys().cloned().collect();
    let mut api: Vec<String> = ROUTES.iter().filter(|r| r.is_api()).map(|r| r.path.to_string()).collect();
    documented.sort();
    api.sort();
    let operations = api.len();
    api.dedup();
    assert_eq!(documented, api);
    // Every $ref resolves.
    for r in body.split("\"$ref\":\"#/components/schemas/").skip(1).filter_map(|s| s.split('"').next()) {
        assert!(doc["components"]["schemas"].get(r).is_some(), "dangling $ref {r}");
    }
    let mut checked = 0;
    for (path, item) in paths {
        for (method, op) in item.as_object().expect("operations") {
            assert!(op["summary"].is_string() && op["operationId"].is_string() && op["responses"]["200"].is_object(), "{path}");
            if method == "post" {
                // The writes are exercised by the flows (collect.rs, workbench.rs); here: each says what it takes.
                let content =
                    op["requestBody"]["content"].as_object().unwrap_or_else(|| panic!("POST {path} documents its body"));
                assert!(!content.is_empty(), "POST {path}");
                checked += 1;
                continue;
            }
            assert_eq!(method, "get");
            let uri = if path == "/api/query" { BY_COUNTRY_YEAR.to_string() } else { crate::authz::concrete("GET", path, "BOL") };
            let who = if op["security"].as_array().is_some_and(|a| a.is_empty()) { Who::Public } else { Who::Token(Role::Admin) };
            let (s, headers, body) = env.send(who, "GET", &uri, None).await;
            assert_eq!(s, StatusCode::OK, "{uri}");
            let ct = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            let content = op["responses"]["200"]["content"].as_object().expect("content");
            assert!(content.keys().any(|k| ct.starts_with(k.as_str())), "{uri}: {ct} is not one of {:?}", content.keys());
            if let Some(schema) = content.get("application/json").map(|c| &c["schema"]) {
                conforms(&doc, schema, &json(&body), path).unwrap_or_else(|e| panic!("{e}"));
            }
            if !op["security"].as_array().is_some_and(|a| a.is_empty()) {
                let (s, _, _) = env.send(Who::Public, "GET", &uri, None).await;
                assert_eq!(s, StatusCode::UNAUTHORIZED, "{uri} says it needs sign-in");
            }
            checked += 1;
        }
    }
    assert_eq!(checked, operations);
}
