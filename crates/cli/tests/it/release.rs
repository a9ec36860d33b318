//! `tipdata release`: create, list, show, diff, and publication from a named release.

use crate::publish::{row, small_glotip};
use crate::{ok, tipdata};

#[test]
fn releases_freeze_the_data_and_diff_lists_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let r = tipdata(&db, &["release", "create", "empty"]);
    assert!(!r.ok && r.stderr.contains("nothing to release"), "{}", r.stderr);
    let first = dir.path().join("first.csv");
    std::fs::write(&first, small_glotip()).unwrap();
    ok(&db, &["import", "glotip", first.to_str().unwrap()]);
    let shown = ok(&db, &["release", "create", "2026-11", "--note", "first public release"]);
    assert!(shown.contains("(hash version 2)"), "{shown}");
    assert!(
        shown.contains("publication: suppress (threshold 5, margin 4, seed 0; rules "),
        "the public publication is kept with it: {shown}"
    );
    assert!(shown.contains("release 2026-11\n") && shown.contains("cells: 12\n"), "{shown}");
    assert!(shown.contains("note: first public release"), "{shown}");
    assert!(shown.contains("1 glotip ") && shown.contains("12 cells in this release"), "{shown}");
    let r = tipdata(&db, &["release", "create", "2026-11"]);
    assert!(!r.ok && r.stderr.contains("exists") && r.stderr.contains("immutable"), "{}", r.stderr);

    // A revision (Male 0-17 becomes 1) and a new year (imports never delete a cell).
    let mut second = small_glotip()
        .replace(&row("Total", "Total", "Male", "0 to 17 years", "<5"), &row("Total", "Total", "Male", "0 to 17 years", "1"));
    second.push_str(&row("Total", "Total", "Total", "Total", "55").replace(",2020,", ",2021,"));
    let second_path = dir.path().join("second.csv");
    std::fs::write(&second_path, second).unwrap();
    ok(&db, &["import", "glotip", second_path.to_str().unwrap()]);
    ok(&db, &["release", "create", "2026-12"]);

    let list = ok(&db, &["release", "list", "--format", "csv"]);
    let lines: Vec<&str> = list.lines().collect();
    assert_eq!(lines.len(), 3, "{list}");
    assert!(lines[0].starts_with("name,created_at,created_by,instrument,cells,imports,sha256"), "{list}");
    assert!(lines[1].starts_with("2026-11,") && lines[2].starts_with("2026-12,"), "{list}");

    let diff = ok(&db, &["release", "diff", "2026-11", "2026-12", "--format", "csv"]);
    let d: Vec<&str> = diff.lines().collect();
    assert_eq!(d[0], "change,country,indicator,dimension,category,sex,age,year,before,after");
    assert_eq!(d.len(), 3, "{diff}");
    assert!(d.contains(&"added,AUT,Detected trafficking victims,Total,Total,Total,Total,2021,,55"), "{diff}");
    assert!(d.contains(&"changed,AUT,Detected trafficking victims,Total,Total,Male,0 to 17 years,2020,<5,1"), "{diff}");
    let none = ok(&db, &["release", "diff", "2026-12", "2026-12"]);
    assert_eq!(none, "no cell differs\n");
    let r = tipdata(&db, &["release", "diff", "2026-11", "nope"]);
    assert!(!r.ok && r.stderr.contains("no release 'nope'"), "{}", r.stderr);

    let json = ok(&db, &["release", "show", "2026-12", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["cells"], 13);
    assert_eq!(v["imports"].as_array().unwrap().len(), 2);

    // Publication from the older release, by name; the default is the latest.
    let out = dir.path().join("out");
    let report = ok(&db, &["publish", "--out", out.to_str().unwrap(), "--release", "2026-11"]);
    assert!(report.starts_with("release: 2026-11 (12 cells"), "{report}");
    let report = ok(&db, &["publish", "--out", out.to_str().unwrap()]);
    assert!(report.starts_with("release: 2026-12 (13 cells"), "{report}");
    let r = tipdata(&db, &["publish", "--out", out.to_str().unwrap(), "--release", "nope"]);
    assert!(!r.ok && r.stderr.contains("no release 'nope'"), "{}", r.stderr);

    // `tipdata publish` with its defaults writes exactly the publication kept with the release
    // (what the public pages serve).
    let shown = ok(&db, &["release", "show", "2026-12"]);
    let kept = shown.lines().find_map(|l| l.strip_prefix("publication sha256: ")).expect("the publication is shown").to_string();
    let cells: Vec<_> = tipdata_privacy::glotip::read_csv(&out.join("tables.csv"))
        .unwrap()
        .into_iter()
        .map(|(k, v)| {
            let v = match v {
                tipdata_privacy::glotip::Shown::Count(n) => tipdata_store::PublicValue::Count(n),
                tipdata_privacy::glotip::Shown::Below(t) => tipdata_store::PublicValue::Below(t),
                tipdata_privacy::glotip::Shown::Hidden => tipdata_store::PublicValue::Hidden,
            };
            (k, v)
        })
        .collect();
    assert_eq!(tipdata_store::publication_hash(&cells), kept, "publish --out and the kept publication are the same cells");
    let again = ok(&db, &["release", "publish", "2026-12"]);
    assert!(again.contains(&kept), "kept, not computed again: {again}");
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}

