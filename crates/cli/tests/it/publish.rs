//! `tipdata publish`: the attacker's audit of GLOTIP-style publications, and our own output.

use crate::{ok, tipdata};

const HEADER: &str = "Iso3_code,Country,Indicator,Dimension,Category,Sex,Age,Year,txtVALUE\n";

pub fn row(dim: &str, cat: &str, sex: &str, age: &str, v: &str) -> String {
    format!("AUT,Austria,Detected trafficking victims,{dim},{cat},{sex},{age},2020,\"{v}\"\n")
}

/// A small table in the GLOTIP long format, published GLOTIP's way: `<5` beside totals.
pub fn small_glotip() -> String {
    let mut s = HEADER.to_string();
    for (sex, age, v) in [
        ("Total", "Total", "40"),
        ("Female", "Total", "37"),
        ("Male", "Total", "<5"),
        ("Female", "0 to 17 years", "30"),
        ("Female", "18 years or over", "7"),
        ("Male", "0 to 17 years", "<5"),
        ("Male", "18 years or over", "<5"),
        ("Total", "0 to 17 years", "31"),
        ("Total", "18 years or over", "9"),
    ] {
        s.push_str(&row("Total", "Total", sex, age, v));
    }
    s.push_str(&row("by form of exploitation", "Sexual exploitation", "Total", "Total", "38"));
    s.push_str(&row("by form of exploitation", "Forced labour", "Total", "Total", "<5"));
    s.push_str(&row("by form of exploitation", "Other forms of exploitation", "Total", "Total", "<5"));
    s
}

#[test]
fn the_audit_recovers_glotip_style_cells_and_none_of_our_output() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let published = dir.path().join("glotip");
    std::fs::create_dir(&published).unwrap();
    std::fs::write(published.join("t.csv"), small_glotip()).unwrap();

    // As published: male = 40 - 37 = 3; male 0-17 = 31 - 30 = 1, male 18+ = 9 - 7 = 2;
    // forced labour + other forms = 2: each narrowed to 0..2.
    let r = tipdata(&db, &["publish", "--audit", published.to_str().unwrap()]);
    assert!(!r.ok, "the audit fails on a recoverable publication");
    assert!(r.stdout.contains("hidden cells: 5 (5 in some constraint)"), "{}", r.stdout);
    assert!(r.stdout.contains("recovered exactly: 3 (0 of them as 0, 3 as a positive count)"), "{}", r.stdout);
    assert!(r.stdout.contains("narrowed: 2\n"), "{}", r.stdout);
    assert!(r.stdout.contains("Male/Total: <5 -> [3, 3]"), "{}", r.stdout);
    assert!(r.stderr.contains("3 hidden cells recovered exactly, 2 narrowed"), "{}", r.stderr);

    // The same through the store.
    ok(&db, &["import", "glotip", published.join("t.csv").to_str().unwrap()]);
    let r = tipdata(&db, &["publish", "--audit-stored"]);
    assert!(!r.ok);
    assert!(r.stdout.contains("recovered or narrowed: 5"), "{}", r.stdout);

    // Ours: suppression, written as CSV, XLSX, SDMX-CSV and a report; the audit finds nothing.
    // Publication reads a frozen release.
    let out = dir.path().join("out");
    let r = tipdata(&db, &["publish", "--out", out.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("no release yet") && r.stderr.contains("tipdata release create NAME"), "{}", r.stderr);
    ok(&db, &["release", "create", "r1"]);
    let report = ok(&db, &["publish", "--out", out.to_str().unwrap()]);
    assert!(report.starts_with("release: r1 (12 cells, sha256 "), "{report}");
    assert!(report.contains("primary cells hidden: 5"), "{report}");
    assert!(report.contains("unprotected: 0"), "{report}");
    for f in ["tables.csv", "tables.xlsx", "tables-sdmx.csv", "report.txt"] {
        assert!(out.join(f).is_file(), "{f} written");
    }
    let csv = std::fs::read_to_string(out.join("tables.csv")).unwrap();
    assert!(!csv.contains("<5"), "{csv}");
    // 12 country rows and, by default, the regional sums of Europe (150) and Western Europe
    // (155): shown where every member is shown, hidden otherwise, and no country cell more.
    assert_eq!(csv.lines().filter(|l| l.starts_with("AUT,")).count(), 12, "{csv}");
    assert_eq!(csv.lines().filter(|l| l.starts_with("150,") || l.starts_with("155,")).count(), 24, "{csv}");
    assert!(report.contains("country cells hidden for them: 0"), "{report}");
    let audit = ok(&db, &["publish", "--audit", out.to_str().unwrap()]);
    assert!(audit.contains("recovered or narrowed: 0"), "{audit}");
    assert!(audit.contains("regional sums: 24 cells"), "{audit}");
    assert!(audit.contains("audit passed"), "{audit}");
    // AUT alone in Europe: a shown regional cell is AUT's shown cell, a hidden one AUT's hidden.
    let value = |csv: &str, entity: &str, rest: &str| -> String {
        csv.lines()
            .find(|l| l.starts_with(&format!("{entity},")) && l.contains(rest))
            .map(|l| l.rsplit(',').next().unwrap().to_string())
            .unwrap_or_default()
    };
    for rest in [",Total,Total,Total,Total,", ",Total,Total,Male,Total,", ",Total,Total,Female,0 to 17 years,"] {
        assert_eq!(value(&csv, "150", rest), value(&csv, "AUT", rest), "{rest}\n{csv}");
        assert_eq!(value(&csv, "155", rest), value(&csv, "AUT", rest), "{rest}\n{csv}");
    }

    // --regional-sums is the default (accepted, changes nothing); --no-regional-sums leaves
    // them out.
    let reg = dir.path().join("regions");
    ok(&db, &["publish", "--out", reg.to_str().unwrap(), "--regional-sums"]);
    assert_eq!(std::fs::read(reg.join("tables.csv")).unwrap(), csv.as_bytes());
    let none = dir.path().join("countries");
    ok(&db, &["publish", "--out", none.to_str().unwrap(), "--no-regional-sums"]);
    let csv = std::fs::read_to_string(none.join("tables.csv")).unwrap();
    assert_eq!(csv.lines().filter(|l| l.starts_with("AUT,")).count(), 12, "{csv}");
    assert_eq!(csv.lines().filter(|l| l.starts_with("150,") || l.starts_with("155,")).count(), 0, "{csv}");

    // rr3: every published count a multiple of 3, seeded.
    let rr = dir.path().join("rr3");
    ok(&db, &["publish", "--out", rr.to_str().unwrap(), "--method", "rr3", "--seed", "3"]);
    let csv = std::fs::read_to_string(rr.join("tables.csv")).unwrap();
    for line in csv.lines().skip(1) {
        let v = line.rsplit(',').next().unwrap();
        assert!(v == "x" || v.parse::<u64>().is_ok_and(|n| n % 3 == 0), "{line}");
    }
}

