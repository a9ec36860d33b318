//! `tipdata code` and `tipdata synth` end to end: files in, files out, no database.

use crate::tipdata;

#[test]
fn code_writes_one_line_per_input_in_order_with_every_variable_and_evidence() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(
        &input,
        concat!(
            r#"{"id": "a", "summary": "The defendant posted advertisements for prostitution on Craigslist and collected the proceeds."}"#, "\n",
            r#"{"id": "b", "summary": "She called the victims by telephone and sent them text messages."}"#, "\n",
        ),
    )
    .unwrap();
    let out = dir.path().join("out.jsonl");
    let r = tipdata(&dir.path().join("unused.db"), &["code", "--in", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    assert!(!dir.path().join("unused.db").exists(), "code needs no database");
    let lines: Vec<serde_json::Value> =
        std::fs::read_to_string(&out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["internet_used"], "yes");
    assert_eq!(lines[0]["platforms"], serde_json::json!(["Craigslist"]));
    assert_eq!(lines[0]["strategies"], serde_json::json!(["fishing"]));
    for var in tipdata_model::coding::SCHEME {
        assert!(lines[1].get(var.name).is_some(), "{} missing", var.name);
    }
    assert_eq!(lines[1]["internet_used"], "no");
    let ev = lines[0]["evidence"].as_array().unwrap();
    let summary: Vec<char> = "The defendant posted advertisements for prostitution on Craigslist and collected the proceeds.".chars().collect();
    for e in ev {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        assert_eq!(summary[s..t].iter().collect::<String>(), e["text"].as_str().unwrap());
    }
}

#[test]
fn a_bad_input_line_names_the_line_and_leaves_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, "{\"id\": \"a\", \"summary\": \"x\"}\n{\"id\": \"b\"}\n").unwrap();
    let out = dir.path().join("out.jsonl");
    let r = tipdata(&dir.path().join("unused.db"), &["code", "--in", input.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(r.stderr.contains("line 2") && r.stderr.contains("summary"), "{}", r.stderr);
    assert!(!out.exists() && !dir.path().join("out.partial").exists());
}

#[test]
fn synth_on_the_ctdc_columns_leaks_no_rare_combination() {
    let dir = tempfile::tempdir().unwrap();
    // 2,000 records of the bundled CTDC file (7 original columns), plus rare ones we add.
    let src = std::fs::read_to_string(crate::repo_file("data/ctdc/ctdc_global_2020_subset.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(src.as_bytes());
    let cols = ["yearOfRegistration", "gender", "ageBroad", "citizenship", "isForcedLabour", "isSexualExploit", "CountryOfExploitation"];
    let idx: Vec<usize> = cols.iter().map(|c| rdr.headers().unwrap().iter().position(|h| h == *c).unwrap()).collect();
    let mut w = csv::Writer::from_path(dir.path().join("in.csv")).unwrap();
    w.write_record(cols).unwrap();
    for rec in rdr.records().take(2000) {
        let rec = rec.unwrap();
        w.write_record(idx.iter().map(|&i| &rec[i])).unwrap();
    }
    for _ in 0..3 {
        w.write_record(["2019", "Male", "48+", "XX", "1.0", "0.0", "ZZ"]).unwrap();
    }
    w.flush().unwrap();
    let (i, o) = (dir.path().join("in.csv"), dir.path().join("out.csv"));
    let r = tipdata(&dir.path().join("unused.db"), &["synth", "--in", i.to_str().unwrap(), "--out", o.to_str().unwrap(), "--k", "10"]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("leakage 0"), "{}", r.stderr);
    let out = std::fs::read_to_string(&o).unwrap();
    assert!(!out.contains(",XX,") && !out.contains(",ZZ"), "a rare value leaked");
    let eval = tipdata(&dir.path().join("unused.db"), &["synth", "--evaluate", i.to_str().unwrap(), o.to_str().unwrap()]);
    assert!(eval.ok && eval.stderr.contains("leakage 0"), "{}", eval.stderr);
    // The input itself leaks its rare combinations, and --evaluate says so by failing.
    let self_eval = tipdata(&dir.path().join("unused.db"), &["synth", "--evaluate", i.to_str().unwrap(), i.to_str().unwrap()]);
    assert!(!self_eval.ok && self_eval.stderr.contains("rare combinations"), "{}", self_eval.stderr);
}
