//! The real GLOTIP file: exact figures, quirks, re-import.
//!
//! Expected numbers come from an independent computation over the raw file with pandas,
//! `scripts/expected_glotip.py` (run once; its output is pasted here). It applies the same
//! documented rules (a repeated key: the later row wins; aggregates are not summed unless
//! named; `<5` is 0..4) without any of tipdata's code.

use crate::{glotip_as_csv, glotip_xlsx, ok, tipdata};

const VICTIMS: &str = "Detected trafficking victims";

#[test]
fn the_real_file_imports_with_exact_figures_and_reimports_as_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let xlsx = glotip_xlsx();
    let out = ok(&db, &["import", "glotip", xlsx.to_str().unwrap()]);
    assert!(out.contains("rows read: 46556"), "{out}");
    assert!(out.contains("cells stored: 46032 (46032 new, 0 changed, 0 unchanged; 299 earlier values kept in history)"), "{out}");
    assert!(out.contains("findings: 299 (299 duplicate_key_conflict)"), "{out}");

    // Victims, no breakdown, 2018, by region (pandas: scripts/expected_glotip.py).
    let csv = ok(
        &db,
        &[
            "query",
            "--indicator",
            VICTIMS,
            "--filter",
            "dimension=Total",
            "--filter",
            "category=Total",
            "--filter",
            "sex=Total",
            "--filter",
            "age=Total",
            "--filter",
            "year=2018",
            "--by",
            "region",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        csv,
        "region,value,suppressed,low,high,cells\n\
         Africa,4122,2,4122,4130,23\n\
         Americas,13772,2,13772,13780,24\n\
         Asia,12749,4,12749,12765,32\n\
         Europe,15377,2,15377,15385,41\n\
         Oceania,263,2,263,271,6\n"
    );

    // Victims in 2020 by sex and age: suppressed cells carried as bounds.
    let csv = ok(
        &db,
        &[
            "query",
            "--indicator",
            VICTIMS,
            "--filter",
            "dimension=Total",
            "--filter",
            "category=Total",
            "--filter",
            "year=2020",
            "--by",
            "sex,age",
            "--format",
            "csv",
        ],
    );
    assert_eq!(
        csv,
        "sex,age,value,suppressed,low,high,cells\n\
         Female,0 to 17 years,7189,60,7189,7429,111\n\
         Female,18 years or over,17416,33,17416,17548,110\n\
         Female,Total,24606,26,24606,24710,112\n\
         Male,0 to 17 years,7589,73,7589,7881,109\n\
         Male,18 years or over,10181,48,10181,10373,109\n\
         Male,Total,17576,37,17576,17724,111\n\
         Other,0 to 17 years,43,23,43,135,26\n\
         Other,18 years or over,172,19,172,248,23\n\
         Other,Total,215,25,215,315,31\n\
         Total,0 to 17 years,15715,50,15715,15915,113\n\
         Total,18 years or over,30203,21,30203,30287,113\n\
         Total,Total,47448,21,47448,47532,125\n\
         Unknown,Unknown,323,18,323,395,26\n"
    );

    // Years sort as numbers; repeated filter keys are alternatives.
    let csv = ok(
        &db,
        &[
            "query",
            "--indicator",
            "Persons convicted",
            "--filter",
            "year=2006",
            "--filter",
            "year=2003",
            "--filter",
            "year=2005",
            "--filter",
            "year=2004",
            "--by",
            "year",
            "--format",
            "csv",
        ],
    );
    assert_eq!(csv, "year,value,suppressed,low,high,cells\n2003,6768,10,6768,6808,22\n2004,7071,13,7071,7123,27\n2005,8064,7,8064,8092,29\n2006,6343,6,6343,6367,30\n");

    // BOL 2017 female victims: 62 then 43 in the file; the later row wins, 62 is history.
    let cell = ok(&db, &["cell", "--country", "BOL", "--indicator", VICTIMS, "--sex", "Female", "--year", "2017"]);
    assert!(cell.contains("value: 43 (version 1)"), "{cell}");
    assert!(cell.contains("before: 62 from") && cell.contains("row 38372 replaced by row 38373"), "{cell}");

    // A count with a thousands separator ("1,757", Excel row 1002).
    let cell = ok(&db, &["cell", "--country", "ARG", "--indicator", "Offences of trafficking in persons", "--year", "2012"]);
    assert!(cell.contains("value: 1757") && cell.contains("!1002:txtVALUE"), "{cell}");

    // Regional aggregate rows are kept but never summed unless named.
    let json = ok(&db, &["query", "--filter", "country=SAM", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v[0]["value"], 67264);
    assert_eq!(v[0]["suppressed"], 61);
    assert_eq!(v[0]["cells"], 205);
    let by_country = ok(&db, &["query", "--indicator", VICTIMS, "--by", "country", "--format", "csv"]);
    for aggregate in ["SAM,", "SAF,", "CAR,", "Aruba/Curacao,"] {
        assert!(!by_country.contains(&format!("\n{aggregate}")), "{aggregate} summed without being named");
    }
    // Sark has no ISO code and is kept as a territory of Northern Europe.
    let sark = ok(&db, &["query", "--filter", "country=Sark", "--by", "subregion", "--format", "csv"]);
    assert_eq!(sark, "subregion,value,suppressed,low,high,cells\nNorthern Europe,11,24,11,107,26\n");

    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified: 46331 entries"));

    // Every citizenship and repatriation wording in the real file resolves to a country or a class.
    let cats = ok(
        &db,
        &[
            "query",
            "--filter",
            "dimension=by citizenship",
            "--filter",
            "dimension=by country of repatriation",
            "--by",
            "category",
            "--format",
            "json",
        ],
    );
    let cats: Vec<serde_json::Value> = serde_json::from_str(&cats).unwrap();
    assert!(cats.len() > 300, "{}", cats.len());
    let unresolved: Vec<&str> =
        cats.iter().map(|c| c["category"].as_str().unwrap()).filter(|c| tipdata_model::citizenship::unresolved(c)).collect();
    assert_eq!(unresolved, Vec::<&str>::new());

    // Importing the same file again changes nothing and says so; so does the same table as CSV.
    let again = ok(&db, &["import", "glotip", xlsx.to_str().unwrap()]);
    assert!(again.contains("46032 unchanged") && again.contains("no changes"), "{again}");
    let csv_path = tempfile::tempdir().unwrap();
    let csv_file = csv_path.path().join("data_glotip.csv");
    glotip_as_csv(&csv_file);
    let from_csv = ok(&db, &["import", "glotip", csv_file.to_str().unwrap()]);
    assert!(
        from_csv.contains("rows read: 46556") && from_csv.contains("46032 unchanged") && from_csv.contains("no changes"),
        "{from_csv}"
    );
    let findings = ok(&db, &["findings", "--country", "BOL", "--year", "2017", "--format", "csv"]);
    assert!(findings.contains("row 38372 says 62 and row 38373 says 43"), "{findings}");
    let r = tipdata(&db, &["audit", "verify"]);
    assert!(r.ok && r.stdout.contains("46331 entries"), "{}", r.stdout);
}

#[test]
fn the_instrument_prints_as_json_with_its_version_and_codelists() {
    let dir = tempfile::tempdir().unwrap();
    let out = ok(&dir.path().join("t.db"), &["instrument", "show", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], "1.0.0");
    assert_eq!(v["indicators"].as_array().unwrap().len(), 5);
    let entities = v["entities"].as_array().unwrap();
    assert_eq!(entities.iter().filter(|e| e["kind"] == "country").count(), 249);
    assert!(entities.iter().any(|e| e["id"] == "Sark" && e["kind"] == "territory"));
}
