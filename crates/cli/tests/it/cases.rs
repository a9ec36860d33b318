//! Court cases end to end: import (CLDB-shaped, JSON lines), list/show, double coding,
//! agreement, adjudication, export, and all-or-nothing on bad input.
//! `tests/data/cldb-small.csv` is written by `tests/data/make_cldb_small.py`.

use std::path::{Path, PathBuf};

use crate::{ok, tipdata};

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

fn p(path: &Path) -> &str {
    path.to_str().expect("test paths are UTF-8")
}

fn import_small(db: &Path) -> String {
    ok(db, &["import", "cases", p(&data("cldb-small.csv")), "--format", "cldb"])
}

fn export_jsonl(db: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["export", "cases", "--format", "jsonl"];
    args.extend_from_slice(extra);
    ok(db, &args).lines().map(|l| serde_json::from_str(l).expect("each line is JSON")).collect()
}

#[test]
fn a_cldb_shaped_file_imports_with_its_quirks_and_reimports_as_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let out = import_small(&db);
    assert!(out.contains("records read: 5\n"), "{out}");
    assert!(out.contains("cases: 5 (5 new, 0 changed, 0 unchanged)\n"), "{out}");
    assert!(out.contains("codings added: 5 (0 unchanged)\n"), "{out}");
    assert!(out.contains("flagged: 2 duplicate_source_id, 1 judgment_date_missing, 1 summary_repeated_in_source\n"), "{out}");
    assert!(out.contains("findings: 3 (2 case_id_shared, 1 case_value_unmapped;"), "{out}");
    // Line numbers as an editor shows them: records end with CR, two records hold LFs.
    let findings = ok(&db, &["findings", "--format", "csv"]);
    assert!(findings.contains("cldb-small.csv:line 8:MeansUsed,'Transnational' is outside the mapping; not coded"), "{findings}");
    assert_eq!(findings.lines().count(), 4, "{findings}");

    let list = ok(&db, &["cases", "list", "--format", "csv"]);
    assert_eq!(
        list,
        "id,country,year,flags,coders,final,name\n\
         USA001,USA,2010,summary_repeated_in_source,unodc-cldb,0,United States v. Able\n\
         USA002,USA,,judgment_date_missing,unodc-cldb,0,Docket Number - Unknown\n\
         USA003-3,USA,1986,duplicate_source_id,unodc-cldb,0,United States v. Baker\n\
         USA003-4,USA,2007,duplicate_source_id,unodc-cldb,0,United States v. Carter\n\
         USA005,USA,2012,,unodc-cldb,0,United States v. Dunn\n"
    );

    // UNODC's own fields as coder unodc-cldb, per docs/case-mapping.md.
    let lines = export_jsonl(&db, &["--coder", "unodc-cldb"]);
    let by_id = |id: &str| lines.iter().find(|l| l["id"] == id).cloned().unwrap_or_default();
    let a = by_id("USA001");
    assert_eq!(a["border"], "domestic");
    assert_eq!(a["victims_minor"], "yes");
    assert_eq!(a["forms"], serde_json::json!(["sexual_exploitation"]));
    assert_eq!(a["means"], serde_json::json!(["deception", "force"]));
    assert_eq!(a["victims_total"], 2);
    assert_eq!(a["victim_sex"], serde_json::json!(["female"]));
    assert!(!a["summary"].as_str().unwrap().contains(';'), "the repeated summary is kept once");
    let b = by_id("USA002");
    assert_eq!(
        (b["border"].as_str(), b["victims_total"].as_str(), b["year"].is_null()),
        (Some("cross_border"), Some("unknown"), true)
    );
    assert_eq!(b["victim_sex"], serde_json::json!(["female", "male"]));
    let c = by_id("USA003-3");
    assert_eq!((c["border"].as_str(), c["victims_minor"].as_str()), (Some("cross_border"), Some("unknown")));
    assert_eq!(c["means"], serde_json::json!(["force", "other"]));
    let d = by_id("USA003-4");
    assert_eq!((d["border"].as_str(), d["victims_minor"].as_str()), (Some("unknown"), Some("yes")));
    assert!(d.get("means").is_none(), "'Transnational' in MeansUsed is noted, not coded");
    let e = by_id("USA005");
    assert!(e.get("border").is_none() && e.get("victims_total").is_none());
    assert_eq!(e["forms"], serde_json::json!(["forced_begging", "other"]));
    assert_eq!(e["victim_sex"], serde_json::json!(["male"]));

    // The shared source id finds both cases; nothing of the source is lost.
    let show = ok(&db, &["cases", "show", "USA003", "--format", "json"]);
    let shown: serde_json::Value = serde_json::from_str(&show).unwrap();
    assert_eq!(shown.as_array().map(Vec::len), Some(2));
    assert_eq!(shown[1]["raw"]["MeansUsed"], "Transnational");
    let text = ok(&db, &["cases", "show", "USA001"]);
    assert!(text.contains("coding by unodc-cldb") && text.contains("border: domestic"), "{text}");

    let again = import_small(&db);
    assert!(again.contains("cases: 5 (0 new, 0 changed, 5 unchanged)") && again.contains("nothing was written"), "{again}");
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}

