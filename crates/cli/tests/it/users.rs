//! `tipdata users add|list|remove|token`: the accounts the web application signs in.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::{ok, tipdata};

fn add(db: &std::path::Path, args: &[&str], password: &str) -> (bool, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tipdata"))
        .arg("--db")
        .arg(crate::db_url(db))
        .args(["users", "add"])
        .args(args)
        .env_remove("TIPDATA_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the tipdata binary runs");
    child.stdin.take().expect("stdin").write_all(format!("{password}\n").as_bytes()).expect("writes the password");
    let out = child.wait_with_output().expect("finishes");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

#[test]
fn users_are_added_with_a_password_from_stdin_listed_given_a_token_and_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("u.db");
    let (added, out) = add(&db, &["ana", "--role", "focal_point", "--country", "bol"], "a long password");
    assert!(added, "{out}");
    assert_eq!(out.trim(), "added ana (focal_point, BOL)");
    let list = ok(&db, &["users", "list"]);
    assert!(list.lines().any(|l| l.starts_with("ana") && l.contains("focal_point") && l.contains("BOL")), "{list}");
    let token = ok(&db, &["users", "token", "ana", "--label", "ci"]);
    assert!(token.trim().starts_with("tdk_") && token.trim().len() == 68, "{token}");
    assert_eq!(ok(&db, &["users", "remove", "ana"]).trim(), "removed ana");
    let again = tipdata(&db, &["users", "remove", "ana"]);
    assert!(!again.ok && again.stderr.contains("no user 'ana'"), "{}", again.stderr);
}

#[test]
fn a_short_password_a_focal_point_without_a_country_and_a_taken_name_are_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("u.db");
    for (args, password, says) in [
        (&["bo", "--role", "analyst"][..], "short", "at least 10 characters"),
        (&["bo", "--role", "focal_point"][..], "a long password", "needs a country"),
        (&["bo", "--role", "owner"][..], "a long password", "not a role"),
    ] {
        let (added, out) = add(&db, args, password);
        assert!(!added && out.contains(says), "{args:?}: {out}");
    }
    assert!(add(&db, &["bo", "--role", "analyst"], "a long password").0);
    let (added, out) = add(&db, &["bo", "--role", "coder"], "a long password");
    assert!(!added && out.contains("taken"), "{out}");
}

/// The audit trail's entries for `table` (actor, row key, new value), read from a backup.
fn trail(db: &std::path::Path, table: &str) -> Vec<(String, String, String)> {
    let file = db.with_extension("backup");
    ok(db, &["backup", "--out", file.to_str().expect("utf-8")]);
    let text = std::fs::read_to_string(&file).expect("backup written");
    let mut columns: Vec<String> = Vec::new();
    let mut in_log = false;
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        if let Some(name) = v.get("table") {
            in_log = name == "audit_log";
            columns = v["columns"].as_array().expect("columns").iter().map(|c| c.as_str().expect("a name").to_string()).collect();
            continue;
        }
        if !in_log || !v.is_array() {
            continue;
        }
        let field =
            |name: &str| v[columns.iter().position(|c| c == name).expect("an audit column")].as_str().unwrap_or("").to_string();
        if field("table_name") == table {
            out.push((field("actor"), field("row_key"), field("new_value")));
        }
    }
    out
}

#[test]
fn a_token_made_on_the_command_line_is_audited_under_the_operator_and_names_its_owner() {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("u.db");
    assert!(add(&db, &["ana", "--role", "analyst"], "a long password").0);
    let out = Command::new(env!("CARGO_BIN_EXE_tipdata"))
        .arg("--db")
        .arg(crate::db_url(&db))
        .args(["users", "token", "ana", "--label", "nightly"])
        .env("TIPDATA_ACTOR", "operator-olga")
        .output()
        .expect("the tipdata binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let token = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let entries = trail(&db, "api_tokens");
    assert_eq!(entries.len(), 1, "{entries:?}");
    let (actor, key, new) = &entries[0];
    assert_eq!(actor, "operator-olga", "the operator made it, not the owner");
    assert!(key.starts_with("ana/"), "{key}");
    assert_eq!(new, r#"{"user":"ana","label":"nightly"}"#);
    assert!(!format!("{entries:?}").contains(&token[4..]), "the token stays out of the trail");
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}
