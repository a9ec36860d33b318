//! Bad input: an error naming file, sheet, row and column, and a database exactly as before.

use std::path::Path;

use crate::{ok, tipdata};

const HEADER: &str =
    "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,txtVALUE,Source";
/// Five real rows of the GLOTIP file (rows 5-9 of the sheet).
const ROWS: [&str; 5] = [
    "AFG,Afghanistan,Asia,Southern Asia,Offences of trafficking in persons,Total,Total,Total,Total,2013,Counts,103,GLOTIP",
    "AFG,Afghanistan,Asia,Southern Asia,Persons brought into formal contact,Total,Total,Total,Total,2013,Counts,167,GLOTIP",
    "AFG,Afghanistan,Asia,Southern Asia,Detected trafficking victims,by form of exploitation,Forced labour,Total,Total,2017,Counts,<5,GLOTIP",
    "AFG,Afghanistan,Asia,Southern Asia,Detected trafficking victims,by form of exploitation,Sexual exploitation,Total,Total,2017,Counts,<5,GLOTIP",
    "ARG,Argentina,Americas,Latin America and the Caribbean,Offences of trafficking in persons,Total,Total,Total,Total,2012,Counts,\"1,757\",GLOTIP",
];

fn write_csv(dir: &Path, name: &str, header: &str, rows: &[String]) -> String {
    let p = dir.join(name);
    let mut s = format!("{header}\n");
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    std::fs::write(&p, s).unwrap();
    p.to_str().unwrap().to_string()
}

/// Everything a later check compares: all cells and the audit trail's length.
fn snapshot(db: &Path) -> (String, String) {
    (
        ok(db, &["query", "--by", "country,indicator,dimension,category,sex,age,year", "--format", "csv"]),
        ok(db, &["audit", "verify"]),
    )
}

fn good_rows() -> Vec<String> {
    ROWS.iter().map(|s| s.to_string()).collect()
}

/// A database holding the five good rows, and its snapshot.
fn seeded(dir: &Path) -> (std::path::PathBuf, (String, String)) {
    let db = dir.join("t.db");
    let good = write_csv(dir, "good.csv", HEADER, &good_rows());
    let out = ok(&db, &["import", "glotip", &good]);
    assert!(out.contains("5 new"), "{out}");
    let snap = snapshot(&db);
    assert!(snap.0.contains("ARG,Offences of trafficking in persons,Total,Total,Total,Total,2012,1757,0,1757,1757,1"));
    (db, snap)
}

fn assert_rejected(db: &Path, file: &str, expect: &[&str], snap: &(String, String)) {
    let r = tipdata(db, &["import", "glotip", file]);
    assert!(!r.ok, "import of {file} should fail");
    assert_eq!(r.stderr.lines().count(), 1, "one-line reason: {}", r.stderr);
    for e in expect {
        assert!(r.stderr.contains(e), "expected '{e}' in: {}", r.stderr);
    }
    assert_eq!(&snapshot(db), snap, "the database changed after a failed import");
}

#[test]
fn a_letter_in_a_count_aborts_with_row_and_column_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (db, snap) = seeded(dir.path());
    // New rows first, then the bad one: nothing of the file may be stored.
    let mut rows = good_rows();
    rows[0] = rows[0].replace(",2013,Counts,103,", ",2014,Counts,103,");
    rows[4] = rows[4].replace("\"1,757\"", "12a");
    let f = write_csv(dir.path(), "bad.csv", HEADER, &rows);
    assert_rejected(&db, &f, &["bad.csv", "row 6", "column 'txtVALUE'", "'12a' is not a count"], &snap);
}

#[test]
fn a_malformed_year_aborts_with_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let (db, snap) = seeded(dir.path());
    let mut rows = good_rows();
    rows[2] = rows[2].replace(",2017,", ",20x8,");
    let f = write_csv(dir.path(), "year.csv", HEADER, &rows);
    assert_rejected(&db, &f, &["year.csv", "row 4", "column 'Year'", "'20x8' is not a year"], &snap);
}

#[test]
fn a_missing_column_aborts_naming_the_column() {
    let dir = tempfile::tempdir().unwrap();
    let (db, snap) = seeded(dir.path());
    let header = HEADER.replace(",txtVALUE", ",Value");
    let f = write_csv(dir.path(), "nocol.csv", &header, &good_rows());
    assert_rejected(&db, &f, &["nocol.csv", "row 1", "column 'txtVALUE'", "the header has no column"], &snap);
}