/// `tipdata publish` with the public parameters reads the publication kept with the release
/// (regional sums included) instead of computing it again, and writes the same bytes as when it
/// computes it.
#[test]
fn publish_with_the_public_parameters_writes_the_kept_publication_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let file = dir.path().join("t.csv");
    let mut table = small_glotip();
    // A second Western European country, so that regional sums add two countries.
    table.push_str(
        &small_glotip().lines().skip(1).map(|l| format!("{}\n", l.replacen("AUT,Austria", "BEL,Belgium", 1))).collect::<String>(),
    );
    std::fs::write(&file, table).unwrap();
    ok(&db, &["import", "glotip", file.to_str().unwrap()]);
    let made = ok(&db, &["release", "create", "r1", "--no-publication"]);
    assert!(!made.contains("publication sha256"), "{made}");
    // Nothing kept yet: computed.
    let computed = dir.path().join("computed");
    let report = ok(&db, &["publish", "--out", computed.to_str().unwrap()]);
    assert!(!report.contains("kept with the release"), "{report}");
    assert!(report.contains("regional sums: 24 cells"), "{report}");
    // Kept, then read.
    let kept = ok(&db, &["release", "publish", "r1"]);
    let hash = kept.lines().find_map(|l| l.strip_prefix("publication sha256: ")).expect("the publication is shown").to_string();
    let read = dir.path().join("read");
    let report = ok(&db, &["publish", "--out", read.to_str().unwrap()]);
    assert!(report.contains(&format!("(the publication kept with the release, sha256 {hash}")), "{report}");
    assert!(report.contains("regional sums: 24 cells"), "the kept report: {report}");
    for f in ["tables.csv", "tables-sdmx.csv"] {
        let (a, b) = (std::fs::read(computed.join(f)).unwrap(), std::fs::read(read.join(f)).unwrap());
        assert!(a == b, "{f} differs:\n{}\n---\n{}", String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
    }
    let csv = std::fs::read_to_string(read.join("tables.csv")).unwrap();
    assert!(csv.lines().any(|l| l.starts_with("155,")), "regional rows kept with the release: {csv}");
    // Other parameters are computed.
    let other = dir.path().join("other");
    let report = ok(&db, &["publish", "--out", other.to_str().unwrap(), "--threshold", "3"]);
    assert!(!report.contains("kept with the release"), "{report}");
}

