//! `tipdata backup` and `tipdata restore` end to end on the real GLOTIP file and court cases:
//! the suite's backend -> SQLite -> the suite's backend (under `TIPDATA_TEST_PG` that is
//! PostgreSQL -> SQLite -> PostgreSQL), every table compared, the audit trail verified.

use std::path::Path;

use crate::{ok, tipdata, tipdata_at};

fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name).display().to_string()
}

/// The backup without its header line (which names the backend and the time).
fn body(file: &Path) -> Vec<String> {
    std::fs::read_to_string(file).expect("backup written").lines().skip(1).map(str::to_string).collect()
}

#[test]
fn a_backup_restores_across_backends_with_every_table_equal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.db");
    crate::import_real_glotip(&a);
    ok(&a, &["import", "cases", &data("cldb-small.csv"), "--format", "cldb"]);
    ok(&a, &["rounds", "create", "R", "--years", "2022", "--deadline", "2030-01-01"]);
    ok(&a, &["rounds", "invite", "R", "BOL"]);
    let first = dir.path().join("first.jsonl");
    ok(&a, &["backup", "--out", first.to_str().expect("utf-8")]);

    // Into SQLite, whatever the suite's backend.
    let b = dir.path().join("b.sqlite").display().to_string();
    let r = tipdata_at(&b, &["restore", first.to_str().expect("utf-8")]);
    assert!(r.ok && r.stdout.contains("audit trail verified"), "{} {}", r.stdout, r.stderr);
    let second = dir.path().join("second.jsonl");
    let r = tipdata_at(&b, &["backup", "--out", second.to_str().expect("utf-8")]);
    assert!(r.ok, "{}", r.stderr);
    assert_eq!(body(&first), body(&second), "every table equal after a restore into SQLite");

    // And back into a fresh database of the suite's backend.
    let c = dir.path().join("c.db");
    ok(&c, &["restore", second.to_str().expect("utf-8")]);
    let third = dir.path().join("third.jsonl");
    ok(&c, &["backup", "--out", third.to_str().expect("utf-8")]);
    assert_eq!(body(&first), body(&third), "every table equal after the way back");
    let q = ["query", "--indicator", "Detected trafficking victims", "--by", "region,sex", "--format", "csv"];
    assert_eq!(ok(&a, &q), ok(&c, &q));
    assert!(ok(&c, &["audit", "verify"]).contains("audit trail verified"));

    // A database that holds data is not a restore target; the reason is one line.
    let r = tipdata(&a, &["restore", third.to_str().expect("utf-8")]);
    assert!(!r.ok && r.stderr.lines().count() == 1 && r.stderr.contains("needs an empty database"), "{}", r.stderr);
}