#[test]
fn publish_needs_something_to_do_and_a_readable_directory() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let r = tipdata(&db, &["publish"]);
    assert!(!r.ok && r.stderr.contains("--out DIR"), "{}", r.stderr);
    let r = tipdata(&db, &["publish", "--audit", dir.path().join("nope").to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("cannot read"), "{}", r.stderr);
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let r = tipdata(&db, &["publish", "--audit", empty.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("no CSV table"), "{}", r.stderr);
    std::fs::write(empty.join("bad.csv"), "Indicator,Year\nx,2020\n").unwrap();
    let r = tipdata(&db, &["publish", "--audit", empty.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("no column"), "{}", r.stderr);
}

/// The headline figure of issue 8: the real GLOTIP table as published today, and our output
/// for a few countries (the whole file takes about 30 s to suppress in a debug build).
#[test]
fn the_real_glotip_table_is_recoverable_and_our_publication_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    crate::import_real_glotip(&db);
    // The release's kept publication is not what this test checks (release.rs does): not computed.
    ok(&db, &["release", "create", "glotip-2024", "--no-publication"]);
    let r = tipdata(&db, &["publish", "--audit-stored"]);
    assert!(!r.ok);
    assert!(r.stdout.contains("table sets: 7204 (46032 cells;"), "{}", r.stdout);
    assert!(r.stdout.contains("hidden cells: 22748 (18767 in some constraint)"), "{}", r.stdout);
    assert!(r.stdout.contains("recovered exactly: 5860 (4189 of them as 0, 1671 as a positive count)"), "{}", r.stdout);
    assert!(r.stdout.contains("narrowed: 2159\n"), "{}", r.stdout);
    // IRL has cells fixed by the reporting pattern (withheld).
    for country in ["AUT", "BEL", "NLD", "IRL"] {
        let out = dir.path().join(country);
        let report = ok(&db, &["publish", "--out", out.to_str().unwrap(), "--country", country]);
        assert!(report.contains("unprotected: 0"), "{report}");
        let audit = ok(&db, &["publish", "--audit", out.to_str().unwrap()]);
        assert!(audit.contains("recovered or narrowed: 0"), "{country}: {audit}");
    }
}
