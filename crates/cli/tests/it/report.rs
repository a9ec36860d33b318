//! `tipdata report chapter5`: import, code, report, and the CSVs against the automatic codings
//! as `tipdata export cases` gives them (another path through the code).

use std::collections::BTreeMap;
use std::path::Path;

use crate::{ok, repo_file, tipdata};

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut rdr = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    rdr.records().map(|r| r.expect("csv reads").iter().map(String::from).collect()).collect()
}

#[test]
fn without_coded_cases_the_report_fails_with_a_clear_message_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let out = dir.path().join("report");
    let r = tipdata(&db, &["report", "chapter5", "--out", out.to_str().expect("utf-8")]);
    assert!(!r.ok);
    assert!(r.stderr.contains("no coded cases in the database (0 cases stored)"), "{}", r.stderr);
    // Cases without any automatic coding or final value are not coded cases either.
    let file = repo_file("crates/cli/tests/data/cases-ch5.jsonl");
    ok(&db, &["import", "cases", file.to_str().expect("utf-8"), "--format", "jsonl"]);
    let r = tipdata(&db, &["report", "chapter5", "--out", out.to_str().expect("utf-8")]);
    assert!(!r.ok && r.stderr.contains("(7 cases stored)") && r.stderr.contains("tipdata cases code"), "{}", r.stderr);
    assert!(!out.join("index.html").exists());
}

#[test]
fn imported_and_coded_cases_give_figures_equal_to_a_recount_of_the_exported_codings() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let out = dir.path().join("report");
    let file = repo_file("crates/cli/tests/data/cases-ch5.jsonl");
    ok(&db, &["import", "cases", file.to_str().expect("utf-8"), "--format", "jsonl"]);
    let coded = ok(&db, &["cases", "code"]);
    let coder = coded.split(" as ").nth(1).and_then(|s| s.split(':').next()).expect("the coder id");
    let said = ok(&db, &["report", "chapter5", "--out", out.to_str().expect("utf-8")]);
    assert!(said.contains("6 figures over 7 coded cases (0 final, 7 automatic)"), "{said}");

    // The automatic codings, read back through the export.
    let export = ok(&db, &["export", "cases", "--format", "jsonl", "--coder", coder]);
    let lines: Vec<serde_json::Value> = export.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(lines.len(), 7);
    let is = |v: &serde_json::Value, k: &str, want: &str| v[k].as_str() == Some(want);
    let mut by_year: BTreeMap<i64, (usize, usize)> = BTreeMap::new();
    for l in &lines {
        if let Some(y) = l["year"].as_i64() {
            let e = by_year.entry(y).or_default();
            e.0 += 1;
            e.1 += usize::from(is(l, "internet_used", "yes"));
        }
    }
    let rows = csv_rows(&out.join("fig1-internet-by-year.csv"));
    let expected: Vec<Vec<String>> = (2016..=2019)
        .map(|y| {
            let (n, i) = by_year.get(&y).copied().unwrap_or((0, 0));
            let share = if n == 0 { String::new() } else { format!("{:.1}", 100.0 * i as f64 / n as f64) };
            vec![y.to_string(), n.to_string(), i.to_string(), share]
        })
        .collect();
    assert_eq!(rows, expected, "2017 has no case and is still a row");
    let internet: Vec<&serde_json::Value> = lines.iter().filter(|l| is(l, "internet_used", "yes")).collect();
    assert!(internet.len() >= 3, "the coder finds the internet in the online cases: {export}");

    let border = csv_rows(&out.join("fig4-border-by-internet.csv"));
    for (row, net) in border.iter().zip([true, false]) {
        let of: Vec<&serde_json::Value> = lines.iter().filter(|l| is(l, "internet_used", "yes") == net).collect();
        let n = |b: &str| of.iter().filter(|l| is(l, "border", b)).count().to_string();
        assert_eq!(row[1..4], [of.len().to_string(), n("domestic"), n("cross_border")], "{row:?}");
    }
    let kids = csv_rows(&out.join("fig3-children-by-platform-group.csv"));
    let all_net = kids.iter().find(|r| r[0] == "all internet cases").expect("the row");
    let minors = internet.iter().filter(|l| is(l, "victims_minor", "yes")).count();
    assert_eq!(all_net[1..3], [internet.len().to_string(), minors.to_string()]);

    for f in [
        "index.html",
        "fig2-platforms-over-time.csv",
        "fig5-hunting-fishing.csv",
        "fig6-cyber-flows-pairs.csv",
        "cyber-flows.graphml",
        "cyber-flows.json",
        "fig1-internet-by-year.svg",
        "version.json",
    ] {
        assert!(out.join(f).exists(), "{f} written");
    }
    let html = std::fs::read_to_string(out.join("index.html")).expect("index.html");
    assert!(html.contains("7 with only an automatic coding") && html.contains(coder), "the source is named");
    assert!(!html.contains("<script") && !html.contains("src="), "reads offline");
}