#[test]
fn unknown_codes_and_categories_are_rejected_by_the_instrument() {
    let dir = tempfile::tempdir().unwrap();
    let (db, snap) = seeded(dir.path());
    let mut rows = good_rows();
    rows[1] = rows[1].replacen("AFG,", "AFX,", 1);
    let f = write_csv(dir.path(), "code.csv", HEADER, &rows);
    assert_rejected(&db, &f, &["row 3", "column 'Iso3_code'", "'AFX'"], &snap);
    let mut rows = good_rows();
    rows[2] = rows[2].replace("Forced labour", "Forced labor");
    let f = write_csv(dir.path(), "cat.csv", HEADER, &rows);
    assert_rejected(&db, &f, &["row 4", "column 'Category'", "'Forced labor' is not one of"], &snap);
}

#[test]
fn a_bad_cell_in_a_workbook_names_the_sheet_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let (db, snap) = seeded(dir.path());
    let path = dir.path().join("bad.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Victims").unwrap();
    let mut records: Vec<Vec<String>> = vec![HEADER.split(',').map(String::from).collect()];
    let body = ROWS.join("\n");
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    for r in rdr.records() {
        records.push(r.unwrap().iter().map(String::from).collect());
    }
    records[3][11] = "-4".into();
    for (r, rec) in records.iter().enumerate() {
        for (c, v) in rec.iter().enumerate() {
            ws.write_string(r as u32, c as u16, v).unwrap();
        }
    }
    wb.save(&path).unwrap();
    assert_rejected(
        &db,
        path.to_str().unwrap(),
        &["bad.xlsx", "sheet 'Victims'", "row 4", "column 'txtVALUE'", "negative"],
        &snap,
    );
}

#[test]
fn a_changed_value_is_stored_with_the_old_one_in_history() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = seeded(dir.path());
    let mut rows = good_rows();
    rows[0] = rows[0].replace(",103,", ",104,");
    let f = write_csv(dir.path(), "revised.csv", HEADER, &rows);
    let out = ok(&db, &["import", "glotip", &f]);
    assert!(out.contains("0 new, 1 changed, 4 unchanged"), "{out}");
    let cell = ok(&db, &["cell", "--country", "AFG", "--indicator", "Offences of trafficking in persons", "--year", "2013"]);
    assert!(cell.contains("value: 104 (version 2)") && cell.contains("before: 103 from"), "{cell}");
    assert!(cell.contains("good.csv:2:txtVALUE"), "{cell}");
    assert!(ok(&db, &["audit", "verify"]).contains("6 entries"));
}

#[test]
fn an_edited_audit_trail_or_value_fails_verification() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = seeded(dir.path());
    assert!(edit_behind_tipdatas_back(&db, "UPDATE observations SET value = 100 WHERE value = 103"));
    let r = tipdata(&db, &["audit", "verify"]);
    assert!(!r.ok && r.stderr.contains("1 values unaccounted for"), "{}", r.stderr);
}

/// Edits the database as someone with direct access could.
fn edit_behind_tipdatas_back(db: &Path, sql: &str) -> bool {
    crate::edit_db(db, sql).is_ok()
}

#[test]
fn a_misspelt_filter_value_is_an_error_not_an_empty_table() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = seeded(dir.path());
    let r = tipdata(&db, &["query", "--indicator", "Detected victims"]);
    assert!(
        !r.ok && r.stderr.contains("--filter indicator=Detected victims") && r.stderr.contains("Detected trafficking victims"),
        "{}",
        r.stderr
    );
    let r = tipdata(&db, &["query", "--filter", "sex=female"]);
    assert!(!r.ok && r.stderr.contains("'female' is not one of"), "{}", r.stderr);
    let r = tipdata(&db, &["query", "--filter", "colour=red"]);
    assert!(!r.ok && r.stderr.contains("'colour' is not a query key"), "{}", r.stderr);
    let r = tipdata(&db, &["query", "--by", "year,year"]);
    assert!(!r.ok && r.stderr.contains("twice"), "{}", r.stderr);
    let r = tipdata(&db, &["query", "--no-such-flag"]);
    assert!(!r.ok && r.stderr.lines().count() == 1, "{}", r.stderr);
}

#[test]
fn a_query_that_adds_totals_to_breakdowns_says_so_on_stderr_only() {
    let dir = tempfile::tempdir().unwrap();
    let (db, _) = seeded(dir.path());
    let r = tipdata(&db, &["query", "--filter", "country=AFG", "--format", "csv"]);
    assert!(r.ok);
    assert!(r.stderr.contains("several values of indicator, dimension, sex, age"), "{}", r.stderr);
    assert_eq!(r.stdout, "value,suppressed,low,high,cells\n270,2,270,278,4\n");
    let pinned = tipdata(
        &db,
        &[
            "query",
            "--indicator",
            "Offences of trafficking in persons",
            "--filter",
            "dimension=Total",
            "--filter",
            "sex=Total",
            "--filter",
            "age=Total",
            "--by",
            "country",
        ],
    );
    assert!(pinned.ok && pinned.stderr.is_empty(), "{}", pinned.stderr);
}
