//! `tipdata import ctdc`, `synth --dataset`, and differentially private counts paid for from the
//! dataset's privacy budget.

use crate::{ok, repo_file, tipdata};

const HEADER: &str = "yearOfRegistration,gender,ageBroad,citizenship,isForcedLabour,isSexualExploit,CountryOfExploitation\n";

fn small(dir: &std::path::Path, extra: &str) -> std::path::PathBuf {
    let mut s = HEADER.to_string();
    for i in 0..60 {
        let (g, a) = if i % 3 == 0 { ("Male", "30--38") } else { ("Female", "9--17") };
        s.push_str(&format!("2016,{g},{a},PH,1.0,0.0,US\n"));
    }
    s.push_str(extra);
    let p = dir.join(format!("ctdc{}.csv", extra.len()));
    std::fs::write(&p, s).unwrap();
    p
}

#[test]
fn a_bad_record_is_named_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let bad = small(dir.path(), "2017,Female,9--17,PH,yes,,US\n");
    let r = tipdata(&db, &["import", "ctdc", bad.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(r.stderr.contains("row 62, column 'isForcedLabour': 'yes' is not 0 or 1"), "{}", r.stderr);
    let r = tipdata(&db, &["synth", "--dataset", "ctdc", "--out", dir.path().join("s.csv").to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("no dataset 'ctdc'"), "{}", r.stderr);
}

#[test]
fn dp_counts_spend_the_budget_and_the_ledger_refuses_to_overspend() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let file = small(dir.path(), "");
    let out = ok(&db, &["import", "ctdc", file.to_str().unwrap()]);
    assert!(out.contains("dataset ctdc: 60 records stored"), "{out}");
    let again = ok(&db, &["import", "ctdc", file.to_str().unwrap()]);
    assert!(again.contains("unchanged"), "{again}");

    let args = ["dp", "crosstab", "--by", "gender,ageBroad", "--epsilon", "0.6", "--format", "csv"];
    let r = tipdata(&db, &args);
    assert!(!r.ok && r.stderr.contains("no privacy budget") && r.stderr.contains("dp budget"), "{}", r.stderr);
    ok(&db, &["dp", "budget", "--total", "1"]);
    let r = tipdata(&db, &args);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stdout.starts_with("gender,ageBroad,count\n"), "{}", r.stdout);
    // 40 Female 9--17 and 20 Male 30--38, noise of scale 1/0.6: far from 0 with any draw that
    // is not astronomically unlikely (P(|noise| >= 20) < 1e-5).
    let count = |g: &str, a: &str| -> i64 {
        r.stdout
            .lines()
            .find(|l| l.starts_with(&format!("{g},{a},")))
            .map_or(0, |l| l.rsplit(',').next().unwrap().parse().unwrap())
    };
    assert!((count("Female", "9--17") - 40).abs() < 20, "{}", r.stdout);
    assert!((count("Male", "30--38") - 20).abs() < 20, "{}", r.stdout);
    assert!(r.stderr.contains("epsilon 0.6 spent on dataset ctdc (0.6 of 1 spent, 0.4 left)"), "{}", r.stderr);

    // The same question again: the released answer, again, without spending (a fresh draw
    // would let anyone average the noise away).
    let again = tipdata(&db, &args);
    assert!(again.ok, "{}", again.stderr);
    assert_eq!(again.stdout, r.stdout, "the same answer");
    assert!(again.stderr.contains("no epsilon spent (0.6 of 1 spent, 0.4 left)"), "{}", again.stderr);
    // Another epsilon is another question.
    let other = tipdata(&db, &["dp", "crosstab", "--by", "gender,ageBroad", "--epsilon", "0.5", "--format", "csv"]);
    assert!(!other.ok && other.stderr.contains("exceeded"), "{}", other.stderr);

    // A fresh answer would spend 1.2 of 1: refused, nothing printed, nothing recorded.
    let mut fresh = args.to_vec();
    fresh.push("--fresh");
    let r = tipdata(&db, &fresh);
    assert!(!r.ok && r.stdout.is_empty(), "{}", r.stdout);
    assert!(r.stderr.contains("privacy budget of dataset 'ctdc' exceeded"), "{}", r.stderr);
    let ledger = ok(&db, &["dp", "budget"]);
    assert!(ledger.starts_with("dataset ctdc: privacy budget epsilon 1, spent 0.6, left 0.4"), "{ledger}");
    assert_eq!(ledger.lines().count(), 2, "{ledger}");
    assert!(ledger.contains("dp crosstab --by gender,ageBroad --epsilon 0.6"), "{ledger}");
    let r = tipdata(&db, &["dp", "budget", "--total", "0.5"]);
    assert!(!r.ok && r.stderr.contains("cannot go below"), "{}", r.stderr);
    let r = tipdata(&db, &["dp", "crosstab", "--by", "nationality", "--epsilon", "0.1"]);
    assert!(!r.ok && r.stderr.contains("--categories nationality="), "{}", r.stderr);
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}

/// The real CTDC subset: imported whole, re-import a no-op, synthesized from the store.
#[test]
fn the_real_ctdc_file_imports_and_synthesizes_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let file = repo_file("data/ctdc/ctdc_global_2020_subset.csv");
    let out = ok(&db, &["import", "ctdc", file.to_str().unwrap()]);
    assert!(out.contains("48773 records stored"), "{out}");
    assert!(ok(&db, &["import", "ctdc", file.to_str().unwrap()]).contains("unchanged"));
    let synth = dir.path().join("synth.csv");
    let r = tipdata(&db, &["synth", "--dataset", "ctdc", "--out", synth.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("leakage"), "{}", r.stderr);
    let text = std::fs::read_to_string(&synth).unwrap();
    assert!(
        text.starts_with("yearOfRegistration,gender,ageBroad,citizenship,isForcedLabour,isSexualExploit,CountryOfExploitation\n")
    );
    let n = text.lines().count() - 1;
    assert!(n.abs_diff(48_773) * 50 <= 48_773, "{n} synthetic records: not within 2% of 48773");
}

#[test]
fn a_fresh_dp_answer_spends_and_becomes_the_one_shown_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let file = small(dir.path(), "");
    ok(&db, &["import", "ctdc", file.to_str().unwrap()]);
    ok(&db, &["dp", "budget", "--total", "1"]);
    let args = ["dp", "crosstab", "--by", "gender", "--epsilon", "0.25", "--format", "csv"];
    ok(&db, &args);
    let mut fresh = args.to_vec();
    fresh.push("--fresh");
    let second = ok(&db, &fresh);
    let ledger = ok(&db, &["dp", "budget"]);
    assert!(ledger.starts_with("dataset ctdc: privacy budget epsilon 1, spent 0.5, left 0.5"), "a fresh answer spends: {ledger}");
    assert!(ledger.contains("--epsilon 0.25 --fresh"), "{ledger}");
    // Asked again, the latest released answer is shown, for nothing.
    assert_eq!(ok(&db, &args), second);
    assert!(ok(&db, &["dp", "budget"]).starts_with("dataset ctdc: privacy budget epsilon 1, spent 0.5,"));
    // A new version of the dataset is a new question.
    let more = small(dir.path(), "2019,Male,30--38,PH,,,US\n");
    ok(&db, &["import", "ctdc", more.to_str().unwrap()]);
    ok(&db, &args);
    assert!(ok(&db, &["dp", "budget"]).starts_with("dataset ctdc: privacy budget epsilon 1, spent 0.75,"));
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}