#[test]
fn double_coding_gives_hand_computed_agreement_and_adjudication_makes_final_values() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    import_small(&db);
    let out = ok(&db, &["coding", "add", "--coder", "ann", p(&data("coding-ann.jsonl"))]);
    assert_eq!(out, "codings added: 4 by ann (0 unchanged: identical to the coder's current coding)\n");
    ok(&db, &["coding", "add", "--coder", "bob", p(&data("coding-bob.jsonl"))]);
    // Adding the same file again stores nothing new.
    let again = ok(&db, &["coding", "add", "--coder", "bob", p(&data("coding-bob.jsonl"))]);
    assert!(again.starts_with("codings added: 0 by bob (4 unchanged"), "{again}");

    // border over 4 cases: ann dom,cb,cb,dom; bob dom,cb,dom,dom. po = 3/4;
    // pe = (2*3 + 2*1)/16 = 1/2; kappa = (3/4 - 1/2)/(1/2) = 0.5.
    let csv = ok(&db, &["coding", "agreement", "--coders", "ann,bob", "--variable", "border", "--format", "csv"]);
    assert_eq!(csv, "variable,label,cases,agree,percent,kappa,note\nborder,,4,3,75.0,0.500,\n");
    let all = ok(&db, &["coding", "agreement", "--coders", "ann,bob", "--format", "json"]);
    let j: serde_json::Value = serde_json::from_str(&all).unwrap();
    let row = |v: &str| {
        j["agreement"].as_array().unwrap().iter().find(|r| r["variable"] == v && r["label"].is_null()).cloned().unwrap()
    };
    assert_eq!(row("internet_used")["kappa"], 1.0);
    assert_eq!(row("cyber_flow")["percent"], 100.0);
    assert!(row("cyber_flow")["kappa"].is_null(), "all one value: kappa undefined");
    assert_eq!(row("victims_minor")["cases"], 0, "only ann coded it: no overlap");
    assert!(row("victims_minor")["percent"].is_null());
    assert_eq!(
        j["disagreements"],
        serde_json::json!([{"case": "USA003-3", "variable": "border", "a": "cross_border", "b": "domestic"}])
    );
    let table = ok(&db, &["coding", "agreement", "--coders", "ann,bob"]);
    assert!(table.contains("4 cases coded by both") && table.contains("disagreements: 1"), "{table}");

    // Agreed values become final; the disagreement is adjudicated.
    let out = ok(&db, &["coding", "adjudicate", "--agreed", "ann,bob", "--by", "carol"]);
    assert_eq!(out, "final values set: 11 (11 decisions, 0 already so)\n");
    ok(
        &db,
        &[
            "coding",
            "adjudicate",
            "--case",
            "USA003-3",
            "--variable",
            "border",
            "--value",
            "cross_border",
            "--by",
            "carol",
            "--reason",
            "foreign victims",
        ],
    );
    let out = ok(&db, &["coding", "adjudicate", "--agreed", "ann,bob", "--by", "carol"]);
    assert_eq!(out, "final values set: 0 (11 decisions, 11 already so)\n");
    // Taking one coder's coding of a case: its values become adjudicated (method changes).
    let out = ok(&db, &["coding", "adjudicate", "--case", "USA001", "--accept", "ann", "--by", "carol"]);
    assert_eq!(
        out, "final values set: 5 (5 decisions, 0 already so)\n",
        "internet_used, platforms, cyber_flow, victims_minor, border"
    );
    let r = tipdata(&db, &["coding", "adjudicate", "--case", "USA001", "--variable", "border", "--value", "abroad"]);
    assert!(!r.ok && r.stderr.contains("--value: border: 'abroad' is not one of"), "{}", r.stderr);
    let finals = export_jsonl(&db, &[]);
    let f = finals.iter().find(|l| l["id"] == "USA003-3").unwrap();
    assert_eq!((f["border"].as_str(), f["internet_used"].as_str()), (Some("cross_border"), Some("no")));
    let f1 = finals.iter().find(|l| l["id"] == "USA001").unwrap();
    assert_eq!(f1["evidence"][0]["text"], "Craigslist");
    assert_eq!(f1["victims_minor"], "yes", "accepted from ann");
    let f5 = finals.iter().find(|l| l["id"] == "USA005").unwrap();
    assert!(f5.get("victims_minor").is_none(), "coded by no human coder: not final");
    let csv = ok(&db, &["export", "cases", "--format", "csv"]);
    assert!(csv.starts_with("id,source_id,country,year,date,court,name,link,flags,internet_used,purposes,"), "{csv}");
    assert_eq!(csv.lines().count(), 6);
    let show = ok(&db, &["cases", "show", "USA003-3"]);
    assert!(show.contains("border: cross_border (adjudication of manual by carol)"), "{show}");
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}

