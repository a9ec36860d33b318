//! The chapter 5 pages: six figures from the coded cases, each with charts, tables, n and
//! downloads; the same figures as JSON.

use axum::http::StatusCode;

use crate::{env, json, Who};

#[tokio::test]
async fn the_chapter5_page_shows_six_figures_with_their_n_and_downloads() {
    let env = env();
    let (s, _, page) = env.send(Who::Public, "GET", "/chapter5", None).await;
    assert_eq!(s, StatusCode::OK);
    assert_eq!(page.matches("<section class=\"figure\"").count(), 6, "six figures");
    assert!(page.matches("<svg").count() >= 6, "each with a chart");
    assert!(
        page.contains("<em>n</em> = 2 cases (0 on final values, 2 on automatic codings only)"),
        "the fixture's two cases, coded automatically"
    );
    assert!(page.contains("not to counts of public judgments"), "the page says which rule applies");
    let (_, _, body) = env.send(Who::Public, "GET", "/api/chapter5", None).await;
    let v = json(&body);
    let figs = v["figures"].as_array().expect("figures");
    assert_eq!(figs.len(), 6);
    let first = &figs[0]["tables"][0];
    let (s, headers, csv) = env.send(Who::Public, "GET", first["csv"].as_str().expect("a CSV link"), None).await;
    assert_eq!(s, StatusCode::OK);
    assert!(headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").starts_with("text/csv"));
    let header: Vec<String> =
        first["header"].as_array().expect("header").iter().map(|h| h.as_str().unwrap_or("").to_string()).collect();
    assert!(csv.starts_with(&header.join(",")), "the CSV is the table: {csv}");
    let (s, _, _) = env.send(Who::Public, "GET", "/chapter5/files/nothing.csv", None).await;
    assert_eq!(s, StatusCode::NOT_FOUND);
}
