//! The real UNODC case-law export from `../shared/data/case-law/` (other people's text, so not
//! part of the default tests): `.ci/run` runs this suite with `TIPDATA_SHARED` set to the
//! absolute path of `../shared/data`. Without it, each test says it is skipped and returns.
//!
//! Expected figures come from `scripts/expected_cases.py`, which reads the file with Python's
//! csv module only and applies the rules of `docs/case-mapping.md` (run once on 2026-11-28;
//! its output is copied here):
//!
//! ```text
//! cases 181
//! distinct Case ids 180 shared: {'USA174': 2}
//! MinorsIncluded yes 109 no 64
//! FormOfTrafficking with Internal (no Transnational) 78
//! FormOfTrafficking with Transnational or International 73
//! FormOfTrafficking NA 14 neither 16
//! placeholder dates 22
//! summaries held twice 150
//! victims_total exact numbers 126
//! ```

use std::path::PathBuf;
use std::process::Command;

fn shared_file(rel: &str) -> Option<PathBuf> {
    match std::env::var_os("TIPDATA_SHARED") {
        Some(dir) => Some(PathBuf::from(dir).join(rel)),
        None => {
            eprintln!("skipped: TIPDATA_SHARED is not set (.ci/run sets it to ../shared/data)");
            None
        }
    }
}

fn tipdata(db: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tipdata"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env_remove("TIPDATA_DB")
        .output()
        .expect("the tipdata binary runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn ok(db: &std::path::Path, args: &[&str]) -> String {
    let (ok, out, err) = tipdata(db, args);
    assert!(ok, "tipdata {args:?} failed: {err}");
    out
}

#[test]
fn the_real_case_law_file_imports_with_exact_counts() {
    let Some(file) = shared_file("case-law/HumanTrafficking_CLDB.csv") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("t.db");
    let f = file.to_str().expect("UTF-8 path");
    let out = ok(&db, &["import", "cases", f, "--format", "cldb"]);
    assert!(out.contains("records read: 181\n"), "{out}");
    assert!(out.contains("cases: 181 (181 new, 0 changed, 0 unchanged)\n"), "{out}");
    assert!(out.contains("codings added: 181 (0 unchanged)\n"), "{out}");
    assert!(out.contains("flagged: 2 duplicate_source_id, 22 judgment_date_missing, 150 summary_repeated_in_source\n"), "{out}");
    // Two records share USA174; one record has means in ExploitativePurposes and
    // `Transnational` in MeansUsed (values noted, not coded; kept in the raw record).
    assert!(out.contains("findings: 5 (2 case_id_shared, 3 case_value_unmapped;"), "{out}");

    // USA174 is two different cases: both kept, both flagged, both found by the source id.
    let show = ok(&db, &["cases", "show", "USA174", "--format", "json"]);
    let shown: serde_json::Value = serde_json::from_str(&show).expect("JSON");
    let cases: Vec<(&str, &str)> =
        shown.as_array().expect("array").iter().filter_map(|c| Some((c["id"].as_str()?, c["name"].as_str()?))).collect();
    // Sorted by id as text: "USA174-101" before "USA174-44".
    assert_eq!(cases, [("USA174-101", "United States v. Telichenko"), ("USA174-44", "Docket Number - Unknown [2010]")]);
    assert!(shown
        .as_array()
        .expect("array")
        .iter()
        .all(|c| c["flags"].as_array().is_some_and(|f| f.contains(&"duplicate_source_id".into()))));

    let lines: Vec<serde_json::Value> = ok(&db, &["export", "cases", "--format", "jsonl", "--coder", "unodc-cldb"])
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 181);
    let count = |var: &str, val: &str| lines.iter().filter(|l| l[var] == val).count();
    assert_eq!(count("victims_minor", "yes"), 109);
    assert_eq!(count("victims_minor", "no"), 64);
    assert_eq!(count("border", "domestic"), 78, "Internal");
    assert_eq!(count("border", "cross_border"), 73, "Transnational or International");
    assert_eq!(count("border", "unknown"), 14, "NA");
    assert_eq!(lines.iter().filter(|l| l.get("border").is_none()).count(), 16);
    assert_eq!(lines.iter().filter(|l| l["victims_total"].is_u64()).count(), 126);
    assert!(lines.iter().all(|l| l["country"] == "USA"));

    let again = ok(&db, &["import", "cases", f, "--format", "cldb"]);
    assert!(again.contains("nothing was written"), "{again}");
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}
