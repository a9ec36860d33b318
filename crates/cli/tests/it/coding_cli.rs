//! `tipdata code` and `tipdata synth` end to end: files in, files out, no database; and
//! the coder on the case repository (`cases code`, `coder train`, `coder eval`).

use crate::{ok, tipdata};

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
    let summary: Vec<char> =
        "The defendant posted advertisements for prostitution on Craigslist and collected the proceeds.".chars().collect();
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

const ROMANIAN: &str = "The Romanian defendants recruited three women in Iasi and transported them to the United Kingdom, where they were forced into prostitution.";
const THAI: &str = "A Thai woman lured two 15-year-old girls from a village in Chiang Rai to a karaoke bar in Thailand, where they were forced to serve customers she contacted on Facebook.";

fn read_lines(path: &std::path::Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn code_reads_the_border_from_each_lines_country_or_home_country() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let lines = [
        serde_json::json!({"id": "ro", "country": "ROU", "summary": ROMANIAN}),
        serde_json::json!({"id": "th", "summary": THAI}),
    ];
    std::fs::write(&input, lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
    let out = dir.path().join("out.jsonl");
    let db = dir.path().join("unused.db");
    let args = ["code", "--in", input.to_str().unwrap(), "--out", out.to_str().unwrap()];
    // No country: the USA, from where Thailand is abroad.
    assert!(tipdata(&db, &args).ok);
    let coded = read_lines(&out);
    assert_eq!((coded[0]["border"].as_str(), coded[1]["border"].as_str()), (Some("cross_border"), Some("cross_border")));
    assert!(tipdata(&db, &[&args[..], &["--home-country", "tha"]].concat()).ok);
    let coded = read_lines(&out);
    assert_eq!(coded[0]["border"], "cross_border", "the line's own country (ROU) comes first");
    assert_eq!(coded[1]["border"], "domestic");
    let r = tipdata(&db, &[&args[..], &["--home-country", "Thailand"]].concat());
    assert!(!r.ok && r.stderr.contains("Thailand") && r.stderr.contains("ISO"), "{}", r.stderr);
}

#[test]
fn cases_code_stores_automatic_codings_in_each_cases_country_and_train_and_eval_use_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("t.db");
    let cases = dir.path().join("cases.jsonl");
    let lines = [
        serde_json::json!({"id": "RO1", "country": "ROU", "year": 2020, "summary": ROMANIAN}),
        serde_json::json!({"id": "TH1", "country": "THA", "year": 2021, "summary": THAI}),
        serde_json::json!({"id": "US1", "country": "USA", "year": 2016, "summary": "The defendant posted advertisements for prostitution of a 16-year-old girl on Craigslist and drove her across state lines."}),
    ];
    std::fs::write(&cases, lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
    ok(&db, &["import", "cases", cases.to_str().unwrap(), "--format", "jsonl"]);
    let said = ok(&db, &["cases", "code"]);
    let coder = tipdata_coder::coder_id();
    assert!(said.contains(&format!("coded 3 cases as {coder}")), "{said}");
    let export = ok(&db, &["export", "cases", "--format", "jsonl", "--coder", &coder]);
    let coded: std::collections::BTreeMap<String, serde_json::Value> = export
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|v| (v["id"].as_str().unwrap().to_string(), v))
        .collect();
    assert_eq!(coded["RO1"]["border"], "cross_border");
    assert_eq!(coded["TH1"]["border"], "domestic");
    assert_eq!(coded["US1"]["border"], "domestic");
    assert_eq!(coded["TH1"]["platforms"], serde_json::json!(["Facebook"]));
    // Coding again changes nothing.
    assert!(ok(&db, &["cases", "code"]).contains("0 codings added, 3 unchanged"));

    // The learned layer trains from the stored automatic codings and codes with them.
    let model = dir.path().join("model.json");
    ok(&db, &["coder", "train", "--from", &coder, "--out", model.to_str().unwrap()]);
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, format!("{}\n", serde_json::json!({"id": "x", "summary": THAI, "country": "THA"}))).unwrap();
    let out = dir.path().join("out.jsonl");
    let r = crate::tipdata(
        &db,
        &["code", "--in", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--model", model.to_str().unwrap()],
    );
    assert!(r.ok, "{}", r.stderr);
    assert_eq!(read_lines(&out)[0]["border"], "domestic");
    // The coder id names the layer: a coding made with it is never taken for the rules'.
    assert!(r.stderr.contains(&format!("with {coder}:layer-")), "{}", r.stderr);
    let said = ok(&db, &["cases", "code", "--model", model.to_str().unwrap()]);
    assert!(said.contains(&format!("coded 3 cases as {coder}:layer-")) && said.contains("3 codings added"), "{said}");

    // A gold file with id, summary, country and the scheme's variables scores.
    let gold = dir.path().join("gold.jsonl");
    let g = serde_json::json!({"id": "g1", "country": "THA", "summary": THAI, "internet_used": "yes", "border": "domestic", "victims_minor": "yes"});
    std::fs::write(&gold, format!("{g}\n")).unwrap();
    let report = ok(&db, &["coder", "eval", "--gold", gold.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&report).unwrap();
    let variables = report["variables"].as_array().unwrap();
    let border = variables.iter().find(|v| v["variable"] == "border").unwrap();
    assert_eq!(border["accuracy"], 1.0, "{report}");
}

#[test]
fn synth_on_the_ctdc_columns_leaks_no_rare_combination() {
    let dir = tempfile::tempdir().unwrap();
    // 2,000 records of the bundled CTDC file (7 original columns), plus rare ones we add.
    let src = std::fs::read_to_string(crate::repo_file("data/ctdc/ctdc_global_2020_subset.csv")).unwrap();
    let mut rdr = csv::Reader::from_reader(src.as_bytes());
    let cols =
        ["yearOfRegistration", "gender", "ageBroad", "citizenship", "isForcedLabour", "isSexualExploit", "CountryOfExploitation"];
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
    let r = tipdata(
        &dir.path().join("unused.db"),
        &["synth", "--in", i.to_str().unwrap(), "--out", o.to_str().unwrap(), "--k", "10"],
    );
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

/// `--out` a named pipe (as `/dev/null` or `/dev/stdout` are no regular files): written to,
/// never replaced by a renamed temporary file (which once turned `/dev/null` into a file).
#[cfg(unix)]
#[test]
fn code_writes_into_a_pipe_and_leaves_it_a_pipe() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    std::fs::write(&input, "{\"id\": \"a\", \"summary\": \"She called the victims by telephone.\"}\n").unwrap();
    let pipe = dir.path().join("out.pipe");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("no mkfifo here: skipped");
        return;
    }
    // A reader on the other end, or the writer would wait for ever.
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::read_to_string(pipe).unwrap())
    };
    let r = tipdata(&dir.path().join("unused.db"), &["code", "--in", input.to_str().unwrap(), "--out", pipe.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    // (Checked before the reader is joined: a pipe renamed over leaves it waiting.)
    assert!(std::fs::metadata(&pipe).unwrap().file_type().is_fifo(), "the pipe is still a pipe");
    assert!(!dir.path().join("out.partial").exists());
    let got = reader.join().unwrap();
    assert_eq!(got.lines().count(), 1, "{got}");
    assert!(got.contains("\"internet_used\":\"no\""), "{got}");
}

#[test]
fn coder_train_learns_from_gold_files_without_a_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.db");
    let gold = crate::repo_file("crates/coder/tests/data/heldout19/heldout19-narratives.jsonl");
    let model = dir.path().join("model.json");
    ok(&db, &["coder", "train", "--gold", gold.to_str().unwrap(), "--out", model.to_str().unwrap()]);
    assert!(!db.exists(), "training from gold files opens no database");
    let m: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&model).unwrap()).unwrap();
    assert_eq!(m["examples"], 120);
    assert!(m["classifiers"].as_array().is_some_and(|c| !c.is_empty()));
    // The model codes.
    let out = dir.path().join("out.jsonl");
    ok(&db, &["code", "--in", gold.to_str().unwrap(), "--out", out.to_str().unwrap(), "--model", model.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&out).unwrap().lines().count(), 120);
    // A bad line names its file and line; no model is written.
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(&bad, "{\"id\": \"x\", \"summary\": \"s\", \"internet_used\": \"yes\"}\nnot json\n").unwrap();
    let model2 = dir.path().join("model2.json");
    let r = crate::tipdata(&db, &["coder", "train", "--gold", bad.to_str().unwrap(), "--out", model2.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(r.stderr.contains("bad.jsonl") && r.stderr.contains('2'), "{}", r.stderr);
    assert!(!model2.exists());
    // Not both sources at once.
    let r = crate::tipdata(
        &db,
        &["coder", "train", "--gold", gold.to_str().unwrap(), "--from", "final", "--out", model2.to_str().unwrap()],
    );
    assert!(!r.ok);
}
