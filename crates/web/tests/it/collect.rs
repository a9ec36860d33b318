//! Collection through the web: a focal point uploads the questionnaire and sees the findings,
//! the research team asks, the country answers and submits, the team validates; the upload is
//! all or nothing, and nothing of another country is reachable.

use axum::http::StatusCode;
use tipdata_io::questionnaire::{write_questionnaire, QuestionnaireSpec};
use tipdata_model::CellValue;
use tipdata_store::Role;

use crate::{env, json, Who, OTHER, OWN};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// A filled questionnaire: 12 victims in all, of them 20 female (a breakdown above its total).
fn filled(country: &str, year: i32) -> Vec<u8> {
    let cells = [
        (crate::victims_key(country, "Total", year), CellValue::Count(12)),
        (crate::victims_key(country, "Female", year), CellValue::Count(20)),
    ];
    write_questionnaire(&QuestionnaireSpec { entity: country, year, previous: &[], prefill: &cells }).expect("writes")
}

fn multipart(csrf: &str, file: &[u8]) -> Vec<u8> {
    let mut b = format!("--B0undary\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n--B0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bol-2022.xlsx\"\r\nContent-Type: {XLSX}\r\n\r\n").into_bytes();
    b.extend_from_slice(file);
    b.extend_from_slice(b"\r\n--B0undary--\r\n");
    b
}

/// Bolivia's focal point uploads `file` through the page's form.
async fn upload_page(env: &crate::Env, file: &[u8]) -> (StatusCode, axum::http::HeaderMap, String) {
    let (cookie, csrf) = env.session(Role::FocalPoint);
    let req = axum::http::Request::builder()
        .method("POST")
        .uri("/countries/BOL/submissions")
        .header("cookie", cookie)
        .header("content-type", "multipart/form-data; boundary=B0undary")
        .body(axum::body::Body::from(multipart(&csrf, file)))
        .expect("request");
    crate::raw(&env.app, req).await
}