#[test]
fn a_bad_coding_file_names_file_line_and_field_and_stores_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    import_small(&db);
    let before = ok(&db, &["cases", "list", "--format", "csv"]);
    let r = tipdata(&db, &["coding", "add", "--coder", "ann", p(&data("coding-bad-value.jsonl"))]);
    assert!(!r.ok);
    assert!(r.stderr.contains("coding-bad-value.jsonl, line 2, field 'border': 'international' is not one of"), "{}", r.stderr);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert_eq!(ok(&db, &["cases", "list", "--format", "csv"]), before, "line 1 was valid but nothing is stored");

    let unknown = dir.path().join("unknown.jsonl");
    std::fs::write(&unknown, "{\"id\":\"USA001\",\"border\":\"domestic\"}\n{\"id\":\"NOPE\",\"border\":\"domestic\"}\n").unwrap();
    let r = tipdata(&db, &["coding", "add", "--coder", "ann", p(&unknown)]);
    assert!(r.stderr.contains("line 2, field 'id': no case 'NOPE'"), "{}", r.stderr);
    assert_eq!(ok(&db, &["cases", "list", "--format", "csv"]), before);
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}

#[test]
fn jsonl_cases_import_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let r = tipdata(&db, &["import", "cases", p(&data("cases-bad.jsonl")), "--format", "jsonl"]);
    assert!(!r.ok);
    assert!(r.stderr.contains("cases-bad.jsonl, line 2, field 'platform_types': 'myspace' is not one of"), "{}", r.stderr);
    assert_eq!(ok(&db, &["cases", "list", "--format", "csv"]), "id,country,year,flags,coders,final,name\n");

    let out = ok(&db, &["import", "cases", p(&data("cases.jsonl")), "--format", "jsonl"]);
    assert!(out.contains("cases: 2 (2 new, 0 changed, 0 unchanged)") && out.contains("codings added: 1 (0 unchanged)"), "{out}");
    let lines = export_jsonl(&db, &["--coder", "auto-0.1"]);
    assert_eq!(lines[0]["cyber_flow"], "yes");
    assert_eq!(lines[0]["country"], "PHL");
    assert_eq!(lines[1]["year"], 2020);
    // An exported file reads back as a case file.
    let exported = dir.path().join("export.jsonl");
    std::fs::write(&exported, ok(&db, &["export", "cases", "--format", "jsonl", "--coder", "auto-0.1"])).unwrap();
    let db2 = dir.path().join("t2.db");
    let out = ok(&db2, &["import", "cases", p(&exported), "--format", "jsonl", "--coder", "auto-0.1"]);
    assert!(out.contains("cases: 2 (2 new"), "{out}");
}

#[test]
fn an_htcds_file_imports_by_case_number() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let f = dir.path().join("h.csv");
    std::fs::write(
        &f,
        "CaseNumber,vic_TraffickingStatus,prs_Gender,vic_AgeWhenTrafficked,vic_TypeOfExploitation,hte_Country,hte_Type,hte_Date,cco_CaseComment\n\
         H1,ActualVictimOfTrafficking,Feminine,16,SexualExploitation,THA,Exploitation,2021-05-01,Recruited at a bar.\n\
         H1,ActualVictimOfTrafficking,Feminine,19,SexualExploitation,,,,\n",
    )
    .unwrap();
    let out = ok(&db, &["import", "cases", p(&f), "--format", "htcds"]);
    assert!(out.contains("records read: 2") && out.contains("cases: 1 (1 new"), "{out}");
    let l = export_jsonl(&db, &["--coder", "htcds"]);
    assert_eq!(
        (l[0]["country"].as_str(), l[0]["year"].as_i64(), l[0]["victims_total"].as_i64()),
        (Some("THA"), Some(2021), Some(2))
    );
    std::fs::write(&f, "CaseNumber,prs_Gender\nH2,Female\n").unwrap();
    let r = tipdata(&db, &["import", "cases", p(&f), "--format", "htcds"]);
    assert!(r.stderr.contains("line 2, field 'prs_Gender'"), "{}", r.stderr);
}

#[test]
fn a_bad_record_in_a_case_law_file_aborts_the_import_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    ok(&db, &["import", "cases", p(&data("cases.jsonl")), "--format", "jsonl"]);
    let before = ok(&db, &["cases", "list", "--format", "csv"]);
    let small = std::fs::read_to_string(data("cldb-small.csv")).unwrap();
    let bad = small.replace("Two men were forced to sell goods and to beg in the street.", " ");
    let f = dir.path().join("bad.csv");
    std::fs::write(&f, bad).unwrap();
    let r = tipdata(&db, &["import", "cases", p(&f), "--format", "cldb"]);
    assert!(!r.ok);
    // Record 5 starts on line 9: records 1 and 2 hold a line break each inside quoted cells.
    assert!(r.stderr.contains("bad.csv, line 9, field 'FactSummary': empty summary"), "{}", r.stderr);
    assert_eq!(ok(&db, &["cases", "list", "--format", "csv"]), before);
    assert!(ok(&db, &["audit", "verify"]).contains("audit trail verified"));
}