/// A release `r1` of the small table (with `two_countries`, a second Western European
/// country so that regional sums add two) made without a publication, then a publication kept
/// with it as older code kept one: `glotip::publish_with` (regional sums or not), the public
/// parameters, `edit` applied to its cells, stored under `format_version` and `rules_version`
/// (`None`: the rules of now). Returns the database and the cells of the publication made now.
fn release_with_a_kept_publication(
    dir: &std::path::Path,
    two_countries: bool,
    regions: bool,
    format_version: i64,
    rules_version: Option<&str>,
    edit: impl Fn(&mut Vec<(tipdata_model::ObsKey, tipdata_store::PublicValue)>),
) -> std::path::PathBuf {
    use tipdata_privacy::glotip::{publish_with, Method, Shown};
    use tipdata_store::{NewPublication, PublicationParams};
    let db = dir.join("t.db");
    let file = dir.join("t.csv");
    let mut table = small_glotip();
    if two_countries {
        table.push_str(
            &small_glotip()
                .lines()
                .skip(1)
                .map(|l| format!("{}\n", l.replacen("AUT,Austria", "BEL,Belgium", 1)))
                .collect::<String>(),
        );
    }
    std::fs::write(&file, table).unwrap();
    ok(&db, &["import", "glotip", file.to_str().unwrap()]);
    ok(&db, &["release", "create", "r1", "--no-publication"]);
    let mut store = tipdata_store::open(&crate::db_url(&db)).unwrap();
    let rules = tipdata_model::validation::RuleSet::v1();
    let cells: Vec<_> =
        store.release_cells("r1", None).unwrap().into_iter().filter_map(|(k, v)| Shown::from_value(v).map(|s| (k, s))).collect();
    let p = publish_with(&cells, rules, Method::Suppress, 5, 4, 0, regions).unwrap();
    let mut kept: Vec<_> = p.all_cells().into_iter().map(|(k, v)| (k, tipdata_privacy::release::public_value(v))).collect();
    edit(&mut kept);
    let report = p.report(Method::Suppress, 5, 4);
    store
        .store_publication(
            "r1",
            &NewPublication {
                params: PublicationParams::public(),
                rules_version: rules_version.unwrap_or(&rules.version),
                format_version,
                cells: &kept,
                report: &report,
                actor: "older-tipdata",
            },
        )
        .unwrap();
    db
}

/// The kept publication's hash and description, as `tipdata release show` prints them.
fn kept_publication(db: &std::path::Path) -> (String, String) {
    let shown = ok(db, &["release", "show", "r1"]);
    let hash = shown.lines().find_map(|l| l.strip_prefix("publication sha256: ")).expect("a kept publication").to_string();
    (hash, shown)
}

/// A publication kept before regional sums were the default (made by `ensure_publication` as it
/// was: `glotip::publish` without regional rows, the same public parameters, format version 0)
/// is not the default publication any more: `tipdata publish` with default parameters must not
/// write it (its parameters match, its content does not), and replaces it.
#[test]
fn publish_does_not_write_a_kept_publication_made_without_regional_sums() {
    let dir = tempfile::tempdir().unwrap();
    let db = release_with_a_kept_publication(dir.path(), true, false, 0, None, |_| {});
    let (before, _) = kept_publication(&db);
    let out = dir.path().join("out");
    let r = tipdata(&db, &["publish", "--out", out.to_str().unwrap()]);
    assert!(r.ok && r.stderr.contains("made by older disclosure code (format version 0"), "{}", r.stderr);
    let csv = std::fs::read_to_string(out.join("tables.csv")).unwrap();
    assert!(csv.lines().any(|l| l.starts_with("155,")), "default publish has regional sums: {csv}");
    let (after, shown) = kept_publication(&db);
    assert!(
        after != before && shown.contains(&format!("; format {})", tipdata_privacy::release::PUBLICATION_FORMAT)),
        "replaced: {shown}"
    );
    assert!(r.stdout.contains(&format!("(the publication kept with the release, sha256 {after}")), "{}", r.stdout);
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}