#[tokio::test]
async fn a_questionnaire_goes_from_upload_through_a_query_to_validated_figures() {
    let env = env();
    // The focal point downloads the questionnaire of their country.
    let (s, headers, _) = env.send(Who::Session(Role::FocalPoint), "GET", "/countries/BOL/questionnaire?year=2022", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some(XLSX));

    // Uploads it filled in, through the page (a multipart form carrying the CSRF token).
    let (s, headers, body) = upload_page(&env, &filled(OWN, 2022)).await;
    assert_eq!(s, StatusCode::SEE_OTHER, "{body}");
    let to = headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    assert_eq!(to, "/countries/BOL/submissions/2", "the fixture holds submission 1");

    // The page shows the finding; the focal point cannot raise queries, the analyst can.
    let (_, _, page) = env.send(Who::Session(Role::FocalPoint), "GET", &to, None).await;
    assert!(page.contains("Submission 2") && page.contains("draft"), "{page}");
    assert!(page.contains("Submit to UNODC"));
    assert!(!page.contains("Ask the country"), "raising queries is the research team's");
    let (_, _, detail) = env.send(Who::Token(Role::Analyst), "GET", "/api/countries/BOL/submissions/2", None).await;
    let v = json(&detail);
    assert_eq!(v["cells"], 2);
    let findings = v["findings"].as_array().expect("findings");
    let (index, rule) = findings
        .iter()
        .enumerate()
        .find(|(_, f)| f["message"].as_str().unwrap_or("").contains("20"))
        .map(|(i, f)| (i, f["rule"].as_str().unwrap_or("").to_string()))
        .unwrap_or_else(|| panic!("a finding names the 20 female victims: {findings:?}"));
    let (s, _, body) = env
        .send_body(
            Who::Token(Role::Analyst),
            "POST",
            "/api/countries/BOL/submissions/2/queries",
            "application/json",
            serde_json::json!({ "finding": index, "rule": rule }).to_string().into_bytes(),
        )
        .await;
    assert_eq!(s, StatusCode::CREATED, "{body}");
    let q = json(&body)["id"].as_i64().expect("query id");
    let (s, _, body) = env
        .send(
            Who::Token(Role::Analyst),
            "POST",
            "/api/countries/BOL/submissions/2/queries",
            Some(&format!("finding={index}&rule={rule}")),
        )
        .await;
    assert_eq!((s, json(&body)["code"].as_str()), (StatusCode::BAD_REQUEST, Some("invalid")), "a finding is raised once");

    // The focal point answers on the page; an answer needs text.
    let (s, _, _) =
        env.send(Who::Session(Role::FocalPoint), "POST", &format!("/countries/BOL/queries/{q}/answer"), Some("comment=")).await;
    assert_eq!(s, StatusCode::BAD_REQUEST, "an empty answer is refused");
    let (s, _, _) = env
        .send(
            Who::Session(Role::FocalPoint),
            "POST",
            &format!("/countries/BOL/queries/{q}/answer"),
            Some("comment=The+female+figure+counts+adults+and+girls+twice"),
        )
        .await;
    assert_eq!(s, StatusCode::SEE_OTHER);
    let (_, _, page) = env.send(Who::Session(Role::FocalPoint), "GET", &format!("/countries/BOL/queries/{q}"), None).await;
    assert!(page.contains("counts adults and girls twice") && page.contains("answered"), "the thread shows the answer");
    // The finding's cells read as words; the internal key is only the hover title.
    assert!(page.contains("Bolivia (Plurinational State of) 2022 · Detected trafficking victims · "), "{page}");
    assert!(!page.contains(">BOL|"), "no cell shown in internal form: {page}");
    assert!(!page.contains("/resolve"), "resolving is the research team's");
    let (s, _, _) = env
        .send(Who::Token(Role::FocalPoint), "POST", &format!("/api/countries/BOL/queries/{q}/resolve"), Some("comment=ok"))
        .await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    let (s, _, body) = env
        .send(Who::Token(Role::Analyst), "POST", &format!("/api/countries/BOL/queries/{q}/resolve"), Some("comment=Accepted"))
        .await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(json(&body)["state"], "resolved");
    assert_eq!(json(&body)["thread"].as_array().map(Vec::len), Some(2), "the answer and the resolution: {body}");

    // Submit, then the team reviews and validates: the figures become stored cells.
    let (s, _, body) = env.send(Who::Token(Role::FocalPoint), "POST", "/api/countries/BOL/submissions/2/submit", Some("")).await;
    assert_eq!((s, json(&body)["state"].as_str()), (StatusCode::OK, Some("submitted")), "{body}");
    let (s, _, _) = env.send(Who::Token(Role::FocalPoint), "POST", "/api/countries/BOL/submissions/2/submit", Some("")).await;
    assert_eq!(s, StatusCode::CONFLICT, "submitted twice");
    let (s, _, _) =
        env.send(Who::Token(Role::FocalPoint), "POST", "/api/countries/BOL/submissions/2/decide", Some("action=validate")).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "a country does not validate its own figures");
    let (s, _, body) =
        env.send(Who::Token(Role::Analyst), "POST", "/api/countries/BOL/submissions/2/decide", Some("action=return")).await;
    assert_eq!(
        (s, json(&body)["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("reason_required")),
        "returning needs a reason: {body}"
    );
    let (_, _, queue) = env.send(Who::Session(Role::Analyst), "GET", "/submissions", None).await;
    assert!(queue.contains("/countries/BOL/submissions/2"), "the queue lists it");
    for action in ["review", "validate"] {
        let (s, _, body) = env
            .send(Who::Session(Role::Analyst), "POST", "/countries/BOL/submissions/2/decide", Some(&format!("action={action}")))
            .await;
        assert_eq!(s, StatusCode::SEE_OTHER, "{action}: {body}");
    }
    let (_, _, cells) = env.send(Who::Token(Role::FocalPoint), "GET", "/api/countries/BOL/cells", None).await;
    let cells = json(&cells);
    let stored = cells["cells"].as_array().expect("cells").iter().find(|c| c["year"] == 2022 && c["sex"] == "Female").cloned();
    assert_eq!(stored.map(|c| c["value"].clone()), Some(serde_json::json!(20)), "validated figures are stored");
}

#[tokio::test]
async fn a_bad_or_foreign_upload_is_refused_and_records_nothing() {
    let env = env();
    let before = env.send(Who::Token(Role::Admin), "GET", "/api/submissions", None).await.2;
    // Not a workbook: the message names the file.
    let (s, _, body) = env
        .send_body(Who::Token(Role::FocalPoint), "POST", "/api/countries/BOL/submissions", XLSX, b"PK not really".to_vec())
        .await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    let v = json(&body);
    assert_eq!(v["code"], "bad_questionnaire");
    assert!(v["message"].as_str().unwrap_or("").contains("upload.xlsx"), "{body}");
    // A truncated workbook.
    let mut bad = filled(OWN, 2022);
    bad.truncate(bad.len() / 2);
    let (s, _, body) = env.send_body(Who::Token(Role::FocalPoint), "POST", "/api/countries/BOL/submissions", XLSX, bad).await;
    assert_eq!((s, json(&body)["code"].as_str()), (StatusCode::BAD_REQUEST, Some("bad_questionnaire")), "a truncated workbook");
    // Peru's questionnaire uploaded by Bolivia's focal point, to Bolivia's page.
    let (s, _, body) =
        env.send_body(Who::Token(Role::FocalPoint), "POST", "/api/countries/BOL/submissions", XLSX, filled(OTHER, 2022)).await;
    assert_eq!(s, StatusCode::FORBIDDEN, "{body}");
    assert_eq!(json(&body)["code"], "other_country");
    // ... and to Peru's.
    let (s, _, _) =
        env.send_body(Who::Token(Role::FocalPoint), "POST", "/api/countries/PER/submissions", XLSX, filled(OTHER, 2022)).await;
    assert_eq!(s, StatusCode::FORBIDDEN);
    // Through the page: the form comes back with the reason, naming the file.
    let (s, _, page) = upload_page(&env, b"not a workbook").await;
    assert_eq!(s, StatusCode::BAD_REQUEST);
    assert!(
        page.contains("The upload was refused")
            && page.contains("bol-2022.xlsx")
            && page.contains("enctype=\"multipart/form-data\""),
        "{page}"
    );
    let after = env.send(Who::Token(Role::Admin), "GET", "/api/submissions", None).await.2;
    assert_eq!(before, after, "no submission was recorded");
}

#[tokio::test]
async fn another_countrys_submission_or_query_is_not_found_even_by_id() {
    let env = env();
    // The fixture's submission 1 and query 1 are Bolivia's.
    for uri in ["/api/countries/PER/submissions/1", "/api/countries/PER/queries/1"] {
        let (s, _, body) = env.send(Who::Token(Role::Admin), "GET", uri, None).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{uri}: {body}");
    }
    let (s, _, _) = env.send(Who::Token(Role::Admin), "POST", "/api/countries/PER/queries/1/answer", Some("comment=hi")).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
    let (_, _, body) = env.send(Who::Token(Role::FocalPoint), "GET", "/api/countries/BOL/queries", None).await;
    assert_eq!(json(&body)["queries"].as_array().map(Vec::len), Some(1));
}
