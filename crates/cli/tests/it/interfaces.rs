//! Every command of the CLI contract (`../shared/docs/interfaces.md`) and of the additions not
//! yet in it (`docs/cli-additions.md`) still parses as written: each synopsis, with every
//! documented value of its options, is run with `--help` (exit 0, its usage shown) and, except
//! the server commands, for real on a fresh database with small or missing inputs, where it may
//! succeed or fail with a one-line reason but never be refused as an unknown command or
//! argument (exit 2).

use std::collections::BTreeSet;

use crate::{repo_file, tipdata};

/// How a documented synopsis is tried.
enum Try {
    /// `--help` and a real run.
    Run,
    /// `--help` only (it would start a server).
    HelpOnly,
}

/// A synopsis as the document writes it, and the concrete command lines that stand for it
/// (`{dir}` is the test's temporary directory).
struct Synopsis {
    doc: &'static str,
    lines: Vec<Vec<&'static str>>,
    how: Try,
}

fn contract() -> Vec<Synopsis> {
    use Try::*;
    let s = |doc, lines: Vec<Vec<&'static str>>, how| Synopsis { doc, lines, how };
    vec![
        s("tipdata import glotip FILE", vec![vec!["import", "glotip", "{dir}/glotip.csv"]], Run),
        s(
            "tipdata import cases FILE --format cldb\\|jsonl",
            vec![
                vec!["import", "cases", "{dir}/cases.csv", "--format", "cldb"],
                vec!["import", "cases", "{dir}/cases.jsonl", "--format", "jsonl"],
            ],
            Run,
        ),
        s(
            "tipdata query --indicator NAME [--filter KEY=VALUE]... [--by KEY[,KEY...]] [--format table\\|csv\\|json]",
            vec![
                vec!["query", "--indicator", "Detected trafficking victims"],
                vec![
                    "query",
                    "--indicator",
                    "Detected trafficking victims",
                    "--filter",
                    "country=AUT",
                    "--filter",
                    "region=Europe",
                    "--filter",
                    "subregion=Western Europe",
                    "--filter",
                    "indicator=Detected trafficking victims",
                    "--filter",
                    "dimension=Total",
                    "--filter",
                    "category=Total",
                    "--filter",
                    "sex=Total",
                    "--filter",
                    "age=Total",
                    "--filter",
                    "year=2020",
                    "--filter",
                    "year=2021",
                    "--by",
                    "country,region,subregion,indicator,dimension,category,sex,age,year",
                    "--format",
                    "table",
                ],
                vec!["query", "--indicator", "Detected trafficking victims", "--by", "year", "--format", "csv"],
                vec!["query", "--indicator", "Detected trafficking victims", "--by", "sex,age", "--format", "json"],
            ],
            Run,
        ),
        s(
            "tipdata validate [--country ISO3] [--year YEAR] [--format table\\|json]",
            vec![
                vec!["validate"],
                vec!["validate", "--country", "AUT", "--year", "2020", "--format", "table"],
                vec!["validate", "--format", "json"],
            ],
            Run,
        ),
        s(
            "tipdata code --in FILE --out FILE",
            vec![vec!["code", "--in", "{dir}/summaries.jsonl", "--out", "{dir}/coded.jsonl"]],
            Run,
        ),
        s("tipdata report chapter5 --out DIR", vec![vec!["report", "chapter5", "--out", "{dir}/ch5"]], Run),
        s(
            "tipdata publish --out DIR [--threshold 5] [--method suppress\\|rr3]",
            vec![
                vec!["publish", "--out", "{dir}/pub"],
                vec!["publish", "--out", "{dir}/pub", "--threshold", "5", "--method", "suppress"],
                vec!["publish", "--out", "{dir}/pub", "--method", "rr3"],
            ],
            Run,
        ),
        s(
            "tipdata synth --in FILE.csv --out FILE.csv [--k 10] [--reporting-length 4]",
            vec![
                vec!["synth", "--in", "{dir}/records.csv", "--out", "{dir}/synthetic.csv"],
                vec![
                    "synth",
                    "--in",
                    "{dir}/records.csv",
                    "--out",
                    "{dir}/synthetic.csv",
                    "--k",
                    "10",
                    "--reporting-length",
                    "4",
                ],
            ],
            Run,
        ),
        s("tipdata serve [--addr 127.0.0.1:8080]", vec![vec!["serve"], vec!["serve", "--addr", "127.0.0.1:8080"]], HelpOnly),
        s("tipdata demo", vec![vec!["demo"]], HelpOnly),
    ]
}