/// A publication kept under other validation rules (another `rules_version`, same parameters
/// and format) is not what `tipdata publish` computes now: it must not be written as the
/// default one.
#[test]
fn publish_does_not_write_a_kept_publication_made_under_other_rules() {
    let dir = tempfile::tempdir().unwrap();
    let older = format!("{}-older", tipdata_model::validation::RuleSet::v1().version);
    let current = tipdata_privacy::release::PUBLICATION_FORMAT;
    let db = release_with_a_kept_publication(dir.path(), false, true, current, Some(&older), |_| {});
    let out = dir.path().join("out");
    let report = ok(&db, &["publish", "--out", out.to_str().unwrap()]);
    let (_, shown) = kept_publication(&db);
    assert!(!shown.contains(&older), "replaced under the rules of now: {shown}");
    assert!(report.contains("kept with the release"), "the replacement is written: {report}");
}

/// A kept publication made by older disclosure code that disclosed a cell (before commit
/// 7d1d83c a "withheld" cell could be read as the published remainder: here, plainly, a hidden
/// cell shown with its value) is never served as it is: not by `tipdata release publish`, not
/// by `tipdata publish`; each recomputes it and replaces the kept copy, and the release itself
/// does not change.
#[test]
fn a_stale_kept_publication_is_never_served_as_is_and_is_replaced() {
    // Whichever cell the publication hides first, the stale copy shows it as a count of 77
    // (a value no cell of the table has).
    let leak = |cells: &mut Vec<(tipdata_model::ObsKey, tipdata_store::PublicValue)>| {
        let hidden = cells.iter_mut().find(|(_, v)| !matches!(v, tipdata_store::PublicValue::Count(_))).expect("a hidden cell");
        hidden.1 = tipdata_store::PublicValue::Count(77);
    };
    let leaks = |cells: &[(tipdata_model::ObsKey, tipdata_privacy::glotip::Shown)]| {
        cells.iter().any(|(_, v)| *v == tipdata_privacy::glotip::Shown::Count(77))
    };
    for reader in ["release publish", "publish"] {
        let dir = tempfile::tempdir().unwrap();
        let db = release_with_a_kept_publication(dir.path(), false, true, 0, None, leak);
        let release_hash = ok(&db, &["release", "show", "r1", "--format", "json"]);
        let (stale, shown) = kept_publication(&db);
        assert!(shown.contains("format 0, stale"), "{shown}");
        let out = dir.path().join("out");
        if reader == "publish" {
            ok(&db, &["publish", "--out", out.to_str().unwrap()]);
            let written = tipdata_privacy::glotip::read_csv(&out.join("tables.csv")).unwrap();
            assert!(!written.is_empty() && !leaks(&written), "publish wrote the stale copy: {written:?}");
        } else {
            let described = ok(&db, &["release", "publish", "r1"]);
            assert!(!described.contains(&stale), "release publish served the stale copy: {described}");
        }
        let (fresh, shown) = kept_publication(&db);
        assert!(
            fresh != stale && shown.contains(&format!("; format {})", tipdata_privacy::release::PUBLICATION_FORMAT)),
            "{reader}: replaced: {shown}"
        );
        let store = tipdata_store::open(&crate::db_url(&db)).unwrap();
        let p = store.release_publication("r1", &tipdata_store::PublicationParams::public()).unwrap().expect("kept");
        let kept: Vec<_> =
            store.publication_cells(p.id).unwrap().into_iter().map(|(k, v)| (k, tipdata_privacy::release::shown(v))).collect();
        assert!(!leaks(&kept), "{reader}: the kept copy still discloses");
        // And served from then on, not computed again.
        let again = ok(&db, &["release", "publish", "r1"]);
        assert!(again.contains(&fresh), "{again}");
        assert_eq!(ok(&db, &["release", "show", "r1", "--format", "json"]), release_hash, "the release never changes");
        assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
    }
}