fn additions() -> Vec<Synopsis> {
    use Try::*;
    let s = |doc, lines: Vec<Vec<&'static str>>, how| Synopsis { doc, lines, how };
    vec![
        s(
            "tipdata publish --out DIR [--regional-sums\\|--no-regional-sums] [--threshold 5] [--method suppress\\|rr3] [--release NAME]",
            vec![
                vec!["publish", "--out", "{dir}/pub", "--regional-sums"],
                vec!["publish", "--out", "{dir}/pub", "--no-regional-sums"],
                vec!["publish", "--out", "{dir}/pub", "--regional-sums", "--threshold", "5", "--method", "rr3", "--release", "r1"],
            ],
            Run,
        ),
        s("tipdata publish --audit-stored --regional-sums", vec![vec!["publish", "--audit-stored", "--regional-sums"]], Run),
        s(
            "tipdata release create NAME [--note TEXT] [--no-publication]",
            vec![vec!["release", "create", "r1", "--no-publication"], vec!["release", "create", "r2", "--note", "why", "--no-publication"]],
            Run,
        ),
        s("tipdata release publish [NAME]", vec![vec!["release", "publish"], vec!["release", "publish", "r1"]], Run),
        s(
            "tipdata serve [--addr 127.0.0.1:8080] [--release NAME]",
            vec![vec!["serve", "--release", "r1"], vec!["serve", "--addr", "127.0.0.1:8080", "--release", "r1"], vec!["demo", "--release", "r1"]],
            HelpOnly,
        ),
        s(
            "tipdata synth --in FILE.csv --out FILE.csv [--priced-rounds N]",
            vec![
                vec!["synth", "--in", "{dir}/records.csv", "--out", "{dir}/priced.csv"],
                vec!["synth", "--in", "{dir}/records.csv", "--out", "{dir}/priced.csv", "--priced-rounds", "2"],
            ],
            Run,
        ),
        s(
            "tipdata dp crosstab --by COL[,COL...] --epsilon E [--dataset ctdc] [--fresh] [--format table\\|csv\\|json]",
            vec![
                vec!["dp", "crosstab", "--by", "gender", "--epsilon", "0.5"],
                vec!["dp", "crosstab", "--by", "gender,ageBroad", "--epsilon", "0.5", "--dataset", "ctdc", "--fresh", "--format", "table"],
                vec!["dp", "crosstab", "--by", "gender", "--epsilon", "0.5", "--fresh", "--format", "csv"],
                vec!["dp", "crosstab", "--by", "gender", "--epsilon", "0.5", "--format", "json"],
            ],
            Run,
        ),
    ]
}

/// The synopses in the first column of a document's command table (`| \`tipdata ...\` | ...`).
fn documented(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter_map(|l| l.strip_prefix("| `tipdata "))
        .filter_map(|rest| rest.split_once("` |").map(|(cmd, _)| format!("tipdata {cmd}")))
        .collect()
}

/// Runs every command line of `synopses` as described at the top of this file.
fn check(synopses: &[Synopsis]) {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::write(d.join("glotip.csv"), "Iso3_code,Country,Indicator,Dimension,Category,Sex,Age,Year,txtVALUE\n")
        .expect("write");
    std::fs::write(
        d.join("summaries.jsonl"),
        "{\"id\": \"a\", \"summary\": \"The offenders recruited the victims on Facebook.\"}\n",
    )
    .expect("write");
    std::fs::write(d.join("records.csv"), "gender,ageBroad\nFemale,18--20\nMale,30--38\n").expect("write");
    let db = d.join("t.db");
    let dir_text = d.to_str().expect("utf-8 path");
    for s in synopses {
        for line in &s.lines {
            let args: Vec<String> = line.iter().map(|a| a.replace("{dir}", dir_text)).collect();
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let words: Vec<&str> = args.iter().copied().take_while(|a| !a.starts_with('-')).collect();
            // The subcommand path: the leading words that name commands (not FILE, NAME, DIR).
            let path: Vec<&str> = words
                .iter()
                .copied()
                .take(if matches!(words.first(), Some(&("import" | "report" | "release" | "dp"))) { 2 } else { 1 })
                .collect();

            let mut help = args.clone();
            help.push("--help");
            let r = tipdata(&db, &help);
            assert!(r.ok, "{}: `tipdata {}` is refused: {}", s.doc, help.join(" "), r.stderr);
            let usage = format!("Usage: tipdata {}", path.join(" "));
            assert!(r.stdout.contains(&usage), "{}: `tipdata {}` shows no {usage:?}:\n{}", s.doc, help.join(" "), r.stdout);
            for opt in args.iter().filter(|a| a.starts_with("--")) {
                assert!(r.stdout.contains(opt), "{}: the help of `tipdata {}` does not name {opt}", s.doc, path.join(" "));
            }

            if matches!(s.how, Try::Run) {
                let r = tipdata(&db, &args);
                let code = r.status;
                assert_ne!(code, Some(2), "{}: `tipdata {}` does not parse: {}", s.doc, args.join(" "), r.stderr);
                if !r.ok {
                    let errors = r.stderr.lines().filter(|l| l.starts_with("error: ")).count();
                    assert_eq!(
                        errors,
                        1,
                        "{}: `tipdata {}` fails without a one-line reason: {}",
                        s.doc,
                        args.join(" "),
                        r.stderr
                    );
                }
            }
        }
    }
}

#[test]
fn every_command_of_the_contract_still_parses_as_documented() {
    check(&contract());
}

#[test]
fn every_addition_parses_as_documented_in_docs_cli_additions() {
    check(&additions());
}

#[test]
fn the_tested_synopses_are_the_documented_ones() {
    // docs/cli-additions.md is in the repository: its table and this test must agree.
    let ours = std::fs::read_to_string(repo_file("docs/cli-additions.md")).expect("docs/cli-additions.md");
    let tested: BTreeSet<String> = additions().iter().map(|s| s.doc.to_string()).collect();
    assert_eq!(documented(&ours), tested, "docs/cli-additions.md and this test list different commands");
    // The contract lives beside the repository (../shared, as .ci/run expects); a clone without
    // it cannot compare, and says so.
    let shared = repo_file("../shared/docs/interfaces.md");
    match std::fs::read_to_string(&shared) {
        Ok(text) => {
            let tested: BTreeSet<String> = contract().iter().map(|s| s.doc.to_string()).collect();
            let documented = documented(&text);
            let untested: Vec<&String> = documented.difference(&tested).collect();
            assert!(untested.is_empty(), "commands of {} without a row in this test: {untested:?}", shared.display());
            let gone: Vec<&String> = tested.difference(&documented).collect();
            assert!(gone.is_empty(), "rows of this test no longer in {}: {gone:?}", shared.display());
        }
        Err(e) => eprintln!("note: {} not read ({e}); the contract's list of commands is not compared", shared.display()),
    }
}
